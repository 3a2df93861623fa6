/**
 * `firebreak list [scenarios|instruments]`: the bundled scenarios with their strategies and the
 * first sentence of their description, and the instrument catalogue (the same source as
 * docs/instruments.md).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { CATALOGUE_HEADER, catalogueRows } from '../../sim/instruments/catalogue-doc.js';
import { INSTRUMENTS } from '../../sim/instruments/catalogue.js';
import { formatTable } from '../format-table.js';
import { loadScenarioFile } from '../load-scenario.js';
import { isUserError } from '../user-error.js';
import { scenarioFiles } from './validate.js';

interface ListArgs {
  what: 'scenarios' | 'instruments' | 'all';
  dir?: string;
}

export const command = 'list [what]';
export const describe = 'List the bundled scenarios (with their strategies) or the instrument catalogue';

export function builder(yargs: Argv): Argv<ListArgs> {
  return yargs
    .positional('what', { choices: ['scenarios', 'instruments', 'all'] as const, default: 'all' as const, describe: 'what to list' })
    .option('dir', { type: 'string', describe: 'folder of scenario files to list (default: the bundled scenarios/)' }) as unknown as Argv<ListArgs>;
}

/** The bundled scenarios folder, from cli/commands (tsx) or dist/cli/commands (built). */
export function bundledScenarios(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'scenarios', 'fragile-state.yaml'))) return join(dir, 'scenarios');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'scenarios');
}

/** First sentence of a description (descriptions are folded YAML paragraphs). */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.*?[.!?])(\s|$)/.exec(t);
  return m ? m[1] : t;
}

export function scenarioListing(dir: string): string {
  const rows: string[][] = [];
  const problems: string[] = [];
  for (const file of scenarioFiles([dir])) {
    try {
      const s = loadScenarioFile(file);
      rows.push([relative(process.cwd(), file) || file, s.name, Object.keys(s.strategies).join(', '), firstSentence(s.description)]);
    } catch (err) {
      if (!isUserError(err)) throw err;
      problems.push(`${file}: does not load (firebreak validate ${file} says why)`);
    }
  }
  const table = formatTable(['file', 'name', 'strategies', 'description'], rows, ['l', 'l', 'l', 'l']);
  return problems.length ? `${table}\n\n${problems.join('\n')}` : table;
}

export function instrumentListing(): string {
  const table = formatTable(CATALOGUE_HEADER, catalogueRows(), ['l', 'l', 'l', 'r', 'r', 'l']);
  return `${table}\n\n${INSTRUMENTS.length} instruments; lag, ramp and half-life in months; cost in US dollars a month at intensity 1. Details: docs/instruments.md`;
}

export function handler(args: ArgumentsCamelCase<ListArgs>): void {
  const parts: string[] = [];
  if (args.what === 'scenarios' || args.what === 'all') parts.push(scenarioListing(args.dir ?? bundledScenarios()));
  if (args.what === 'instruments' || args.what === 'all') parts.push(instrumentListing());
  process.stdout.write(parts.join('\n\n') + '\n');
}
