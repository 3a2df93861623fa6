/** Numbers in plain words for the page: people with thousands separators, shares as percent. */

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function people(n: number): string {
  return whole.format(Math.round(n));
}

/**
 * A count the model does not know to the person, to three significant figures: "about 38,000"
 * for 38,006 battle deaths (the state's losses are computed from its forces' strength, not
 * counted in squares of hundreds of people, and five digits read as a precision there is not).
 */
export function roughPeople(n: number): string {
  const whole = Math.round(n);
  if (Math.abs(whole) < 1000) return people(whole);
  const step = 10 ** (Math.floor(Math.log10(Math.abs(whole))) - 2);
  const rounded = Math.round(whole / step) * step;
  return rounded === whole ? people(whole) : `about ${people(rounded)}`;
}

export function percent(x: number, digits = 0): string {
  return `${(100 * x).toFixed(digits)}%`;
}

/**
 * Shares of one whole as whole percentages that add up to 100 (largest remainders): rounded
 * one by one, "fewer in 58%, as many in 42%, more in 1%" added up to 101 on the projector. A
 * share above zero is never shown as 0% (one world of 200 that did worse is not "none").
 */
export function wholePercents(shares: readonly number[]): string[] {
  const exact = shares.map((x) => 100 * x);
  const whole = exact.map((x) => (x > 0 ? Math.max(1, Math.floor(x)) : 0));
  let left = Math.round(exact.reduce((a, b) => a + b, 0)) - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - whole[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    whole[i]++;
    left--;
  }
  // Ones given to small shares are taken back from the largest.
  while (left < 0) {
    whole[whole.indexOf(Math.max(...whole))]--;
    left++;
  }
  return whole.map((p) => `${p}%`);
}

/** "52% to 66%": an interval in words, for students who do not read brackets. */
export function percentRange(lower: number, upper: number): string {
  return `${percent(lower)} to ${percent(upper)}`;
}

export function peopleRange(lower: number, upper: number): string {
  return `${people(lower)} to ${people(upper)}`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Stage names as words: `mass-atrocity` -> `mass atrocity`. */
export function words(id: string): string {
  return id.replace(/-/g, ' ');
}
