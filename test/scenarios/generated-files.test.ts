import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../scenarios/json-schema.js';
import { parametersMarkdown } from '../../scenarios/parameters-table.js';

describe('files generated from the schema', () => {
  it('scenario.schema.json is current (run npm run docs after changing scenarios/schema.ts)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });
  it('docs/parameters.md is current and gives every number a unit and a source', () => {
    const text = readFileSync('docs/parameters.md', 'utf8');
    expect(text).toBe(parametersMarkdown());
    expect(text).toMatch(/`population\.vision` \| 7 \| 1 \.\. 20 \| sites \| Epstein 2002/);
    for (const row of text.split('\n').filter((l) => l.startsWith('| `') && !l.includes(' / '))) {
      const cells = row.split(' | ');
      expect(cells[3].trim(), row).not.toBe('');
      expect(cells[4].trim(), row).not.toBe('');
    }
  });
});
