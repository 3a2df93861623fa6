/**
 * The parameter reference (docs/parameters.md), derived from the schema's metadata: every
 * number with its default, range, unit and source.
 */
import { scenarioJsonSchema } from './json-schema.js';

interface JsonNode {
  type?: string | string[];
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  additionalProperties?: JsonNode | boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  unit?: string;
  source?: string;
  enum?: unknown[];
  anyOf?: JsonNode[];
}

export function parametersMarkdown(): string {
  const rows: string[] = [];
  const walk = (node: JsonNode, path: string) => {
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    if (node.items && node.items.properties) return walk(node.items, `${path}[]`);
    if (node.additionalProperties && typeof node.additionalProperties === 'object' && node.additionalProperties.unit) return walk(node.additionalProperties, `${path}.<group>`);
    if (node.unit === undefined && node.enum === undefined) return;
    const range = node.enum ? node.enum.join(' / ') : `${node.minimum ?? ''} .. ${node.maximum ?? ''}`;
    const description = (node.description ?? '').replace(/ \[[^\]]*\]$/, '');
    rows.push(`| \`${path}\` | ${JSON.stringify(node.default ?? '') } | ${range} | ${node.unit ?? ''} | ${node.source ?? ''} | ${description.replace(/\|/g, '\\|')} |`);
  };
  walk(scenarioJsonSchema() as JsonNode, '');
  return [
    '# Scenario parameters',
    '',
    'Generated from `scenarios/schema.ts` by `npm run docs` (do not edit by hand). Every number',
    'has its unit and its source; "assumption" marks a value chosen for the model, not taken from',
    'the literature or the source texts (cited by file name, see `../shared/seeds/README.md`).',
    '',
    '| parameter | default | range | unit | source | meaning |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
