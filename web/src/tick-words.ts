/**
 * The page's words for one tick. Every bundled scenario counts months, but a scenario file an
 * instructor opens may count weeks (`tick: week`), and a slider labelled "month" over weeks
 * would teach the wrong lesson about how long waiting lasts. Static text in index.html carries a
 * template (`data-tick-text="every {one}"`, `data-tick-aria`), filled whenever the scenario changes.
 */
import type { Scenario } from '../../scenarios/schema.js';

export interface TickWords {
  one: string;
  many: string;
  One: string;
  Many: string;
}

export function tickWords(tick: Scenario['tick']): TickWords {
  const one = tick;
  const many = `${tick}s`;
  return { one, many, One: capital(one), Many: capital(many) };
}

/** A template with {one}, {many}, {One} and {Many} filled in. */
export function fillTickWords(template: string, words: TickWords): string {
  return template.replace(/\{(one|many|One|Many)\}/g, (_, k: keyof TickWords) => words[k]);
}

/** Rewrites every templated text and accessible name under `root`. */
export function applyTickWords(root: ParentNode, words: TickWords): void {
  root.querySelectorAll<HTMLElement>('[data-tick-text]').forEach((el) => (el.textContent = fillTickWords(el.dataset.tickText!, words)));
  root.querySelectorAll<HTMLElement>('[data-tick-aria]').forEach((el) => el.setAttribute('aria-label', fillTickWords(el.dataset.tickAria!, words)));
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
