/** Parsing of --vary and --params specs, and scenario variants made from the file's own text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDistinctFields, parseVariation, resolvePath, scenarioVariant, VariationError } from '../../../analysis/sweep/variation.js';
import { parameterRange, wholeInEngine } from '../../../analysis/sensitivity/parameter-range.js';
import { neighbourhoodOffsets } from '../../../sim/grid.js';
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
      // The line of the user's file (33), not of the re-written variant; the point is named.
      expect((err as Error).message).toBe('fs.yaml:33:17: elite.exclusionary: expected a number from 0 to 1, got 2 (at the point elite.exclusionary=2)');
    }
  });
});

const anchored = `name: Anchored
groups:
  - { id: majority, share: 0.7 }
  - { id: minority, share: 0.3 }
elite: { represents: minority }
external:
  - { id: un, kind: universal }
strategies:
  none: []
  early: &e [{ instrument: mediation, from: { tick: 1 }, by: un }]
  copy: *e
`;

describe('scenarioVariant with YAML aliases', () => {
  it('changes only the strategy the path names, through an alias or at its anchor', () => {
    const viaAlias = scenarioVariant(anchored, 'a.yaml', [{ path: 'strategies.copy.*.from.tick', value: 5 }], catalogue);
    expect(viaAlias.strategies.copy[0].from).toEqual({ tick: 5 });
    expect(viaAlias.strategies.early[0].from).toEqual({ tick: 1 });
    const atAnchor = scenarioVariant(anchored, 'a.yaml', [{ path: 'strategies.early.*.from.tick', value: 9 }], catalogue);
    expect(atAnchor.strategies.early[0].from).toEqual({ tick: 9 });
    expect(atAnchor.strategies.copy[0].from).toEqual({ tick: 1 });
  });
  it('places a bad value behind an alias at the anchor\'s line, where it is written', () => {
    expect(() => scenarioVariant(anchored, 'a.yaml', [{ path: 'strategies.copy.0.intensity', value: -1 }], catalogue))
      .toThrow(/^a\.yaml:10:\d+: strategies\.copy\[0\]\.intensity: .*got -1 \(at the point strategies\.copy\.0\.intensity=-1\)/);
  });
});

describe('paths that reach the same field', () => {
  it('are refused whatever their spelling, with a wildcard that overlaps a named item too', () => {
    for (const [paths, message] of [
      [['groups.0.hardship', 'groups.majority.hardship'], /groups\.0\.hardship and groups\.majority\.hardship both set groups\[0\]\.hardship/],
      [['population.density', 'population.density'], /population\.density is named twice/],
      [['strategies.late.*.from.tick', 'strategies.late.mediation.from.tick'], /both set strategies\.late\[1\]\.from/],
      // A start month and a start stage replace the same trigger.
      [['strategies.late.mediation.from.stage', 'strategies.late.1.from.tick'], /both set strategies\.late\[1\]\.from/],
    ] as const) {
      expect(() => checkDistinctFields(text, paths, '--vary'), paths.join(' ')).toThrow(message);
    }
  });
  it('lets different fields, and an alias beside its anchor, through', () => {
    expect(() => checkDistinctFields(text, ['groups.*.hardship', 'groups.minority.legitimacy', 'strategies.early.*.from.tick', 'strategies.late.*.from.tick'], '--vary')).not.toThrow();
    expect(() => checkDistinctFields(anchored, ['strategies.early.*.from.tick', 'strategies.copy.*.from.tick'], '--vary')).not.toThrow();
  });
  it('are one path when written with spaces around the dots', () => {
    expect(parseVariation('elite . exclusionary=0:1').path).toBe('elite.exclusionary');
  });
});

describe('a STEP that does not divide the range', () => {
  it('stops below TO, as seq() does, and says what it left out', () => {
    const v = parseVariation('strategies.late.*.from.tick=0:48:10');
    expect(v.values).toEqual([0, 10, 20, 30, 40]);
    expect(v.note).toMatch(/STEP 10 does not divide .*stops at 40 and leaves 48 out \(write 0:50:10/);
    expect(parseVariation('x=0:48:12').note).toBeUndefined();
    expect(parseVariation('x=0.1:0.3:0.1').note).toBeUndefined();
  });
});

describe('a strategy built with extends', () => {
  const macedonia = readFileSync('scenarios/macedonia-1992.yaml', 'utf8');
  it('says that its own applications are under add, not "matches nothing" alone', () => {
    const data = parse(macedonia);
    expect(() => resolvePath(data, 'strategies.troops-only.*.from.tick')).toThrow(/"troops-only" is built with extends from "historical".*adds none of its own \(they would be under strategies\.troops-only\.add\)/);
    expect(() => resolvePath(data, 'strategies.troops-only.preventive-deployment.from.tick')).toThrow(/built with extends from "historical": the applications it inherits are historical's/);
    // Its own field is still a path.
    expect(resolvePath(data, 'strategies.troops-only.extends')).toEqual([['strategies', 'troops-only', 'extends']]);
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
  it('suggests the field meant', () => {
    expect(() => parameterRange('elite.exclusionry')).toThrow(/did you mean "exclusionary"\?/);
  });
  it('refuses the documented range of a parameter that sets the size of a run, but not a range the user gives', () => {
    expect(() => parameterRange('population.grid')).toThrow(/population\.grid: sets the size of a run.*40,000-fold.*population\.grid=LO:HI/);
    expect(() => parameterRange('horizon')).toThrow(/sets the size of a run/);
    expect(parameterRange('population.grid', true)).toMatchObject({ integer: true });
  });
});

describe('wholeInEngine', () => {
  it('names vision as a whole number where the neighbourhood counts whole sites, not in the disc', () => {
    expect(wholeInEngine('population.vision', 'von-neumann')).toMatch(/floors the radius/);
    expect(wholeInEngine('population . cop-vision', 'moore')).toMatch(/moore/);
    expect(wholeInEngine('population.vision', 'disc')).toBeNull();
    expect(wholeInEngine('elite.exclusionary', 'von-neumann')).toBeNull();
  });
  it('matches the engine: vision 3.5 is vision 3 in the diamond and the square, not in the disc', () => {
    const size = (shape: 'von-neumann' | 'moore' | 'disc', r: number) => neighbourhoodOffsets(shape, r, 41).size;
    expect(size('von-neumann', 3.5)).toBe(size('von-neumann', 3));
    expect(size('moore', 3.5)).toBe(size('moore', 3));
    expect(size('disc', 3.5)).toBeGreaterThan(size('disc', 3));
  });
});
