#!/usr/bin/env node
/**
 * `npm run validate`: runs the validation targets of issue 8, prints a progress line per
 * target and the table (target, published figure, model figure, interval, verdict), and writes
 * results/validation/validation.json and the charts (vega-lite JSON and SVG). With --docs it
 * also writes the SVGs to docs/validation/ and the table into docs/validation.md.
 *
 *   npm run validate                      every target, full size
 *   npm run validate -- --quick           every target at a reduced size
 *   npm run validate -- --only 3          one target (results of the others are kept in the JSON)
 *   npm run validate -- --docs            also refresh docs/validation.md and docs/validation/
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { themed } from '../charts/theme.js';
import { renderSvg } from '../report/render-svg.js';
import { markdownDetails, markdownTable, runValidation, TARGETS, textTable, verdictCounts, type TargetResult } from './index.js';

interface Args {
  quick: boolean;
  only: number[];
  workers: number;
  seed: number;
  out: string;
  docs: boolean;
}

const USAGE = `usage: npm run validate -- [--quick] [--only N[,M]] [--workers N] [--seed N] [--out DIR] [--docs]
  --quick      reduced sizes (minutes instead of a quarter of an hour)
  --only N     run target N only (repeat or comma-separate for several); targets: ${TARGETS.map((t) => `${t.id} ${t.slug}`).join(', ')}
  --workers N  worker threads (default: the machine's cores)
  --seed N     master seed (default 1)
  --out DIR    where results go (default results/validation)
  --docs       also write docs/validation/*.svg and the table in docs/validation.md`;

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, only: [], workers: availableParallelism(), seed: 1, out: 'results/validation', docs: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    const int = (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${a} takes a whole number, got "${v}"\n${USAGE}`);
      return n;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--docs') args.docs = true;
    else if (a === '--only') args.only.push(...value().split(',').map(int));
    else if (a === '--workers') args.workers = int(value());
    else if (a === '--seed') args.seed = int(value());
    else if (a === '--out') args.out = value();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return args;
}

/** Results of earlier runs of other targets are kept, so --only refreshes one target. */
function merge(path: string, fresh: TargetResult[]): TargetResult[] {
  const old: TargetResult[] = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')).targets ?? []) : [];
  const byId = new Map(old.map((r) => [r.id, r]));
  for (const r of fresh) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function replaceBetween(text: string, marker: string, content: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/validation.md has no ${start} ... ${end} markers`);
  return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const fresh = await runValidation({ quick: args.quick, only: args.only, workers: args.workers, seed: args.seed, log: (line) => console.error(line) });
  const total = (performance.now() - started) / 1000;

  console.log(`\n${textTable(fresh)}`);
  const counts = verdictCounts(fresh);
  console.log(`\n${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ${total.toFixed(0)} s with ${args.workers} worker(s)${args.quick ? ' (quick)' : ''}`);

  mkdirSync(join(args.out, 'charts'), { recursive: true });
  const jsonPath = join(args.out, 'validation.json');
  const all = merge(jsonPath, fresh);
  writeFileSync(jsonPath, `${JSON.stringify({ generated: new Date().toISOString(), targets: all }, null, 1)}\n`);
  for (const r of fresh) {
    for (const c of r.charts) {
      const spec = themed(c.spec);
      writeFileSync(join(args.out, 'charts', `${c.name}.vl.json`), `${JSON.stringify(spec, null, 1)}\n`);
      const svg = await renderSvg(spec);
      writeFileSync(join(args.out, 'charts', `${c.name}.svg`), svg);
      if (args.docs) {
        mkdirSync('docs/validation', { recursive: true });
        writeFileSync(join('docs/validation', `${c.name}.svg`), svg);
      }
    }
  }
  console.error(`results: ${jsonPath}, charts in ${join(args.out, 'charts')}`);
  if (args.docs) {
    const path = 'docs/validation.md';
    let text = readFileSync(path, 'utf8');
    text = replaceBetween(text, 'validation-table', markdownTable(all));
    text = replaceBetween(text, 'validation-details', markdownDetails(all));
    writeFileSync(path, text);
    console.error(`docs: ${path} and docs/validation/*.svg`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
