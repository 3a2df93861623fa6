/**
 * Per-tick quantile bands of many runs' series: the 10th, 25th, 50th, 75th and 90th
 * percentiles at each tick (simple-statistics' quantileSorted on one reused buffer).
 */
import { quantileSorted } from 'simple-statistics';

export const BAND_QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/** `series[r][t]`: value of run r at tick t. Returns bands[q][t]. */
export function quantileBands(series: readonly ArrayLike<number>[], ticks: number): number[][] {
  const bands = BAND_QUANTILES.map(() => new Array<number>(ticks).fill(NaN));
  const column: number[] = new Array(series.length);
  for (let t = 0; t < ticks; t++) {
    for (let r = 0; r < series.length; r++) column[r] = series[r][t];
    column.sort((a, b) => a - b);
    if (column.length === 0) continue;
    BAND_QUANTILES.forEach((q, k) => (bands[k][t] = quantileSorted(column, q)));
  }
  return bands;
}
