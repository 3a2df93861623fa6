import { describe, expect, it } from 'vitest';
import { dollars, people, significant } from '../../../analysis/format/quantities.js';

describe('quantities in words', () => {
  it('writes people with separators and never a negative zero', () => {
    expect(people(12345.4)).toBe('12,345');
    expect(people(-0.3)).toBe('0');
    expect(people(-1500)).toBe('-1,500');
  });

  it('writes dollars at the precision a reader compares, the sign before the dollar sign', () => {
    expect(dollars(0)).toBe('$0');
    expect(dollars(950.6)).toBe('$951');
    expect(dollars(12_345_678)).toBe('$12.3 M');
    expect(dollars(1_250_000_000)).toBe('$1.25 bn');
    expect(dollars(-1_500_000)).toBe('-$1.5 M');
    expect(dollars(-0.2)).toBe('$0');
  });

  it('writes other figures to three significant digits, a dash when not finite', () => {
    expect(significant(0.123456)).toBe('0.123');
    expect(significant(1234.5)).toBe('1,235');
    expect(significant(0)).toBe('0');
    expect(significant(Number.NaN)).toBe('—');
  });
});
