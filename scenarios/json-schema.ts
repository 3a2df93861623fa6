/**
 * The JSON Schema of scenario files, derived from scenarios/schema.ts, for editors: a YAML file
 * that starts with `# yaml-language-server: $schema=./scenario.schema.json` gets completion,
 * hover text (with units and sources) and red squiggles for wrong types and ranges.
 *
 * The schema is written to scenarios/scenario.schema.json (a test checks it is up to date):
 *
 *   npx tsx scenarios/json-schema.ts --write      (from the sources)
 *   node dist/scenarios/json-schema.js --write    (after npm run build)
 *
 * Without --write it prints the schema; with --check it exits 1 if the file is stale.
 * Importing this module has no side effects and needs no Node APIs.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/** Where the generated schema lives, relative to the package root. */
export const SCENARIO_SCHEMA_FILE = 'scenarios/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  // draft-07: the dialect editors' YAML and JSON language servers support best.
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
  return {
    $schema,
    $id: 'urn:firebreak:scenario',
    title: 'firebreak scenario',
    description:
      'A firebreak scenario file: a stylised society (population, groups, elite, rebels, outside powers), its shocks and the strategies of instruments to compare. Generated from scenarios/schema.ts; do not edit by hand.',
    ...rest,
  };
}

/** The schema file's exact text (2-space JSON and a final newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/**
 * Shared entry of the generator scripts: prints `text`, or with `--write` writes it to
 * `relativePath` under the package root, or with `--check` exits 1 when that file differs.
 * Does nothing unless the module at `moduleUrl` is the script node was started with.
 */
export async function runGenerator(moduleUrl: string, relativePath: string, text: () => string): Promise<void> {
  if (typeof process === 'undefined' || !process.argv?.[1]) return;
  const { pathToFileURL, fileURLToPath } = await import('node:url');
  const { realpathSync, existsSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  let script: string;
  try {
    script = pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return;
  }
  if (script !== moduleUrl) return;

  // The package root: the nearest folder above this module with a package.json (works from
  // the sources and from dist/).
  let root = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  const target = join(root, relativePath);
  const content = text();
  const args = process.argv.slice(2);
  if (args.includes('--write')) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    process.stdout.write(`wrote ${relativePath}\n`);
  } else if (args.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== content) {
      process.stderr.write(`${relativePath} is stale: regenerate it with --write\n`);
      process.exitCode = 1;
    } else process.stdout.write(`${relativePath} is up to date\n`);
  } else process.stdout.write(content);
}

await runGenerator(import.meta.url, SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText);
