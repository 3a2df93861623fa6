/**
 * How to read a strategy's cost per death averted. The ratio (mean extra cost over mean deaths
 * averted, against the twin) only ranks strategies when both are positive. A strategy that
 * averts deaths and costs less than its baseline (the baseline's own reactive powers may spend
 * more) gives a negative ratio, which reads as "cheap" but is better than any price: health
 * economists call it dominant. Tables say so in words instead of printing "$-1.5 M".
 */
import type { Comparison } from './summary.js';

export function costPerDeathAvertedText(c: Comparison | undefined, money: (dollars: number) => string): string {
  if (!c) return '';
  // No ratio: no death averted on average, or more deaths than the baseline (then no price buys
  // anything, and "none averted" would hide that the strategy made things worse).
  if (c.costPerDeathAverted === null) return c.deathsAverted.estimate < 0 ? 'more deaths' : 'none averted';
  if (c.extraCost.estimate < 0) return 'saves lives and money';
  return money(c.costPerDeathAverted);
}
