/** How the validation table writes numbers: few digits, thousands separated, intervals spelled out. */
import type { Interval } from './summaries.js';

export function num(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-GB');
  return x.toFixed(abs >= 100 ? 0 : digits);
}

export function pct(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  return `${(100 * x).toFixed(digits)}%`;
}

/** "a to b" of an interval, as numbers or as percentages. */
export function range(i: Interval, as: 'num' | 'pct' = 'num', digits?: number): string {
  const f = as === 'pct' ? (v: number) => pct(v, digits ?? 0) : (v: number) => num(v, digits ?? 1);
  return `${f(i.lower)} to ${f(i.upper)}`;
}

/** Signed percentage change, "+12%" or "-70%". */
export function change(x: number, digits = 0): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${x >= 0 ? '+' : ''}${(100 * x).toFixed(digits)}%`;
}
