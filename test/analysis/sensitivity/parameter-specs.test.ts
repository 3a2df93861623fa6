/** --params read against the schema and the scenario file: ranges, fields named twice, whole numbers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designPoints, parameterSpecs } from '../../../analysis/sensitivity/run-sensitivity.js';
import { splitParams } from '../../../cli/commands/sensitivity.js';

const text = readFileSync('scenarios/fragile-state.yaml', 'utf8');

describe('parameterSpecs', () => {
  it('refuses one field named twice, by two spellings or by the same path', () => {
    expect(() => parameterSpecs(['groups.0.hostility', 'groups.majority.hostility'], text)).toThrow(/^--params: groups\.0\.hostility and groups\.majority\.hostility both set groups\[0\]\.hostility/);
    expect(() => parameterSpecs(['elite.exclusionary', 'elite . exclusionary=0:1'], text)).toThrow(/^--params: elite\.exclusionary is named twice/);
    expect(parameterSpecs(['groups.0.hostility', 'groups.minority.hostility'], text).map((s) => s.path)).toEqual(['groups.0.hostility', 'groups.minority.hostility']);
  });

  it('takes vision as a whole number in the file\'s von-neumann neighbourhood: whole levels and whole Sobol samples', () => {
    const [vision] = parameterSpecs(['population.vision=3:9'], text);
    expect(vision).toMatchObject({ lower: 3, upper: 9, integer: true, rangeFrom: 'user' });
    expect(designPoints([vision], 'oat', 0, 4, 1).slice(1).map((p) => p['population.vision'])).toEqual([3, 5, 7, 9]);
    const sampled = designPoints([vision], 'sobol', 16, 0, 1).map((p) => p['population.vision']);
    expect(sampled.every((v) => Number.isInteger(v) && v >= 3 && v <= 9)).toBe(true);
    expect(new Set(sampled).size).toBeGreaterThan(3);
    // The disc uses the fraction; without the file nothing is known of the neighbourhood.
    expect(parameterSpecs(['population.vision=3:9'], text.replace('vision: 7', 'vision: 7\n  neighbourhood: disc'))[0].integer).toBe(false);
    expect(() => parameterSpecs(['population.vision=3.5:6'], text)).toThrow(/population\.vision takes whole numbers here .*give whole bounds/);
  });

  it('explains that a range is LO:HI when given a list, one value or a grid', () => {
    expect(() => parameterSpecs(['elite.exclusionary=0.2,0.6'], text)).toThrow(/^--params elite\.exclusionary=0\.2,0\.6: a parameter's range is written LO:HI \(FROM:TO\), as in elite\.exclusionary=0\.2:0\.6, but this gives a list of values/);
    expect(() => parameterSpecs(['elite.exclusionary=0.2'], text)).toThrow(/gives one value/);
    expect(() => parameterSpecs(['elite.exclusionary=0:1:0.5'], text)).toThrow(/gives a grid FROM:TO:STEP/);
  });

  it('names --params and suggests the field meant for a misspelt path', () => {
    expect(() => parameterSpecs(['elite.exclusionry'], text)).toThrow(/^--params elite\.exclusionry: no such parameter in the scenario schema; did you mean "exclusionary"\?/);
  });

  it('refuses the documented range of population.grid and horizon, and takes a range the user gives', () => {
    expect(() => parameterSpecs(['population.grid'], text)).toThrow(/sets the size of a run/);
    expect(parameterSpecs(['population.grid=10:20'], text)[0]).toMatchObject({ lower: 10, upper: 20, integer: true });
  });
});

describe('splitParams (the command line)', () => {
  it('keeps the values of a list with their parameter, so the error can quote what was typed', () => {
    expect(splitParams('elite.exclusionary=0.2,0.6')).toEqual(['elite.exclusionary=0.2,0.6']);
    expect(splitParams('elite.exclusionary, population.vision=3:9,groups.majority.hostility')).toEqual(['elite.exclusionary', 'population.vision=3:9', 'groups.majority.hostility']);
    expect(splitParams('a=-1,-2,b')).toEqual(['a=-1,-2', 'b']);
  });
});
