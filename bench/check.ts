/**
 * The regression guard: `npm run bench -- --check` compares this run's figures with the last
 * committed bench/results/baseline.json, as ratios, and fails when one falls by more than 25%.
 * `npm run bench -- --update-baseline` records this run's figures as the new baseline. A command
 * for people, not a CI test: shared CI machines are too noisy for it.
 */

export interface Figure {
  /** Stable key, e.g. "engine.mesa.stepsPerSecond". */
  key: string;
  value: number;
  /** "higher" for throughput; "lower" for costs such as the scaling exponent. */
  better: 'higher' | 'lower';
}

export interface CheckRow {
  key: string;
  baseline: number | null;
  current: number;
  ratio: number | null;
  ok: boolean;
}

/** Largest tolerated fall (or, for "lower is better" figures, rise) relative to the baseline. */
export const TOLERANCE = 0.25;

/**
 * `speedScale`: this machine's calibration over the baseline's (bench/machine.ts), when both
 * are known. Throughputs ("higher" figures) are then judged against the baseline scaled to this
 * machine's speed, so a slower day is not taken for a slower engine; ratios and exponents are
 * not scaled.
 */
export function checkFigures(baseline: Record<string, number>, current: readonly Figure[], tolerance = TOLERANCE, speedScale = 1): CheckRow[] {
  return current.map((f) => {
    const recorded = baseline[f.key];
    if (recorded === undefined || !(recorded > 0)) return { key: f.key, baseline: null, current: f.value, ratio: null, ok: true };
    const base = f.better === 'higher' ? recorded * speedScale : recorded;
    const ratio = f.value / base;
    const ok = f.better === 'higher' ? ratio >= 1 - tolerance : ratio <= 1 + tolerance;
    return { key: f.key, baseline: base, current: f.value, ratio, ok };
  });
}

export function checkTable(rows: readonly CheckRow[], speedScale = 1): string {
  const lines = rows.map((r) => {
    const ratio = r.ratio === null ? 'new' : r.ratio.toFixed(2);
    return `  ${r.ok ? 'ok  ' : 'SLOW'} ${r.key.padEnd(44)} ${fmt(r.baseline).padStart(12)} -> ${fmt(r.current).padStart(12)}  ratio ${ratio}`;
  });
  const scaled = speedScale === 1 ? '' : ` (throughputs of the baseline scaled by ${speedScale.toFixed(2)}, this machine's calibration over the baseline's)`;
  return [`regression check against bench/results/baseline.json (fails below 0.75 of the baseline)${scaled}:`, ...lines].join('\n');
}

function fmt(x: number | null): string {
  if (x === null) return '-';
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(3);
}
