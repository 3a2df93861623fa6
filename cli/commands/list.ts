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

/** Text folded at `width` columns, each line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

const LISTING_WIDTH = 100;

/**
 * One block per scenario (file and name, then its strategies and the first sentence of its
 * description, folded): as one table row each, they ran to 430 columns and wrapped into a
 * jumble on a terminal.
 */
export function scenarioListing(dir: string): string {
  const blocks: string[] = [];
  const problems: string[] = [];
  for (const file of scenarioFiles([dir])) {
    try {
      const s = loadScenarioFile(file);
      const pad = '    ';
      blocks.push(
        [
          `${relative(process.cwd(), file) || file}: ${s.name}`,
          `  strategies: ${wrap(Object.keys(s.strategies).join(', '), LISTING_WIDTH, pad)}`,
          `  ${wrap(firstSentence(s.description), LISTING_WIDTH, '  ')}`,
        ].join('\n'),
      );
    } catch (err) {
      if (!isUserError(err)) throw err;
      problems.push(`${file}: does not load (firebreak validate ${file} says why)`);
    }
  }
  const listing = blocks.join('\n\n');
  return problems.length ? `${listing}\n\n${problems.join('\n')}` : listing;
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
