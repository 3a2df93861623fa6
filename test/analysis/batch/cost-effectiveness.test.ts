import { describe, expect, it } from 'vitest';
import { costPerDeathAvertedText } from '../../../analysis/batch/cost-effectiveness.js';
import type { Comparison } from '../../../analysis/batch/summary.js';

const money = (x: number) => `$${x}`;
function comparison(averted: number, extra: number): Comparison {
  const i = (estimate: number) => ({ estimate, lower: estimate, upper: estimate });
  return {
    baseline: 'none',
    deathsAverted: i(averted),
    atrocityAvoided: i(0),
    extraCost: i(extra),
    better: 0,
    worse: 0,
    same: 1,
    costPerDeathAverted: averted > 0 ? extra / averted : null,
  };
}

describe('cost per death averted, in words where the ratio misleads', () => {
  it('prints the price of a life when the strategy costs more and averts deaths', () => {
    expect(costPerDeathAvertedText(comparison(100, 5000), money)).toBe('$50');
  });
  it('does not print a negative price when the strategy is cheaper than its baseline', () => {
    expect(costPerDeathAvertedText(comparison(100, -5000), money)).toBe('saves lives and money');
  });
  it('prints a zero price when the strategy costs exactly what its baseline costs', () => {
    expect(costPerDeathAvertedText(comparison(100, 0), money)).toBe('$0');
  });
  it('says none were averted instead of leaving the cell blank', () => {
    expect(costPerDeathAvertedText(comparison(0, 0), money)).toBe('none averted');
  });
  it('says a strategy that kills more than its baseline costs more deaths, cheaper or not', () => {
    expect(costPerDeathAvertedText(comparison(-10, 5000), money)).toBe('more deaths');
    expect(costPerDeathAvertedText(comparison(-10, -5000), money)).toBe('more deaths');
  });
  it('leaves the baseline row empty', () => {
    expect(costPerDeathAvertedText(undefined, money)).toBe('');
  });
});
