/**
 * `npm run docs`: writes the files derived from single sources of truth: the scenario JSON
 * Schema and the parameter reference. A test checks the committed copies are current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../scenarios/json-schema.js';
import { parametersMarkdown } from '../scenarios/parameters-table.js';

mkdirSync('docs', { recursive: true });
writeFileSync('scenarios/scenario.schema.json', scenarioJsonSchemaText());
writeFileSync('docs/parameters.md', parametersMarkdown());
console.log('wrote scenarios/scenario.schema.json and docs/parameters.md');
