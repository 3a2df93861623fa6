/**
 * The median time to atrocity onset in words. Kaplan-Meier's median is undefined while the
 * survival curve stays above one half: fewer than half the runs reached a mass atrocity within
 * the horizon, which is worth saying rather than printing a blank or a zero. An undefined upper
 * bound means the same of the curve's band.
 */
import type { StrategySummary } from './summary.js';

export function medianOnsetText(onset: StrategySummary['atrocityOnset']): string {
  const { estimate, lower, upper } = onset.median;
  if (estimate === null) return 'not reached';
  const bound = (x: number | null) => (x === null ? 'not reached' : String(x));
  return `${estimate} [${bound(lower)}, ${bound(upper)}]`;
}
