/**
 * A warning for batches too small for their intervals. A percentile bootstrap resamples the runs
 * there are: with a handful it cannot reach beyond them (with one run its interval is a point),
 * and the Kaplan-Meier median's band is undefined or degenerate. The Wilson interval of a rate
 * stays honest at any size. The threshold of 30 runs is a rule of thumb (an assumption): at 30
 * the percentile bootstrap of a mean is about as wide as the t interval, below it clearly narrower.
 */
export const FEW_RUNS = 30;

/** The warning for a batch of `runs` paired runs, or null when it has enough. */
export function fewRunsWarning(runs: number): string | null {
  if (runs >= FEW_RUNS) return null;
  return `only ${runs} paired ${runs === 1 ? 'run' : 'runs'}: the bootstrap intervals (means, deaths averted) and the median onset's interval are too narrow below about ${FEW_RUNS} runs (with one run, a single point); the Wilson intervals of the rates hold at any size. Run more for intervals to read.`;
}
