/**
 * Acceptance check 2 of issue 3: every bundled scenario loads, has the strategies a briefing
 * needs (`none`, a stylised historical one, at least one alternative), opens with a header
 * comment naming what it stylises, what it leaves out and its sources, and every scenario x
 * strategy runs for its full horizon under 20 seeds without error.
 *
 * To keep the suite fast the runs use a 14x14 grid (the scenarios' own grids are 30 to 50);
 * horizons are the scenarios' own. The groups' shares keep at least two citizens per group.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../cli/load-scenario.js';
import { scenarioListing } from '../../cli/commands/list.js';
import { run } from '../../sim/index.js';

const FILES = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();
const LIBRARY = [
  'macedonia-1992', 'macedonia-2001', 'baltics', 'burundi-1965', 'east-timor-1999', 'bosnia-kosovo',
  'rwanda-1990s', 'sudan-cpa', 'congo-fragmentation', 'migrant-enclaves', 'three-points',
];

describe('the scenario library', () => {
  it('has the eleven scenarios of the issue', () => {
    for (const name of LIBRARY) expect(FILES).toContain(`${name}.yaml`);
  });

  it.each(LIBRARY)('%s reads like a briefing: header (stylises, leaves out, sources), none + historical + an alternative', (name) => {
    const text = readFileSync(`scenarios/${name}.yaml`, 'utf8');
    const header = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
    expect(header).toMatch(/Stylises|Teaching scenario/);
    expect(header).toMatch(/Leaves out/);
    expect(header).toMatch(/Sources/);
    expect(header).toMatch(/00[0-4]_[0-9a-f]+\.txt/);
    const s = loadScenarioFile(`scenarios/${name}.yaml`);
    const strategies = Object.keys(s.strategies);
    expect(strategies).toContain('none');
    expect(strategies.length).toBeGreaterThanOrEqual(3);
    if (name === 'three-points') expect(strategies).toEqual(expect.arrayContaining(['first-point', 'second-point', 'third-point']));
    else expect(strategies).toContain('historical');
    expect(s.description.length).toBeGreaterThan(100);
  });

  it('`firebreak list scenarios` lists them all with their strategies', () => {
    const text = scenarioListing('scenarios');
    for (const name of LIBRARY) expect(text).toContain(`${name}.yaml`);
    expect(text).not.toContain('does not load');
    expect(text).toMatch(/^scenarios\/fragile-state\.yaml: Fragile state\n  strategies: none, early, late\n  \S/m);
    // Readable on a terminal: no line as wide as a row of every field (they reached 430 columns).
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
  });

  it.each(FILES)('%s: every strategy runs its full horizon under 20 seeds (14x14 grid)', (file) => {
    const s = loadScenarioFile(`scenarios/${file}`);
    s.population.grid = 14;
    for (const strategy of Object.keys(s.strategies)) {
      for (let seed = 1; seed <= 20; seed++) {
        const { outcome } = run(s, strategy, seed);
        expect(outcome.ticks).toBe(s.horizon);
        expect(Number.isFinite(outcome.civilianDeaths) && Number.isFinite(outcome.cost)).toBe(true);
        expect(outcome.civilianDeaths).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
