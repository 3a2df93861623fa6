/** The catalogue's own rules: ids, units and sources, and docs/instruments.md generated from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../sim/index.js';
import { instrumentsMarkdown } from '../../sim/instruments/catalogue-doc.js';
import { instrumentListing } from '../../cli/commands/list.js';
import { EXTERNAL_KINDS } from '../../sim/vocabulary.js';

describe('the instrument catalogue', () => {
  it('has 25 or more instruments with unique kebab-case ids, covering the eight families', () => {
    expect(INSTRUMENTS.length).toBeGreaterThanOrEqual(25);
    const ids = INSTRUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(INSTRUMENTS.map((d) => d.family)).size).toBe(8);
  });

  it('documents every instrument: description, channels, sources, cost and its source, timing, deliverers', () => {
    for (const d of INSTRUMENTS) {
      expect(d.description.length, d.id).toBeGreaterThan(40);
      expect(d.channels.length, d.id).toBeGreaterThan(0);
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      expect(d.costPerMonth, d.id).toBeGreaterThan(0);
      expect(d.costSource, d.id).toMatch(/assumption|EVIDENCE|\$/);
      expect(d.deliverers.length, d.id).toBeGreaterThan(0);
      for (const k of d.deliverers) expect(EXTERNAL_KINDS).toContain(k);
      // Patrons take sides; they deliver no preventive instrument.
      expect(d.deliverers, d.id).not.toContain('patron');
      for (const n of [d.lag, d.ramp, d.halfLife]) expect(Number.isFinite(n) && n >= 0, d.id).toBe(true);
    }
  });

  it('no instrument reads the tick or the stage in its rules (source check)', () => {
    for (const file of ['information', 'diplomatic', 'civil-society', 'political', 'economic-positive', 'economic-negative', 'security', 'force', 'effects']) {
      const text = readFileSync(`sim/instruments/${file}.ts`, 'utf8');
      expect(text, file).not.toMatch(/world\.tick|\.stage\b|startedAt|startAt/);
    }
  });

  it('docs/instruments.md is generated from the catalogue and up to date (npx tsx cli/generate-instrument-docs.ts)', () => {
    expect(readFileSync('docs/instruments.md', 'utf8')).toBe(instrumentsMarkdown());
  });

  it('`firebreak list instruments` shows every instrument', () => {
    const text = instrumentListing();
    for (const d of INSTRUMENTS) expect(text).toContain(d.id);
    expect(text).toContain(`${INSTRUMENTS.length} instruments`);
  });
});
