/**
 * The scenarios the page offers: the project's own scenario files, bundled as text at build
 * time and validated by the same parser the command line uses (scenarios/parse.ts), so the
 * page plays exactly the scenario `firebreak run scenarios/NAME.yaml` plays.
 */
import { catalogue } from '../../scenarios/catalogue.js';
import { parseScenario } from '../../scenarios/parse.js';
import type { Scenario } from '../../scenarios/schema.js';
import { teachingNote, type TeachingNote } from './teaching/teaching-note.js';

export interface BundledScenario {
  /** The file's path from the project root, as the command line names it: `scenarios/fragile-state.yaml`. */
  file: string;
  /** File name without folder and extension: `fragile-state`, used in the page's address. */
  id: string;
  text: string;
  scenario: Scenario;
  note: TeachingNote;
  /** Opened from the user's disk, not bundled with the page. */
  opened?: boolean;
}

/** The scenario the page opens with: the project's default (`npm start` runs it too). */
export const DEFAULT_SCENARIO = 'fragile-state';

/**
 * Parses every file; `texts` maps a path ending in `scenarios/...yaml` to the file's text.
 * The default scenario comes first, then the case studies, then Epstein's classic models.
 */
export function bundledScenarios(texts: Record<string, string>): BundledScenario[] {
  const list = Object.entries(texts).map(([path, text]) => {
    const file = path.slice(path.lastIndexOf('scenarios/'));
    const scenario = parseScenario(text, file, catalogue);
    const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    return { file, id, text, scenario, note: teachingNote(id, text, scenario) };
  });
  const rank = (s: BundledScenario) => (s.id === DEFAULT_SCENARIO ? 0 : s.file.includes('/classic/') ? 2 : 1);
  return list.sort((a, b) => rank(a) - rank(b) || a.scenario.name.localeCompare(b.scenario.name));
}

/**
 * A scenario file the user opens in the page, checked by the same parser: a mistake throws the
 * ScenarioError the command line prints (file, line, field, what was expected). Its id is new
 * at each opening (`opened-3`), so a file edited and opened again never meets the twins the page
 * cached for the old text.
 */
export function openedScenario(name: string, text: string, opening: number): BundledScenario {
  const scenario = parseScenario(text, name, catalogue);
  const id = `opened-${opening}`;
  return { file: name, id, text, scenario, note: teachingNote(id, text, scenario), opened: true };
}
