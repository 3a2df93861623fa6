/**
 * The pure scenario parser, against a small fake catalogue (so these tests do not move when
 * instruments are added): valid files come back with defaults filled in and strategies
 * flattened; every kind of bad input gives a ScenarioError naming the file, line, column and
 * field, with every problem of the file at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type InstrumentCatalogue } from '../../scenarios/parse.js';
import { ScenarioError, type ScenarioProblem } from '../../scenarios/scenario-error.js';

const DELIVERERS: Record<string, readonly string[]> = {
  mediation: ['universal', 'regional', 'major-power', 'neighbour', 'civil-society'],
  peacekeeping: ['universal', 'regional'],
  'track-two-dialogue': ['civil-society', 'universal'],
  'targeted-sanctions': ['universal', 'regional', 'major-power'],
};
const catalogue: InstrumentCatalogue = { instrumentIds: Object.keys(DELIVERERS), deliverersOf: (id) => DELIVERERS[id] };

function parse(text: string, file = 'test.yaml') {
  return parseScenario(text, file, catalogue);
}

/** The ScenarioError that parsing `text` throws (fails the test if it does not throw one). */
function problemsOf(text: string, file = 'test.yaml'): ScenarioError {
  try {
    parse(text, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioError);
    return err as ScenarioError;
  }
  throw new Error('expected a ScenarioError');
}

function fixture(name: string): ScenarioError {
  const file = `test/fixtures/bad/${name}`;
  return problemsOf(readFileSync(file, 'utf8'), file);
}

type Expected = { line: number; column?: number; path: string; message: RegExp };

function expectProblem(err: ScenarioError, e: Expected): ScenarioProblem {
  const p = err.problems.find((q) => q.path === e.path && e.message.test(q.message));
  expect(p, `no problem at ${e.path} matching ${e.message} in:\n${err.message}`).toBeDefined();
  expect(p!.line, err.message).toBe(e.line);
  if (e.column !== undefined) expect(p!.column, err.message).toBe(e.column);
  return p!;
}

const MINIMAL = `
name: Minimal
groups:
  - { id: people, share: 1 }
`;

describe('parseScenario: valid files', () => {
  it('fills in every default of a minimal scenario and adds the none strategy', () => {
    const s = parse(MINIMAL);
    expect(s.name).toBe('Minimal');
    expect(s.description).toBe('');
    expect(s.tick).toBe('month');
    expect(s.horizon).toBe(120);
    expect(s.population).toMatchObject({ grid: 40, density: 0.7, vision: 7, neighbourhood: 'von-neumann', 'max-jail': 30, movement: true });
    expect(s.hostility.contagion).toBe(0.05);
    expect(s.groups).toEqual([{ id: 'people', share: 1, hardship: 0.5, 'hardship-spread': 1, legitimacy: 0.8, hostility: 0.1, enclaves: 0 }]);
    expect(s.elite).toMatchObject({ enabled: true, discrimination: {}, stance: 'hold' });
    expect(s.rebels['max-organisations']).toBe(8);
    expect(s.external).toEqual([]);
    expect(s.shocks).toEqual([]);
    expect(s.stages['battle-deaths']).toBe(25);
    expect(s.strategies).toEqual({ none: [] });
  });

  it('fills in application defaults and flattens strategies that extend others', () => {
    const s = parse(`
name: Strategies
groups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]
external:
  - { id: un, kind: universal }
  - { id: ngo, kind: civil-society }
strategies:
  early:
    - { instrument: mediation, by: un }
    - { instrument: peacekeeping, by: un, from: { stage: crisis }, for: 24 }
  early-talk:
    extends: early
    drop: [peacekeeping]
    add:
      - { instrument: track-two-dialogue, by: [ngo, un], from: { indicator: "hostility:a:b", above: 0.4 }, until: { tick: 60 } }
  more: { extends: early-talk, add: [{ instrument: targeted-sanctions, by: un, intensity: 0.5 }] }
`);
    expect(Object.keys(s.strategies)).toEqual(['early', 'early-talk', 'more', 'none']);
    expect(s.strategies.early[0]).toEqual({ instrument: 'mediation', by: 'un', from: { tick: 0 }, delay: 0, intensity: 1, repeat: 0 });
    expect(s.strategies['early-talk'].map((a) => a.instrument)).toEqual(['mediation', 'track-two-dialogue']);
    expect(s.strategies['early-talk'][1]).toMatchObject({ from: { indicator: 'hostility:a:b', above: 0.4 }, until: { tick: 60 } });
    expect(s.strategies.more.map((a) => a.instrument)).toEqual(['mediation', 'track-two-dialogue', 'targeted-sanctions']);
    expect(s.strategies.none).toEqual([]);
  });

  it('keeps a none strategy the file declares', () => {
    const s = parse(`${MINIMAL}external: [{ id: un, kind: universal }]\nstrategies:\n  none: [{ instrument: mediation, by: un }]\n`);
    expect(s.strategies.none.map((a) => a.instrument)).toEqual(['mediation']);
    expect(Object.keys(s.strategies)).toEqual(['none']);
  });

  it('accepts the $schema line, comments, anchors and "inf"', () => {
    const s = parse(`# yaml-language-server: $schema=./scenario.schema.json
$schema: ./scenario.schema.json
name: Anchors
population: { max-jail: inf }
groups:
  - &g { id: a, share: 0.5, hardship: 0.7 }
  - { <<: *g, id: b }
`);
    expect(s.population['max-jail']).toBe('inf');
    expect(s.groups.map((g) => [g.id, g.hardship])).toEqual([
      ['a', 0.7],
      ['b', 0.7],
    ]);
  });
});

describe('parseScenario: bad files name the file, line, column and field', () => {
  const cases: [fixture: string, expected: Expected[]][] = [
    ['yaml-syntax.yaml', [{ line: 2, path: '', message: /^YAML syntax error: .*end with a \]/ }]],
    ['wrong-type.yaml', [{ line: 2, column: 10, path: 'horizon', message: /^expected a whole number from 1 to 100000, got "soon"$/ }]],
    ['missing-field.yaml', [{ line: 1, column: 1, path: 'groups', message: /^missing required field "groups": expected a list of 1 to 8 items$/ }]],
    ['unknown-field.yaml', [{ line: 2, column: 1, path: 'horizn', message: /^unknown field "horizn"; did you mean "horizon"\?$/ }]],
    [
      'out-of-range.yaml',
      [
        { line: 2, column: 24, path: 'population.density', message: /^expected a number from 0.01 to 0.95, got -0.3$/ },
        { line: 2, column: 36, path: 'population.grid', message: /^expected a whole number from 5 to 1000, got 100000$/ },
        { line: 3, column: 10, path: 'horizon', message: /^expected a whole number from 1 to 100000, got 1000000000$/ },
      ],
    ],
    ['too-large.yaml', [{ line: 2, column: 10, path: 'horizon', message: /^too large to run: a 1000 x 1000 grid over 100000 ticks is 100,000,000,000 site-ticks .* limit of 2,000,000,000/ }]],
    ['too-few-citizens.yaml', [{ line: 5, column: 21, path: 'groups[1].share', message: /^group "b" would start with about 1 citizen \(.* at least 2/ }]],
    ['unknown-parent.yaml', [{ line: 9, column: 20, path: 'strategies.late.extends', message: /^unknown strategy "eraly" to extend \(did you mean "early"\?\); strategies are: early, late, none$/ }]],
    ['extends-cycle.yaml', [{ line: 7, column: 17, path: 'strategies.b.extends', message: /^strategies extend each other in a cycle: a -> b -> a$/ }]],
    ['unknown-instrument.yaml', [{ line: 10, column: 21, path: 'strategies.early[0].instrument', message: /^unknown instrument "mediaton"; did you mean "mediation"\?$/ }]],
    ['unknown-deliverer.yaml', [{ line: 9, column: 36, path: 'strategies.early[0].by', message: /^unknown deliverer "nato"; external powers are: un$/ }]],
    [
      'wrong-kind-deliverer.yaml',
      [{ line: 10, column: 41, path: 'strategies.early[0].by[1]', message: /^"kin" \(kind: patron\) cannot deliver mediation: patrons deliver no instrument \(they back armed groups\); kinds that may deliver it: universal, regional, major-power, neighbour, civil-society \(in this scenario: un\)$/ }],
    ],
    ['unknown-indicator.yaml', [{ line: 9, column: 59, path: 'strategies.early[0].from.indicator', message: /^unknown indicator "mobilization" \(did you mean "mobilisation"\?\); expected one of: mobilisation, / }]],
    [
      'indicator-threshold.yaml',
      [
        { line: 8, column: 46, path: 'strategies.early[0].from', message: /needs a threshold: give `above: X` or `below: X`/ },
        { line: 9, column: 46, path: 'strategies.early[1].from', message: /never above 0\.5 and below 0\.1 at once: the trigger would never hold/ },
        { line: 9, column: 59, path: 'strategies.early[1].from.indicator', message: /^unknown group "b" in indicator "mobilisation:b"; groups are: a$/ },
      ],
    ],
    [
      'unknown-group.yaml',
      [
        { line: 6, column: 15, path: 'elite.represents', message: /^unknown group "minorty" \(did you mean "minority"\?\); groups are: majority, minority$/ },
        { line: 7, column: 36, path: 'elite.discrimination.others', message: /^unknown group "others"; groups are: majority, minority$/ },
        { line: 9, column: 37, path: 'external[0].backs', message: /^unknown group "minoriti" \(did you mean "minority"\?\)/ },
      ],
    ],
    ['shares-sum.yaml', [{ line: 2, column: 1, path: 'groups', message: /^group shares must add up to 1 \(within 0.005\), they add up to 1.2 \(a 0.7 \+ b 0.5\)$/ }]],
    [
      'duplicate-ids.yaml',
      [
        { line: 4, column: 11, path: 'groups[1].id', message: /^group id "a" is already used by groups\[0\]$/ },
        { line: 7, column: 11, path: 'external[1].id', message: /^external power id "un" is already used by external\[0\]$/ },
      ],
    ],
  ];

  for (const [name, expected] of cases) {
    it(name, () => {
      const err = fixture(name);
      expect(err.problems).toHaveLength(expected.length);
      for (const e of expected) {
        const p = expectProblem(err, e);
        expect(p.file).toBe(`test/fixtures/bad/${name}`);
      }
      // The message lists every problem as file:line:column: path: message.
      const lines = err.message.split('\n');
      expect(lines).toHaveLength(expected.length);
      for (const line of lines) expect(line).toMatch(new RegExp(`^test/fixtures/bad/${name.replace('.', '\\.')}:\\d+:\\d+: `));
    });
  }

  it('reports every problem of a file at once, schema and cross-checks together, in line order', () => {
    const err = fixture('many-problems.yaml');
    expect(err.message.split('\n')).toEqual([
      'test/fixtures/bad/many-problems.yaml:5:3: population.densty: unknown field "densty"; did you mean "density"?',
      'test/fixtures/bad/many-problems.yaml:6:1: groups: group shares must add up to 1 (within 0.005), they add up to 1.2 (a 0.6 + b 0.6)',
      'test/fixtures/bad/many-problems.yaml:7:36: groups[0].hardship: expected a number from 0 to 1, got 1.5',
      'test/fixtures/bad/many-problems.yaml:13:21: strategies.early[0].instrument: unknown instrument "mediaton"; did you mean "mediation"?',
      'test/fixtures/bad/many-problems.yaml:14:36: strategies.early[1].by: unknown deliverer "nato"; external powers are: un',
    ]);
  });
});

describe('parseScenario: more bad input', () => {
  const one = (text: string) => {
    const err = problemsOf(text);
    expect(err.problems, err.message).toHaveLength(1);
    return err.problems[0];
  };
  const withStrategy = (yaml: string) => `name: S\ngroups: [{ id: a, share: 1 }]\nexternal: [{ id: un, kind: universal }]\nstrategies:\n${yaml}`;

  it('a file that is not a mapping, or is empty', () => {
    expect(one('- a\n- b\n')).toMatchObject({ line: 1, column: 1, path: '', message: expect.stringMatching(/expected a scenario: a mapping .* got a list/) });
    expect(one('# only a comment\n').message).toMatch(/got an empty file/);
  });

  it('YAML errors: a key given twice, several documents', () => {
    expect(one('name: a\nname: b\ngroups: [{ id: a, share: 1 }]\n')).toMatchObject({ line: 2, column: 1, message: 'YAML syntax error: field "name" is given twice in the same mapping' });
    expect(one('name: a\n---\nname: b\n').message).toMatch(/one YAML document/);
    expect(one('name: x\ngroups:\n  - *nope\n')).toMatchObject({ line: 3, column: 5, message: 'YAML error: Unresolved alias (the anchor must be set before the alias): nope' });
  });

  it('YAML syntax errors: the first one, with a count of the rest', () => {
    expect(one('name: [x\ngroups: ]\nfoo: }\n')).toMatchObject({ line: 2, column: 1, path: '', message: expect.stringMatching(/^YAML syntax error: .* \(\d+ more YAML errors follow, perhaps from this one\)$/) });
  });

  it('a nested required field points at its mapping', () => {
    expect(one('name: x\ngroups:\n  - share: 1\n')).toMatchObject({ line: 3, column: 5, path: 'groups[0].id', message: 'missing required field "id": expected an identifier (lower-case letters, digits and hyphens, starting with a letter)' });
  });

  it('wrong types say what was expected and what was found', () => {
    expect(one(`${MINIMAL}population: { movement: sometimes }\n`)).toMatchObject({ path: 'population.movement', message: 'expected true or false, got "sometimes"' });
    expect(one(`${MINIMAL}elite: 3\n`)).toMatchObject({ path: 'elite', message: 'expected a mapping (field: value), got 3' });
    expect(one(`name: x\ngroups: { id: a }\n`)).toMatchObject({ line: 2, column: 9, path: 'groups', message: 'expected a list of 1 to 8 items, got a mapping' });
    expect(one(`name: x\ngroups: []\n`)).toMatchObject({ path: 'groups', message: 'expected a list of 1 to 8 items, got an empty list' });
    expect(one(`${MINIMAL}horizon: 12.5\n`)).toMatchObject({ path: 'horizon', message: 'expected a whole number from 1 to 100000, got 12.5' });
    expect(one(`${MINIMAL}population: { max-jail: forever }\n`)).toMatchObject({ path: 'population.max-jail', message: 'expected a whole number from 0 to 1000000 or "inf", got "forever"' });
    expect(one(`name: x\ngroups:\n  - { id: a, share: }\n`)).toMatchObject({ path: 'groups[0].share', message: 'expected a number from 0.01 to 1, got an empty value' });
  });

  it('enums and identifiers suggest the likely value', () => {
    expect(one(`${MINIMAL}population: { neighbourhood: moor }\n`).message).toBe('expected one of von-neumann, moore or disc, got "moor"; did you mean "moore"?');
    expect(one('name: x\ngroups: [{ id: Majority, share: 1 }]\n').message).toMatch(/^expected an identifier .*, got "Majority"; did you mean "majority"\?$/);
    expect(one(withStrategy('  Early: []\n'))).toMatchObject({ path: 'strategies.Early', message: expect.stringMatching(/"Early" is not a valid name here.*did you mean "early"\?/) });
  });

  it('unknown fields anywhere, with the allowed fields when nothing is close', () => {
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, frm: { tick: 1 } }]\n'))).toMatchObject({ line: 5, path: 'strategies.e[0].frm', message: 'unknown field "frm"; did you mean "from"?' });
    expect(one(withStrategy('  e: { extends: none, ad: [] }\n'))).toMatchObject({ path: 'strategies.e.ad', message: 'unknown field "ad"; did you mean "add"?' });
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, from: { indicator: stance, abov: 2 } }]\n')).message).toBe('unknown field "abov"; did you mean "above"?');
    expect(one(`${MINIMAL}zzz: 1\n`).message).toMatch(/^unknown field "zzz"; fields allowed here: name, description, tick, horizon, population,/);
  });

  it('triggers: one kind at a time, of the right shape', () => {
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, from: { tick: 1, stage: crisis } }]\n')).message).toBe('a trigger takes one of tick, stage or indicator, got tick and stage together');
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, until: 5 }]\n')).message).toMatch(/^expected a trigger: \{ tick: N \}, \{ stage: NAME \} or \{ indicator: NAME, above: X \} \(or below: X\), got 5$/);
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, from: { stage: war } }]\n'))).toMatchObject({ path: 'strategies.e[0].from.stage', message: expect.stringMatching(/^expected one of stable-peace, .* got "war"/) });
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, from: { tick: -1 } }]\n'))).toMatchObject({ path: 'strategies.e[0].from.tick', message: 'expected a whole number from 0 to 1000000, got -1' });
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un, from: { indicator: "attention:nato", above: 0.5 } }]\n')).message).toMatch(/unknown external power "nato" in indicator "attention:nato"/);
  });

  it('strategies: the shape, drops and deliverers', () => {
    expect(one(withStrategy('  e: 7\n')).message).toBe('expected a list of instrument applications, or { extends: STRATEGY, add: [...], drop: [...] }, got 7');
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un }]\n  f: { extends: e, drop: [peacekeeping] }\n'))).toMatchObject({
      path: 'strategies.f.drop[0]',
      message: 'cannot drop "peacekeeping": strategy "e" does not apply it; it applies: mediation',
    });
    expect(one(withStrategy('  e: [{ instrument: mediation, by: un }]\n  f: { extends: e, drop: [mediaton] }\n')).message).toBe('unknown instrument "mediaton"; did you mean "mediation"?');
    expect(one(withStrategy('  e: [{ instrument: mediation, by: [un, un] }]\n'))).toMatchObject({ path: 'strategies.e[0].by[1]', message: '"un" is listed twice among the deliverers' });
    expect(one(withStrategy('  e: [{ instrument: mediation, by: [Un] }]\n')).message).toMatch(/got "Un"; did you mean "un"\?/);
    expect(one(withStrategy('  e: [{ instrument: bombing, by: un }]\n')).message).toBe('unknown instrument "bombing"; instruments are: mediation, peacekeeping, track-two-dialogue, targeted-sanctions');
    expect(one('name: S\ngroups: [{ id: a, share: 1 }]\nstrategies:\n  e: [{ instrument: mediation, by: un }]\n').message).toBe('unknown deliverer "un"; external powers are: (none: declare them under `external`)');
  });

  it('a self-extending strategy and a longer cycle are each reported once', () => {
    const err = problemsOf(withStrategy('  s: { extends: s }\n  a: { extends: b }\n  b: { extends: c }\n  c: { extends: b }\n'));
    expect(err.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'strategies.s.extends: strategies extend each other in a cycle: s -> s',
      'strategies.c.extends: strategies extend each other in a cycle: b -> c -> b',
    ]);
  });

  it('shocks name outside powers and groups that exist', () => {
    const err = problemsOf(`${MINIMAL}shocks:\n  - { at: 10, kind: patron-entry, by: kin }\n  - { at: 5, kind: price-collapse, groups: [people, pople] }\n`);
    expect(err.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [6, 'shocks[0].by', 'unknown external power "kin"; external powers are: (none: declare them under `external`)'],
      [7, 'shocks[1].groups[1]', 'unknown group "pople" (did you mean "people"?); groups are: people'],
    ]);
  });

  it('a field the schema rejects is not reported again by the cross-checks', () => {
    const err = problemsOf('name: x\ngroups: [{ id: a, share: 1 }]\nelite: { represents: A }\n');
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0].message).toMatch(/^expected an identifier/);
  });

  it('cross-checks do not guess when the ids themselves are broken', () => {
    // groups[0] has no id: "unknown group" would be a guess, so only the missing id is reported.
    const err = problemsOf('name: x\ngroups: [{ share: 0.5 }, { id: b, share: 0.5 }]\nelite: { represents: a }\n');
    expect(err.problems.map((p) => p.path)).toEqual(['groups[0].id']);
  });
});

describe('parseScenario: shocks are checked against what their kind reads', () => {
  const TWO = `name: S\nhorizon: 24\ngroups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]\n`;
  const withShocks = (shocks: string, external = '[{ id: un, kind: universal }, { id: kin, kind: patron, backs: b }]') => `${TWO}external: ${external}\nshocks:\n${shocks}`;
  const problems = (text: string) => problemsOf(text).problems.map((p) => `${p.path}: ${p.message}`);

  it('a value out of its kind\'s range: a legitimacy level, a cop density, a rise in hardship', () => {
    expect(problems(withShocks('  - { at: 2, kind: legitimacy, value: 80 }\n  - { at: 2, kind: cops, value: 3 }\n  - { at: 3, kind: cops, value: -1 }\n  - { at: 2, kind: price-collapse, value: -5 }\n'))).toEqual([
      "shocks[0].value: a legitimacy shock's value is a legitimacy level: expected a number from 0 to 1, got 80",
      "shocks[1].value: a cops shock's value is a cop density: expected a number from 0 to 0.5, got 3",
      "shocks[2].value: a cops shock's value is a cop density: expected a number from 0 to 0.5, got -1",
      "shocks[3].value: a price-collapse shock's value is the rise in hardship: expected a number from 0 to 1, got -5",
    ]);
  });

  it('a level shock needs a value or a trend; a patron-entry needs its patron', () => {
    const err = problemsOf(withShocks('  - { at: 2, kind: cops }\n  - { at: 2, kind: legitimacy }\n  - { at: 2, kind: patron-entry }\n'));
    expect(err.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [6, 'shocks[0].value', 'missing: a cops shock needs `value` (a cop density, 0 to 0.5) for a jump, or `per-tick` for a trend'],
      [7, 'shocks[1].value', 'missing: a legitimacy shock needs `value` (a legitimacy level, 0 to 1) for a jump, or `per-tick` for a trend'],
      [8, 'shocks[2].by', 'missing required field "by": the patron that enters; patrons here: kin'],
    ]);
  });

  it('patron-entry brings in a patron that backs a group, once', () => {
    expect(problems(withShocks('  - { at: 2, kind: patron-entry, by: un }\n'))).toEqual(['shocks[0].by: "un" is of kind universal, not patron: only a patron enters; patrons here: kin']);
    expect(problems(withShocks('  - { at: 2, kind: patron-entry, by: un }\n', '[{ id: un, kind: universal }]'))).toEqual([
      'shocks[0].by: "un" is of kind universal, not patron: only a patron enters; the scenario has no outside power of kind patron that backs a group: declare one under `external`',
    ]);
    expect(problems(withShocks('  - { at: 2, kind: patron-entry, by: kin }\n', '[{ id: kin, kind: patron }]'))).toEqual([
      'shocks[0].by: patron "kin" backs no group, so its entry would change nothing: give it `backs: GROUP` under `external`',
    ]);
    expect(problems(withShocks('  - { at: 2, kind: patron-entry, by: kin }\n  - { at: 9, kind: patron-entry, by: kin }\n'))).toEqual([
      'shocks[1].by: patron "kin" already enters at shocks[0]; a second entry changes nothing',
    ]);
  });

  it('one level set twice at one tick: the later would silently win', () => {
    expect(problems(withShocks([
      '  - { at: 5, kind: legitimacy, value: 0.3 }',
      '  - { at: 5, kind: legitimacy, value: 0.9 }',
      '  - { at: 6, kind: legitimacy, value: 0.3, groups: [a] }',
      '  - { at: 6, kind: legitimacy, per-tick: -0.01, groups: [a, b] }',
      '  - { at: 7, kind: cops, value: 0.1 }',
      '  - { at: 7, kind: cops, per-tick: -0.01 }',
    ].join('\n') + '\n'))).toEqual([
      'shocks[1].at: shocks[0] already sets legitimacy at tick 5; two settings of one level at one tick would leave only the later: keep one, or move one to another tick',
      'shocks[3].at: shocks[2] already sets legitimacy of a at tick 6; two settings of one level at one tick would leave only the later: keep one, or move one to another tick',
      'shocks[5].at: shocks[4] already sets cops at tick 7; two settings of one level at one tick would leave only the later: keep one, or move one to another tick',
    ]);
    // Different groups, different ticks, and shocks that add up (two price collapses) are fine.
    expect(parse(withShocks([
      '  - { at: 5, kind: legitimacy, value: 0.3, groups: [a] }',
      '  - { at: 5, kind: legitimacy, value: 0.9, groups: [b] }',
      '  - { at: 6, kind: legitimacy, value: 0.5 }',
      '  - { at: 5, kind: price-collapse, value: 0.1 }',
      '  - { at: 5, kind: price-collapse, value: 0.2 }',
    ].join('\n') + '\n')).shocks).toHaveLength(5);
  });

  it('one broken field gives one problem, not a second one that reads "undefined"', () => {
    // An outside power without a kind: the patron-entry naming it says nothing more.
    expect(problems(withShocks('  - { at: 2, kind: patron-entry, by: kin }\n', '[{ id: kin, backs: b }]'))).toEqual([
      'external[0].kind: missing required field "kind": expected one of universal, regional, major-power, neighbour, civil-society or patron',
    ]);
    // A strategy application without its instrument: a strategy dropping an instrument from it
    // is not told that the parent "applies: ..., undefined".
    const text = `${TWO}external: [{ id: un, kind: universal }]\nstrategies:\n  base:\n    - { instrument: mediation, by: un }\n    - { by: un }\n  less: { extends: base, drop: [peacekeeping] }\n`;
    const list = problems(text);
    expect(list, list.join("\n")).toHaveLength(1);
    expect(list[0]).toMatch(/^strategies\.base\[1\]\.instrument: missing required field "instrument"/);
  });

  it('a shock after the horizon, or at tick 0, never happens', () => {
    const err = problemsOf(withShocks('  - { at: 9999, kind: coup }\n  - { at: 0, kind: coup }\n'));
    expect(err.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [6, 'shocks[0].at', 'a shock at tick 9999 never happens: the run ends at tick 24 (horizon), so shocks happen at ticks 1 to 24'],
      [7, 'shocks[1].at', 'expected a whole number from 1 to 1000000, got 0'],
    ]);
    expect(parse(withShocks('  - { at: 24, kind: coup }\n')).shocks[0].at).toBe(24);
  });

  it('fields a kind does not read are refused rather than ignored; trends are checked', () => {
    expect(problems(withShocks('  - { at: 2, kind: coup, value: 0.5, groups: [a] }\n  - { at: 2, kind: cops, value: 0.1, groups: [a] }\n  - { at: 2, kind: price-collapse, by: kin }\n'))).toEqual([
      'shocks[0].value: "value" does nothing in a coup shock, which reads only exclusionary',
      'shocks[0].groups: "groups" does nothing in a coup shock, which reads only exclusionary',
      'shocks[1].groups: "groups" does nothing in a cops shock, which reads only value, per-tick, until',
      'shocks[2].by: "by" does nothing in a price-collapse shock, which reads only value, groups',
    ]);
    expect(problems(withShocks('  - { at: 2, kind: legitimacy, value: 0.5, per-tick: -0.01 }\n  - { at: 3, kind: legitimacy, value: 0.5, until: 0.2 }\n  - { at: 4, kind: legitimacy, per-tick: 0 }\n  - { at: 2, kind: cops, per-tick: 0.01 }\n  - { at: 3, kind: cops, per-tick: -0.01, until: 0.7 }\n'))).toEqual([
      'shocks[0].value: give `value` for a jump or `per-tick` for a trend, not both',
      'shocks[1].until: `until` ends a trend: give `per-tick` as well, or leave `until` out',
      'shocks[2].per-tick: a trend of 0 a tick never moves: give a rise (above 0) or a fall (below 0)',
      'shocks[3].until: missing: a rising cops trend needs `until` (at most 0.5), or it would climb to 1',
      "shocks[4].until: a cops trend's until is a cop density: expected a number from 0 to 0.5, got 0.7",
    ]);
  });

  it('accepts every kind used as the engine reads it', () => {
    const s = parse(
      withShocks(
        '  - { at: 2, kind: price-collapse }\n  - { at: 3, kind: refugee-inflow, value: 0.3, groups: [a] }\n  - { at: 4, kind: coup, exclusionary: 0.9 }\n' +
          '  - { at: 5, kind: legitimacy, value: 0.4, groups: [b] }\n  - { at: 6, kind: legitimacy, per-tick: -0.01, until: 0.2 }\n  - { at: 7, kind: cops, value: 0 }\n' +
          '  - { at: 8, kind: cops, per-tick: 0.001, until: 0.1 }\n  - { at: 9, kind: patron-entry, by: kin }\n',
      ),
    );
    expect(s.shocks.map((x) => x.kind)).toEqual(['price-collapse', 'refugee-inflow', 'coup', 'legitimacy', 'legitimacy', 'cops', 'cops', 'patron-entry']);
  });
});

describe('parseScenario: every citizen and security agent needs a site', () => {
  it('refuses density + cop-density that cannot be placed, naming both values', () => {
    const err = fixture('crowded-grid.yaml');
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({
      line: 2,
      path: 'population.cop-density',
      message: 'population.density 0.9 and population.cop-density 0.3 do not fit on the grid: 360 citizens and 120 security agents need a site each, and a 20 x 20 grid has 400, so 80 security agents would be dropped; lower one of them',
    });
    // Counted as the engine rounds them: half and half of 25 sites is 13 + 13.
    expect(problemsOf('name: x\npopulation: { grid: 5, density: 0.5, cop-density: 0.5 }\ngroups: [{ id: a, share: 1 }]\n').problems[0].message).toMatch(/13 citizens and 13 security agents need a site each, and a 5 x 5 grid has 25, so 1 security agent would be dropped/);
  });

  it('a full grid is fine', () => {
    expect(parse(`name: x\npopulation: { grid: 20, density: 0.9, cop-density: 0.1 }\ngroups: [{ id: a, share: 1 }]\n`).population['cop-density']).toBe(0.1);
  });
});

describe('parseScenario: every application names its deliverer', () => {
  const problems = (text: string) => problemsOf(text).problems.map((p) => `${p.path}: ${p.message}`);

  it('lists the outside powers that may deliver the instrument', () => {
    const err = fixture('missing-deliverer.yaml');
    expect(err.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [11, 'strategies.early[0].by', 'missing required field "by": the outside power that delivers mediation; here that may be un or eu (an id, or a list of ids for a coalition)'],
    ]);
  });

  it('says so when the scenario has no outside powers, or none of the right kind', () => {
    expect(problems('name: S\ngroups: [{ id: a, share: 1 }]\nstrategies:\n  e: [{ instrument: mediation }]\n')).toEqual([
      'strategies.e[0].by: missing required field "by": the outside power that delivers mediation, but the scenario has no outside powers: declare one under `external`',
    ]);
    expect(problems('name: S\ngroups: [{ id: a, share: 1 }]\nexternal: [{ id: ngo, kind: civil-society }, { id: kin, kind: patron, backs: a }]\nstrategies:\n  e: [{ instrument: peacekeeping }]\n')).toEqual([
      "strategies.e[0].by: missing required field \"by\": the outside power that delivers peacekeeping, but none of the scenario's outside powers (ngo: civil-society, kin: patron) may deliver it; kinds that may: universal, regional",
    ]);
  });

  it('applies to applications added by a strategy that extends another, and to unknown instruments', () => {
    expect(problems('name: S\ngroups: [{ id: a, share: 1 }]\nexternal: [{ id: un, kind: universal }]\nstrategies:\n  e: [{ instrument: mediation, by: un }]\n  f: { extends: e, add: [{ instrument: peacekeeping }, { instrument: bombing }] }\n')).toEqual([
      'strategies.f.add[0].by: missing required field "by": the outside power that delivers peacekeeping; here that may be un (an id, or a list of ids for a coalition)',
      'strategies.f.add[1].by: missing required field "by": the outside power that delivers the instrument; outside powers here: un',
      'strategies.f.add[1].instrument: unknown instrument "bombing"; instruments are: mediation, peacekeeping, track-two-dialogue, targeted-sanctions',
    ]);
  });
});

describe('parseScenario: strategy names and lookups by name', () => {
  it('refuses "all", which `--strategies all` would shadow', () => {
    const err = fixture('strategy-named-all.yaml');
    expect(err.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [5, 'strategies.all', 'a strategy cannot be named "all": `--strategies all` means every strategy of the scenario, so this one could never be chosen on its own; rename it'],
    ]);
  });

  it('refuses names of Object.prototype members, never taking them for something else', () => {
    const err = problemsOf('name: S\ngroups: [{ id: a, share: 1 }]\nstrategies:\n  constructor: []\n  __proto__: []\n  toString: []\n');
    expect(err.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [4, 'strategies.constructor', '"constructor" is a reserved word (every JavaScript object has a member of that name); choose another name'],
      [5, 'strategies.__proto__', '"__proto__" is not a valid name here: expected an identifier (lower-case letters, digits and hyphens, starting with a letter); did you mean "proto"?'],
      [6, 'strategies.toString', '"toString" is not a valid name here: expected an identifier (lower-case letters, digits and hyphens, starting with a letter); did you mean "tostring"?'],
    ]);
    // A group id is looked up in records by name too (elite.discrimination).
    expect(problemsOf('name: S\ngroups: [{ id: constructor, share: 1 }]\n').problems[0]).toMatchObject({ path: 'groups[0].id', message: expect.stringMatching(/^"constructor" is a reserved word/) });
    // An unknown field named like a member of every object is just unknown.
    expect(problemsOf(`${MINIMAL}population: { constructor: 1 }\n`).problems[0].message).toMatch(/^unknown field "constructor"/);
  });

  it('the strategies come back without a prototype: only declared names are found', () => {
    const s = parse(`${MINIMAL}strategies:\n  to-string: []\n`);
    expect(Object.keys(s.strategies)).toEqual(['to-string', 'none']);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(name in s.strategies, name).toBe(false);
      expect(s.strategies[name], name).toBeUndefined();
    }
  });
});

describe('parseScenario: messages', () => {
  const one = (text: string) => {
    const err = problemsOf(text);
    expect(err.problems, err.message).toHaveLength(1);
    return err.problems[0];
  };

  it('a missing enum field reads "missing", not "got nothing"', () => {
    expect(one(`${MINIMAL}external: [{ id: un }]\n`)).toMatchObject({
      path: 'external[0].kind',
      message: 'missing required field "kind": expected one of universal, regional, major-power, neighbour, civil-society or patron',
    });
    expect(one(`${MINIMAL}shocks: [{ kind: coup }]\n`)).toMatchObject({ path: 'shocks[0].at', message: 'missing required field "at": expected a whole number from 1 to 1000000' });
  });

  it('a misspelt share gives one message, not a sum computed from the default', () => {
    const err = problemsOf('name: x\ngroups:\n  - { id: a, shares: 1 }\n  - { id: b, share: 0.5 }\n');
    expect(err.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['groups[0].shares: unknown field "shares"; did you mean "share"?']);
    // Another field's error leaves the share known: the sum is still checked.
    expect(problemsOf('name: x\ngroups:\n  - { id: a, share: 0.7, hardship: 2 }\n  - { id: b, share: 0.5 }\n').problems.map((p) => p.path)).toEqual(['groups', 'groups[0].hardship']);
  });

  it('an empty list key says how to write none', () => {
    const err = problemsOf(`${MINIMAL}external:\nshocks:\n`);
    expect(err.problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [5, 1, 'external', '`external:` is empty: write `external: []` for none, or remove the line'],
      [6, 1, 'shocks', '`shocks:` is empty: write `shocks: []` for none, or remove the line'],
    ]);
    expect(one('name: x\ngroups:\n')).toMatchObject({ path: 'groups', message: 'expected a list of 1 to 8 items, got an empty value' });
  });

  it('suggests the plural of a field and never a much shorter id', () => {
    expect(one(`${MINIMAL}strategy:\n  none: []\n`).message).toBe('unknown field "strategy"; did you mean "strategies"?');
    expect(one(`${MINIMAL}external: [{ id: pat, kind: patron, backs: people }]\nshocks: [{ at: 2, kind: patron-entry, by: nato }]\n`).message).toBe('unknown external power "nato"; external powers are: pat');
  });

  it('shares within 0.005 of 1 are accepted and divided by their sum', () => {
    const s = parse('name: x\ngroups: [{ id: a, share: 0.333 }, { id: b, share: 0.333 }, { id: c, share: 0.333 }]\n');
    expect(s.groups.map((g) => g.share)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(parse('name: x\ngroups: [{ id: a, share: 0.7 }, { id: b, share: 0.3 }]\n').groups.map((g) => g.share)).toEqual([0.7, 0.3]);
    expect(one('name: x\ngroups: [{ id: a, share: 0.33 }, { id: b, share: 0.33 }, { id: c, share: 0.33 }]\n').message).toBe('group shares must add up to 1 (within 0.005), they add up to 0.99 (a 0.33 + b 0.33 + c 0.33)');
  });
});

describe('purity', () => {
  it('the parser and everything it imports use no Node APIs (it runs in the browser)', () => {
    const files = ['scenarios/parse.ts', 'scenarios/resolve-strategies.ts', 'scenarios/scenario-error.ts', 'scenarios/suggest.ts', 'scenarios/schema.ts', 'scenarios/parameter.ts', 'sim/indicators.ts', 'sim/series.ts', 'sim/vocabulary.ts', 'sim/actors/elite-targets.ts'];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/from ['"](node:|fs|path|os|child_process)/);
      expect(text, f).not.toMatch(/\bprocess\./);
      const relative = [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]);
      for (const r of relative) {
        const target = new URL(r.replace(/\.js$/, '.ts'), new URL(`file:///${f}`)).pathname.slice(1);
        expect(files, `${f} imports ${target}`).toContain(target);
      }
    }
  });
});

describe('parseScenario: an elite that contradicts itself is refused', () => {
  const base = (elite: string, groups = '[{ id: a, share: 0.5 }, { id: b, share: 0.5 }]') => `name: S\nhorizon: 24\ngroups: ${groups}\nelite: ${elite}\nstrategies:\n  none: []\n`;
  const problems = (text: string) => problemsOf(text).problems.map((p) => `${p.path}: ${p.message}`);

  it('discrimination against its own group, and a start at incitement or elimination with nobody to target', () => {
    expect(problems(base('{ represents: a, discrimination: { a: 0.9, b: 0.2 } }'))).toEqual([
      'elite.discrimination.a: the elite represents "a": it does not discriminate against its own group (the engine would ignore it for that group but count it in the stage and the hazard); leave "a" out',
    ]);
    expect(problems(base('{ stance: eliminate }'))).toEqual([
      'elite.stance: an elite with no group to target (no group of its own and none discriminated against) cannot order the killing of anyone: it stops at repression (docs/model.md, Stages); give elite.represents or elite.discrimination, or start at repress',
    ]);
    expect(problems(base('{ represents: a, stance: incite }', '[{ id: a, share: 1 }]'))[0]).toMatch(/^elite\.stance: an elite with no group to target \(no other group and none/);
    // A target makes the same start fine; so does a switched-off elite.
    for (const elite of ['{ represents: a, stance: eliminate }', '{ discrimination: { b: 0.5 }, stance: incite }']) expect(() => parse(base(elite)), elite).not.toThrow();
  });
});

describe('parseScenario: a cops shock', () => {
  it('is refused where its security agents would not fit beside the citizens, as the starting density is', () => {
    const file = (shock: string) => `name: S\nhorizon: 24\npopulation: { grid: 20, density: 0.9 }\ngroups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]\nshocks:\n  - ${shock}\nstrategies:\n  none: []\n`;
    expect(problemsOf(file('{ at: 5, kind: cops, value: 0.5 }')).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'shocks[0].value: cops at 0.5 do not fit on the grid beside the citizens: 360 citizens and 200 security agents need a site each, and a 20 x 20 grid has 400, so 160 security agents would be dropped; give at most 0.1',
    ]);
    expect(problemsOf(file('{ at: 5, kind: cops, per-tick: 0.01, until: 0.3 }')).problems.map((p) => p.path)).toEqual(['shocks[0].until']);
    expect(() => parse(file('{ at: 5, kind: cops, value: 0.1 }'))).not.toThrow();
  });
});

describe('parseScenario: the atrocity window', () => {
  it('is a year in the scenario\'s ticks when the file leaves it out, and as written when it gives one', () => {
    const file = (tick: string, stages = '') => `name: W\ntick: ${tick}\nhorizon: 104\ngroups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]\n${stages}strategies:\n  none: []\n`;
    expect(parse(file('week')).stages['atrocity-window']).toBe(52);
    expect(parse(file('month')).stages['atrocity-window']).toBe(12);
    expect(parse(file('week', 'stages: { atrocity-window: 20 }\n')).stages['atrocity-window']).toBe(20);
  });
});

describe('parseScenario: with the elite switched off', () => {
  it('refuses what acts only through the elite or armed organisations, and keeps what acts on the grid and the population', async () => {
    const { catalogue: real } = await import('../../scenarios/catalogue.js');
    const text = [
      'name: S', 'horizon: 24', 'groups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]',
      'elite: { enabled: false, exclusionary: 1 }', 'rebels: { formation-ticks: 1 }',
      'external: [{ id: un, kind: universal }, { id: kin, kind: patron, backs: a }]',
      'shocks: [{ at: 2, kind: coup }, { at: 3, kind: patron-entry, by: kin }, { at: 4, kind: legitimacy, value: 0.5 }]',
      'strategies:', '  none: []',
      '  s: [{ instrument: mediation, by: un }, { instrument: arms-embargo, by: un }, { instrument: counter-hate-media, by: un }, { instrument: peacekeeping, by: un }, { instrument: aid, by: un }]',
    ].join('\n');
    let err: unknown;
    try {
      parseScenario(text, 'off.yaml', real);
    } catch (e) {
      err = e;
    }
    expect((err as ScenarioError).problems.map((p) => p.path)).toEqual([
      'elite.exclusionary', 'rebels', 'external[1].kind', 'shocks[0].kind', 'shocks[1].kind',
      'strategies.s[0].instrument', 'strategies.s[1].instrument', 'strategies.s[2].instrument',
    ]);
    expect((err as ScenarioError).problems[5].message).toMatch(/^mediation acts only on the elite or the armed organisations, and the elite is switched off/);
    // Epstein's models as bundled: peacekeepers and legitimacy shocks are fine.
    expect(() => parseScenario(text.replace(/exclusionary: 1 /, '').replace(/rebels: .*\n/, '').replace(/, \{ id: kin[^\]]*/, '').replace(/\{ at: 2, kind: coup \}, \{ at: 3, kind: patron-entry, by: kin \}, /, '').replace(/\{ instrument: mediation.*counter-hate-media, by: un \}, /, ''), 'off.yaml', real)).not.toThrow();
  });
});

describe('parseScenario: outside powers act only as their kind may', () => {
  const S = (external: string, apps = '') => `name: S\nhorizon: 24\ngroups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]\nexternal: ${external}\nstrategies:\n  none: []\n  s: [${apps}]\n`;
  const problems = (text: string) => problemsOf(text).problems.map((p) => `${p.path}: ${p.message}`);

  it("refuses a patron of the elite's own group, where no armed organisation forms", () => {
    const text = S('[{ id: kin, kind: patron, backs: a }]').replace('external:', 'elite: { represents: a }\nexternal:');
    expect(problems(text)).toEqual(['external[0].backs: "a" is the elite\'s own group: armed organisations form only in the other groups, so its patron would back nobody; give another group']);
  });

  it('refuses a reactive patron, and says once why a kind cannot deliver an instrument', () => {
    expect(problems(S('[{ id: kin, kind: patron, backs: a, reactive: true }]'))).toEqual([
      'external[0].reactive: a patron has no reactive policy: patrons deliver no instrument (they back armed groups; a patron-entry shock brings one in); leave reactive out',
    ]);
    expect(problems(S('[{ id: ngo, kind: civil-society }, { id: un, kind: universal }]', '{ instrument: peacekeeping, by: ngo }'))).toEqual([
      'strategies.s[0].by: "ngo" (kind: civil-society) cannot deliver peacekeeping; kinds that may deliver it: universal, regional (in this scenario: un)',
    ]);
  });

  it('a reactive power of a kind that may not keep the peace only mediates', async () => {
    const { reactiveApplications } = await import('../../sim/instruments/schedule.js');
    const external = [{ id: 'ngo', kind: 'civil-society', reactive: true }, { id: 'un', kind: 'universal', reactive: true }, { id: 'kin', kind: 'patron', reactive: true }];
    const apps = reactiveApplications({ external } as never, []);
    expect(apps.map((a) => `${a.instrument} by ${String(a.by)}`)).toEqual(['mediation by ngo', 'mediation by un', 'peacekeeping by un']);
  });
});

describe('parseScenario: an application that could never act is refused', () => {
  const S = `name: S\nhorizon: 24\ngroups: [{ id: a, share: 0.5 }, { id: b, share: 0.5 }]\nexternal: [{ id: un, kind: universal }]\nstrategies:\n  s:\n`;
  const problems = (apps: string) => problemsOf(`${S}${apps}`).problems.map((p) => `${p.path}: ${p.message}`);

  it('a start past the horizon, an end no later than the start, an end that is the start', () => {
    expect(problems([
      '    - { instrument: mediation, from: { tick: 30 }, by: un }',
      '    - { instrument: mediation, from: { tick: 20 }, delay: 5, by: un }',
      '    - { instrument: mediation, from: { tick: 10 }, until: { tick: 5 }, by: un }',
      '    - { instrument: mediation, from: { tick: 10 }, delay: 3, until: { tick: 13 }, by: un }',
      '    - { instrument: mediation, from: { stage: crisis }, until: { stage: crisis }, by: un }',
      '    - { instrument: mediation, delay: 30, by: un }',
      '    - { instrument: mediation, until: { tick: 0 }, by: un }',
    ].join('\n') + '\n')).toEqual([
      'strategies.s[0].from.tick: an application from tick 30 never starts: the run ends at tick 24 (horizon)',
      'strategies.s[1].from.tick: an application from tick 20 with a delay of 5 never starts: the run ends at tick 24 (horizon)',
      'strategies.s[2].until.tick: until tick 5 comes no later than the start (tick 10): the application would end as it starts; give a later tick, or leave until out',
      'strategies.s[3].until.tick: until tick 13 comes no later than the start (tick 13: from tick 10 and a delay of 3): the application would end as it starts; give a later tick, or leave until out',
      'strategies.s[4].until: until is the same trigger as from: it holds when the application starts, which would end it at once; give another condition, or leave until out',
      // No from: the first tick, as the engine runs it (the batch refused these, validate did not).
      'strategies.s[5].delay: an application from tick 0 (no from: the first tick) with a delay of 30 never starts: the run ends at tick 24 (horizon)',
      'strategies.s[6].until.tick: until tick 0 comes no later than the start (tick 0): the application would end as it starts; give a later tick, or leave until out',
    ]);
    // The last tick, and an end after the start, are fine.
    expect(() => parse(`${S}    - { instrument: mediation, from: { tick: 24 }, by: un }\n    - { instrument: mediation, from: { tick: 2 }, until: { tick: 3 }, by: un }\n`)).not.toThrow();
  });

  it('an until that holds whenever from does', () => {
    expect(problems([
      '    - { instrument: mediation, from: { indicator: mobilisation, above: 0.1 }, until: { indicator: mobilisation, above: 0.05 }, by: un }',
      '    - { instrument: mediation, from: { indicator: hostility, above: 0.2, below: 0.4 }, until: { indicator: hostility, below: 0.5 }, by: un }',
    ].join('\n') + '\n')).toEqual([
      'strategies.s[0].until: until holds whenever from does (mobilisation above 0.05 whenever it is above 0.1): the application would end as it starts; give an until that from does not already meet, or leave until out',
      'strategies.s[1].until: until holds whenever from does (hostility below 0.5 whenever it is above 0.2 and below 0.4): the application would end as it starts; give an until that from does not already meet, or leave until out',
    ]);
    // An until the indicator must move to reach, another indicator, or a delay (the indicator
    // may have moved by the start) are fine.
    expect(parse(`${S}${[
      '    - { instrument: mediation, from: { indicator: mobilisation, above: 0.1 }, until: { indicator: mobilisation, below: 0.05 }, by: un }',
      '    - { instrument: mediation, from: { indicator: mobilisation, above: 0.1 }, until: { indicator: mobilisation, above: 0.3 }, by: un }',
      '    - { instrument: mediation, from: { indicator: mobilisation, above: 0.1 }, until: { indicator: hostility, above: 0.05 }, by: un }',
      '    - { instrument: mediation, from: { indicator: mobilisation, above: 0.1 }, delay: 3, until: { indicator: mobilisation, above: 0.05 }, by: un }',
    ].join('\n')}\n`).strategies.s).toHaveLength(4);
  });

  it('a group named twice in an indicator', () => {
    expect(problems('    - { instrument: mediation, from: { indicator: "hostility:a:a", above: 0.5 }, by: un }\n')).toEqual([
      'strategies.s[0].from.indicator: group "a" is named twice in indicator "hostility:a:a"; for one group\'s hostility write hostility:a, for two groups name two',
    ]);
  });

  it('a threshold the indicator can never pass', () => {
    expect(problems([
      '    - { instrument: mediation, from: { indicator: hostility, above: 2 }, by: un }',
      '    - { instrument: mediation, from: { indicator: stance, above: 4 }, by: un }',
      '    - { instrument: mediation, from: { indicator: mobilisation, below: 0 }, by: un }',
      '    - { instrument: mediation, from: { indicator: civilian-deaths, below: -1 }, by: un }',
    ].join('\n') + '\n')).toEqual([
      'strategies.s[0].from.above: hostility (share 0..1) is never above 2: the trigger would never hold; give a threshold under 1',
      'strategies.s[1].from.above: stance (ladder step 0..4) is never above 4: the trigger would never hold; give a threshold under 4',
      'strategies.s[2].from.below: mobilisation (share 0..1) is never below 0: the trigger would never hold; give a threshold over 0',
      'strategies.s[3].from.below: civilian-deaths (people) is never below -1: the trigger would never hold; give a threshold over 0',
    ]);
    expect(() => parse(`${S}    - { instrument: mediation, from: { indicator: stance, above: 3.5 }, by: un }\n    - { instrument: mediation, from: { indicator: civilian-deaths:12, above: 1000 }, by: un }\n`)).not.toThrow();
    // Nor one it always passes: that is a start at the first tick in disguise.
    expect(problems([
      '    - { instrument: mediation, from: { indicator: displaced, above: -5 }, by: un }',
      '    - { instrument: mediation, from: { indicator: stance, below: 5 }, by: un }',
    ].join('\n') + '\n')).toEqual([
      'strategies.s[0].from.above: displaced (people) is always above -5: the trigger would hold from the first tick; give a threshold of 0 or more, or start at a tick: { tick: 0 }',
      'strategies.s[1].from.below: stance (ladder step 0..4) is always below 5: the trigger would hold from the first tick; give a threshold of 4 or less, or start at a tick: { tick: 0 }',
    ]);
    // A band, as docs/parameters.md allows: above one threshold and below the other.
    expect(parse(`${S}    - { instrument: mediation, from: { indicator: mobilisation, above: 0.1, below: 0.5 }, by: un }\n`).strategies.s[0].from).toEqual({ indicator: 'mobilisation', above: 0.1, below: 0.5 });
  });
});
