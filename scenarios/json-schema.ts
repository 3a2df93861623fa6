/**
 * The JSON Schema of scenario files, derived from the zod declaration (so it never disagrees
 * with the validator), for editors' autocompletion (`# yaml-language-server: $schema=...`).
 */
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://firebreak.invalid/scenario.schema.json',
    title: 'firebreak scenario',
    description: 'A scenario file of the firebreak simulator: a stylised world, its actors and the strategies to compare.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
