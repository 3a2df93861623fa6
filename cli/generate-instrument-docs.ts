/**
 * Writes docs/instruments.md from the instrument catalogue: `npx tsx cli/generate-instrument-docs.ts`
 * (or `node dist/cli/generate-instrument-docs.js`). A test checks the file is up to date.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instrumentsMarkdown } from '../sim/instruments/catalogue-doc.js';
import { writeFileAtomic } from '../analysis/files/write-atomic.js';

const here = dirname(fileURLToPath(import.meta.url));
// Works from cli/ (tsx) and from dist/cli/ (built).
const root = here.endsWith(join('dist', 'cli')) ? join(here, '..', '..') : join(here, '..');
const target = join(root, 'docs', 'instruments.md');
mkdirSync(dirname(target), { recursive: true });
writeFileAtomic(target, instrumentsMarkdown());
process.stdout.write(`wrote ${target}\n`);
