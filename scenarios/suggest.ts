/**
 * "Did you mean" suggestions for misspelt field names, ids and instrument names. Pure.
 */

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The candidate the user most likely meant, or undefined when none is a good guess
 * (case-insensitive; ties go to the earlier candidate), tried in this order:
 *   1. the same word in the singular or plural (`strategy` for `strategies`);
 *   2. the closest within a third of the word's length in edits (at least 1, and never all of
 *      it), and not much shorter than the word: a guess that drops a third of what was typed
 *      is a different word (`nato` is not `pat`);
 *   3. the one candidate that starts with the word, when the word has at least 4 letters
 *      (`legit` for `legitimacy`; nothing when two candidates start alike).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const others = candidates.filter((c) => c !== word);
  const stem = singular(w);
  const sameStem = others.find((c) => singular(c.toLowerCase()) === stem);
  if (sameStem !== undefined) return sameStem;

  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of others) {
    if (3 * c.length < 2 * w.length) continue;
    const dist = editDistance(w, c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  const limit = Math.min(Math.max(1, Math.floor(w.length / 3)), w.length - 1);
  if (best !== undefined && bestDistance <= limit) return best;

  const extensions = w.length >= 4 ? others.filter((c) => c.toLowerCase().startsWith(w)) : [];
  return extensions.length === 1 ? extensions[0] : undefined;
}

/** The singular of an English plural: `strategies` -> `strategy`, `groups` -> `group`. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** `; did you mean "x"?` or the empty string, ready to append to a message. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s !== undefined ? `; did you mean "${s}"?` : '';
}

/** ` (did you mean "x"?)` or the empty string, for messages that go on after the suggestion. */
export function didYouMeanAside(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s !== undefined ? ` (did you mean "${s}"?)` : '';
}
