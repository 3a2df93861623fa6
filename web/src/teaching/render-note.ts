/** Shows a scenario's teaching note: what happens, what to watch, and the file's own notes. */
import type { BundledScenario } from '../scenarios.js';

/** Text with `backticked` strategy names set as code (built as nodes: the text is never parsed as HTML). */
function withCode(text: string): Node[] {
  return text.split('`').map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function paragraph(text: string, className?: string, lead?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  if (lead) {
    const b = document.createElement('strong');
    b.textContent = `${lead} `;
    p.append(b);
  }
  p.append(...withCode(text));
  return p;
}

/**
 * The note: the file's description, then its labelled comment paragraphs (from `entry.file`).
 * "What to watch" goes beside the grid (`watch`), where it is read while the world plays.
 */
export function renderNote(title: HTMLElement, body: HTMLElement, watch: HTMLElement, entry: BundledScenario): void {
  title.textContent = entry.scenario.name;
  const { note } = entry;
  const parts: Node[] = [];
  if (note.description) parts.push(paragraph(note.description, undefined, 'What happens:'));
  if (note.sections.length > 0) {
    const dl = document.createElement('dl');
    for (const s of note.sections) {
      const dt = document.createElement('dt');
      dt.textContent = s.heading;
      const dd = document.createElement('dd');
      dd.append(...withCode(s.text));
      dl.append(dt, dd);
    }
    parts.push(dl, paragraph(`From ${entry.opened ? 'your file' : 'the scenario file'} ${entry.file}.`, 'from'));
  }
  body.replaceChildren(...parts);
  watch.hidden = note.watch === null;
  watch.replaceChildren(...(note.watch ? Array.from(paragraph(note.watch, undefined, 'What to watch:').childNodes) : []));
}
