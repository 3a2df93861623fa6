/**
 * Quantities in words for tables and reports, one spelling everywhere (the terminal's tables,
 * the HTML report, the sensitivity summaries): people with thousands separators, dollars
 * rounded to the precision a reader compares at, other figures to three significant digits.
 */

/** 12,345 people; a rounded -0 prints as 0. */
export function people(n: number): string {
  return (Math.round(n) + 0).toLocaleString('en-US');
}

/** $0, $12,345, $12.3 M, $1.25 bn; the sign before the dollar sign (-$1.5 M). */
export function dollars(n: number): string {
  const sign = n < 0 && Math.round(Math.abs(n)) > 0 ? '-' : '';
  const a = Math.abs(n);
  if (a >= 1e9) return `${sign}$${(a / 1e9).toFixed(2)} bn`;
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(1)} M`;
  return `${sign}$${Math.round(a).toLocaleString('en-US')}`;
}

/** "1 run", "3 runs": a count with its noun, singular or plural (nouns that take an s). */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Three significant digits below 100, whole numbers with separators above, 0 as 0; '—' when not finite. */
export function significant(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  return Math.abs(x) >= 100 ? people(x) : x.toPrecision(3);
}
