/**
 * Files generated from scenarios/schema.ts stay in step with it. After changing the schema run
 * `npx tsx scenarios/json-schema.ts --write` and `npx tsx scenarios/parameters-table.ts --write`
 * (or `npm run docs`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../scenarios/json-schema.js';
import { parameterRows, parametersMarkdown } from '../../scenarios/parameters-table.js';

describe('files generated from the schema', () => {
  it('scenarios/scenario.schema.json is current', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('the JSON Schema has a title and an id, rejects unknown fields and carries units', () => {
    const schema = scenarioJsonSchema() as { title: string; $id: string; required: string[]; additionalProperties: boolean; properties: Record<string, { properties?: Record<string, Record<string, unknown>> }> };
    expect(schema.title).toBe('firebreak scenario');
    expect(schema.$id).toBeTruthy();
    expect(schema.required).toEqual(['name', 'groups']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.population.properties?.grid).toMatchObject({ type: 'integer', minimum: 5, maximum: 1000, default: 40, unit: 'sites' });
  });

  it('docs/parameters.md is current', () => {
    expect(readFileSync('docs/parameters.md', 'utf8')).toBe(parametersMarkdown());
  });

  it('the parameter table lists every parameter; every model number has a unit and a source', () => {
    const rows = parameterRows();
    const byPath = new Map(rows.map((r) => [r.path, r]));
    expect(byPath.get('population.vision')).toEqual({
      path: 'population.vision',
      default: '7',
      range: '1 to 20',
      unit: 'sites',
      source: 'Epstein 2002, PNAS 99 suppl. 3, Table 2',
      description: 'how far a citizen sees (arrest risk, targets, moves)',
    });
    expect(byPath.get('groups[].id')?.default).toBe('required');
    expect(byPath.get('elite.discrimination.<group>')?.unit).toBe('share 0..1');
    expect(byPath.get('strategies.<name>[].from')?.default).toBe('{ tick: 0 }');
    expect(byPath.get('population.max-jail')?.unit).toBe('ticks or "inf"');
    for (const r of rows.filter((r) => /^-?\d/.test(r.range) && !r.path.startsWith('strategies.') && !r.path.startsWith('shocks['))) {
      expect(r.unit, r.path).not.toBe('—');
      expect(r.source, r.path).not.toBe('—');
      expect(r.description, r.path).not.toBe('—');
    }
  });
});
