/**
 * A short teaching note per scenario, read from the scenario file itself: its `description`
 * (what happens and what each strategy does) and the labelled paragraphs of its opening
 * comment (`Stylises:`, `Leaves out:`, `Sources:`...), which the scenario library writes for
 * every file. The page adds one line of its own, what to watch (watch.ts). Pure.
 */
import type { Scenario } from '../../../scenarios/schema.js';
import { readableSources } from './source-names.js';
import { WATCH } from './watch.js';

export interface NoteSection {
  /** Heading in plain words ("What it stylises"). */
  heading: string;
  text: string;
}

export interface TeachingNote {
  /** The file's `description`: what happens and what each strategy does. */
  description: string;
  /** What to watch on the grid and the timeline (the page's note, absent for a file it does not know). */
  watch: string | null;
  /** The labelled paragraphs of the file's opening comment, in the file's order. */
  sections: NoteSection[];
}

/** Labels the scenario files use, and the heading each gets on the page. */
const LABELS: Record<string, string> = {
  stylises: 'What it stylises',
  'teaching scenario': 'What it stylises',
  'the bundled default': 'What it is',
  'modelling choice': 'Modelling choices',
  'modelling choices': 'Modelling choices',
  'leaves out': 'What it leaves out',
  scale: 'Scale',
  sources: 'Sources',
};

/** The comment lines at the top of the file, without `#` and without the editor's schema hint. */
function headerLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!/^\s*(#|$)/.test(line)) break;
    const body = line.replace(/^\s*#\s?/, '');
    if (/^yaml-language-server:/.test(body)) continue;
    lines.push(body);
  }
  return lines;
}

/**
 * Splits the opening comment into sections at each known label. Text before the first label
 * (Epstein's classic files have none) becomes "About this model".
 */
export function commentSections(text: string): NoteSection[] {
  const sections: NoteSection[] = [];
  let current: NoteSection | null = null;
  for (const line of headerLines(text)) {
    const m = /^([A-Z][A-Za-z ]*?):\s*(.*)$/.exec(line.trim());
    const heading = m ? LABELS[m[1].toLowerCase()] : undefined;
    if (m && heading) {
      const same = sections.find((s) => s.heading === heading);
      current = same ?? { heading, text: '' };
      if (!same) sections.push(current);
      current.text = join(current.text, m[2]);
    } else if (line.trim() !== '') {
      if (!current) {
        current = { heading: 'About this model', text: '' };
        sections.push(current);
      }
      current.text = join(current.text, line.trim());
    }
  }
  // "Stylises: eastern Congo..." reads as a sentence under its heading once capitalised; the
  // source texts are named by their titles, not by their file names.
  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return sections.filter((s) => s.text !== '').map((s) => ({ ...s, text: sentence(readableSources(s.text)) }));
}

function join(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

export function teachingNote(id: string, text: string, scenario: Scenario): TeachingNote {
  return {
    description: readableSources(scenario.description.trim()),
    watch: WATCH[id] === undefined ? null : readableSources(WATCH[id]),
    sections: commentSections(text),
  };
}
