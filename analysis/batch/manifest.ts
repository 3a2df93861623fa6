/**
 * The manifest.json of a results folder (a batch, a sweep, a sensitivity analysis): written
 * when the work starts, with what makes the work what it is, and again when it finishes, with
 * the time it finished and the wall time it took. Read back (guarded: a folder may hold a
 * broken or foreign manifest.json) to tell what a folder already holds before writing in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import { BatchInputError } from './input-error.js';
import { checkOutputFolder, fileSystemError } from '../files/output-paths.js';

export const MANIFEST = 'manifest.json';

export interface OpenManifest {
  /** Writes the manifest again with its finishing time and wall time. */
  finish(): void;
}

/** Writes `fields` to `path`, followed by `started`, `finished` and `wallSeconds`. */
export function writeManifest(path: string, fields: Record<string, unknown>): OpenManifest {
  const started = new Date();
  const manifest = { ...fields, started: started.toISOString(), finished: null as string | null, wallSeconds: null as number | null };
  writeFileAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
  return {
    finish() {
      manifest.finished = new Date().toISOString();
      manifest.wallSeconds = (Date.now() - started.getTime()) / 1000;
      writeFileAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}

export type Manifest = Record<string, unknown>;

/** What a field of an identity is, in words, for the message that says what differs. */
const IDENTITY_FIELDS: Record<string, string> = {
  scenarioHash: 'the scenario (as parsed, defaults included; for a sweep or an analysis, at each of its points)',
  seed: 'the seed',
  runs: 'the number of runs',
  strategies: 'the strategies (and their order)',
  shard: 'the shard',
  baseline: 'the baseline',
  version: 'the firebreak version',
  engine: 'the engine (the commit it was built from; runs of another build are not the same runs)',
  vary: 'the swept values',
  params: 'the parameters',
  method: 'the method',
  outcome: 'the outcome',
  strategy: 'the strategy',
  samples: 'the samples',
  levels: 'the levels',
};

/**
 * The fields in which a recorded identity and a new one differ, each with both values under the
 * given names: what a user needs to put right when a resume or a merge is refused.
 */
export function identityDifferences(recorded: Record<string, unknown>, current: Record<string, unknown>, names = ['recorded', 'now']): string {
  const text = (v: unknown) => (v === undefined ? 'nothing' : typeof v === 'string' ? v : JSON.stringify(v));
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(current)])];
  const differ = keys.filter((k) => JSON.stringify(recorded[k]) !== JSON.stringify(current[k]));
  if (differ.length === 0) return 'the same fields in another order';
  return differ
    .map((k) => {
      const [a, b] = whereTheyDiffer(text(recorded[k]), text(current[k]));
      return `${IDENTITY_FIELDS[k] ?? k} (${names[0]}: ${a}; ${names[1]}: ${b})`;
    })
    .join(', ');
}

/** Longest value shown whole; a longer one is shown around its first difference from the other. */
const SHOWN = 60;

/**
 * Two values as a message shows them: whole when short; else each cut to the part around the
 * first character where they differ (cut at the same place, both showed only their common
 * start, and nobody could see what had changed).
 */
export function whereTheyDiffer(a: string, b: string): [string, string] {
  if (a.length <= SHOWN && b.length <= SHOWN) return [a, b];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 20);
  const cut = (t: string) => `${from > 0 ? '...' : ''}${t.slice(from, from + SHOWN)}${from + SHOWN < t.length ? '...' : ''}`;
  return [cut(a), cut(b)];
}

/** The error for a manifest.json firebreak cannot read as its own. */
export function notAManifest(path: string, why: string): BatchInputError {
  return new BatchInputError(`${path} is not a firebreak manifest (${why}); choose another folder, or move that file away`);
}

/**
 * The manifest in `dir`, or null when there is none. A manifest.json that is not JSON, or not
 * firebreak's (every manifest firebreak writes says `tool: firebreak`), is an error naming it:
 * work must not be resumed from, merged from or written over a file nobody can vouch for.
 */
export function readManifest(dir: string): Manifest | null {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw fileSystemError(err, path, 'read') ?? err;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw notAManifest(path, `not valid JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw notAManifest(path, 'not a JSON object');
  if ((value as Manifest).tool !== 'firebreak') throw notAManifest(path, 'it does not say "tool": "firebreak"');
  return value as Manifest;
}

/** What a manifest's folder holds: a batch (whose manifests have no kind), a sweep or a sensitivity analysis. */
export function manifestKind(manifest: Manifest): string {
  return typeof manifest.kind === 'string' ? manifest.kind : 'batch';
}

/** With an article, for messages: "a batch", "a sweep", "a sensitivity analysis". */
export function kindName(kind: string): string {
  return kind === 'sensitivity' ? 'a sensitivity analysis' : `a ${kind}`;
}

/**
 * Every name firebreak writes in a results folder (docs/batches.md): a batch's, a sweep's, a
 * sensitivity analysis's and a report's files.
 */
const RESULT_NAMES = [
  MANIFEST, 'records.jsonl', 'runs.csv', 'runs.jsonl', 'runs.arrow', 'series.csv', 'stages.csv', 'summary.json',
  'sweep.csv', 'sweep.json', 'points', 'sensitivity.csv', 'sensitivity.json', 'evaluations.csv', 'evaluations.jsonl',
  'report.html', 'charts',
];

/** The names of RESULT_NAMES present in `dir` (none when it does not exist). */
export function resultFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw fileSystemError(err, dir) ?? err;
  }
  return RESULT_NAMES.filter((n) => names.includes(n));
}

/**
 * Refuses a folder whose manifest holds other work: any work without `resume`, or, with it,
 * work whose `key` (its identity, also its kind: "sweep" or "sensitivity") differs from
 * `identity`. Also refuses, resume or not, a folder that is not a usable folder, that holds
 * another kind of work (a batch's folder for a sweep), or that holds files firebreak writes
 * without a manifest (which the work would overwrite without knowing whose they are).
 */
export function refuseOtherWork(path: string, key: string, identity: unknown, resume: boolean, messages: { occupied: string; different: string }): void {
  const dir = dirname(path);
  checkOutputFolder(dir, '--out');
  const previous = readManifest(dir);
  if (!previous) {
    const found = resultFiles(dir);
    if (found.length) throw new BatchInputError(`${dir} already holds ${found.join(', ')} but no ${MANIFEST}, so it is not ${kindName(key)} to finish and would be overwritten; choose another --out`);
    return;
  }
  const kind = manifestKind(previous);
  if (kind !== key) throw new BatchInputError(`${dir} holds ${kindName(kind)} (${MANIFEST}), not ${kindName(key)}; choose another --out`);
  if (!resume) throw new BatchInputError(messages.occupied);
  if (previous[key] === null || typeof previous[key] !== 'object') throw notAManifest(path, `it has no "${key}" identity`);
  if (JSON.stringify(previous[key]) !== JSON.stringify(identity)) {
    throw new BatchInputError(`${messages.different}: ${identityDifferences(previous[key] as Record<string, unknown>, identity as Record<string, unknown>)}; give the options it was run with (its ${MANIFEST}), or choose another --out`);
  }
}
