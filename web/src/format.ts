/** Numbers in plain words for the page: people with thousands separators, shares as percent. */

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function people(n: number): string {
  return whole.format(Math.round(n));
}

export function percent(x: number, digits = 0): string {
  return `${(100 * x).toFixed(digits)}%`;
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
