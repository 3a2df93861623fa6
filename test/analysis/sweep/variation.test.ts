/** Parsing of --vary and --params specs, and scenario variants made from the file's own text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVariation, resolvePath, scenarioVariant, VariationError } from '../../../analysis/sweep/variation.js';
import { parameterRange } from '../../../analysis/sensitivity/parameter-range.js';
import { catalogue } from '../../../scenarios/catalogue.js';
import { ScenarioError } from '../../../scenarios/scenario-error.js';
import { parse } from 'yaml';

const text = readFileSync('scenarios/fragile-state.yaml', 'utf8');

describe('parseVariation', () => {
  it('reads grids, ranges and lists', () => {
    expect(parseVariation('a.b=0:1:0.25')).toEqual({ path: 'a.b', values: [0, 0.25, 0.5, 0.75, 1], range: null });
    // Steps that do not land on TO stop below it; float noise is cleaned.
    expect(parseVariation('x=0.1:0.35:0.1').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseVariation('x=2:5').range).toEqual({ lower: 2, upper: 5 });
    expect(parseVariation('population.neighbourhood=moore, von-neumann').values).toEqual(['moore', 'von-neumann']);
    expect(parseVariation('population.movement=true,false').values).toEqual([true, false]);
  });

  it('rejects malformed specs with a message that shows the expected form', () => {
    for (const bad of ['novalue', '=1:2:1', 'x=1:2:0', 'x=3:1:1', 'x=a:b:c', 'x=1:2:3:4', 'x=', 'a..b=1,2', 'x=0:1e9:1', 'x=5:5']) {
      expect(() => parseVariation(bad), bad).toThrow(VariationError);
    }
    expect(() => parseVariation('novalue')).toThrow(/PATH=FROM:TO:STEP/);
  });
});

describe('resolvePath', () => {
  const data = parse(text);
  it('resolves names, positions and wildcards to concrete paths', () => {
    expect(resolvePath(data, 'groups.majority.hostility')).toEqual([['groups', 0, 'hostility']]);
    expect(resolvePath(data, 'groups.1.share')).toEqual([['groups', 1, 'share']]);
    expect(resolvePath(data, 'strategies.late.*.from.tick')).toHaveLength(4);
    expect(resolvePath(data, 'strategies.early.mediation.intensity')).toEqual([['strategies', 'early', 1, 'intensity']]);
    // A section the file leaves to its defaults is created.
    expect(resolvePath(data, 'rebels.split-rate')).toEqual([['rebels', 'split-rate']]);
  });
  it('names what exists when a path does not', () => {
    expect(() => resolvePath(data, 'groups.minorty.share')).toThrow(/no item named "minorty"; it has majority, minority/);
    expect(() => resolvePath(data, 'groups.5.share')).toThrow(/has 2 items/);
    expect(() => resolvePath(data, 'horizon.x')).toThrow(/single value/);
    expect(() => resolvePath(data, 'strategies.*.nosuch.intensity')).toThrow(/no item named "nosuch".*no other item fits/);
    expect(() => resolvePath(data, 'horizon.*')).toThrow(/single value/);
  });
  it('takes every key of a mapping for "*", leaving out the branches the path does not fit', () => {
    // none has no applications, early and late four each.
    expect(resolvePath(data, 'strategies.*.*.from.tick')).toHaveLength(8);
    expect(resolvePath(data, 'strategies.*.mediation.intensity')).toEqual([
      ['strategies', 'early', 1, 'intensity'],
      ['strategies', 'late', 1, 'intensity'],
    ]);
    // A strategy that extends another: "*" is every application it adds.
    const extending = { strategies: { a: [{ instrument: 'aid' }], b: { extends: 'a', add: [{ instrument: 'mediation' }] } } };
    expect(resolvePath(extending, 'strategies.*.*.for')).toEqual([
      ['strategies', 'a', 0, 'for'],
      ['strategies', 'b', 'add', 0, 'for'],
    ]);
  });
});

describe('scenarioVariant', () => {
  it('sets values, replaces triggers by a start month, and keeps the rest of the file', () => {
    const v = scenarioVariant(text, 'fs.yaml', [{ path: 'strategies.late.*.from.tick', value: 7 }, { path: 'population.vision', value: 4 }], catalogue);
    expect(v.strategies.late.every((a) => 'tick' in a.from && a.from.tick === 7)).toBe(true);
    expect(v.population.vision).toBe(4);
    expect(v.strategies.early[0].from).toEqual({ tick: 1 });
    expect(v.elite.exclusionary).toBe(0.8);
  });
  it('reports a value out of range as a scenario error naming the field and the point', () => {
    try {
      scenarioVariant(text, 'fs.yaml', [{ path: 'elite.exclusionary', value: 2 }], catalogue);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ScenarioError);
      expect((err as Error).message).toMatch(/fs\.yaml \[elite\.exclusionary=2\].*elite\.exclusionary/);
    }
  });
});

describe('parameterRange', () => {
  it('reads documented bounds and integer types from the schema', () => {
    expect(parameterRange('elite.exclusionary')).toMatchObject({ lower: 0, upper: 1, integer: false });
    expect(parameterRange('groups.*.hardship')).toMatchObject({ lower: 0, upper: 1 });
    expect(parameterRange('horizon', true).integer).toBe(true);
  });
  it('asks for a range where the schema has none worth sampling, and rejects non-numbers', () => {
    expect(() => parameterRange('strategies.early.*.from.tick')).toThrow(/write the range you mean/);
    expect(() => parameterRange('population.neighbourhood')).toThrow(/not a number/);
    expect(() => parameterRange('population.visoin')).toThrow(/no such parameter/);
  });
});
