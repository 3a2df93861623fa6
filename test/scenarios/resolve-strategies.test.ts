import { describe, expect, it } from 'vitest';
import { resolveStrategies, type StrategyDef } from '../../scenarios/resolve-strategies.js';

type App = { instrument: string; tag?: string };
const app = (instrument: string, tag?: string): App => (tag ? { instrument, tag } : { instrument });
const names = (list: App[] | undefined) => list?.map((a) => a.tag ?? a.instrument);

describe('resolveStrategies', () => {
  it('flattens extends: the parent (minus drops) first, then the additions, recursively', () => {
    const strategies: Record<string, StrategyDef<App>> = {
      child: { extends: 'base', add: [app('sanctions')], drop: ['mediation'] },
      base: [app('mediation'), app('dialogue'), app('mediation', 'mediation-2')],
      grandchild: { extends: 'child', add: [app('peacekeeping')], drop: [] },
    };
    const { resolved, problems } = resolveStrategies(strategies);
    expect(problems).toEqual([]);
    expect(names(resolved.base)).toEqual(['mediation', 'dialogue', 'mediation-2']);
    expect(names(resolved.child)).toEqual(['dialogue', 'sanctions']);
    expect(names(resolved.grandchild)).toEqual(['dialogue', 'sanctions', 'peacekeeping']);
    expect(Object.keys(resolved)).toEqual(['child', 'base', 'grandchild', 'none']);
  });

  it('adds none: [] when it is not declared, and lets strategies extend it', () => {
    const { resolved, problems } = resolveStrategies<App>({ only: { extends: 'none', add: [app('mediation')], drop: [] } });
    expect(problems).toEqual([]);
    expect(resolved).toEqual({ only: [app('mediation')], none: [] });
  });

  it('keeps a declared none', () => {
    expect(resolveStrategies<App>({ none: [app('mediation')] }).resolved).toEqual({ none: [app('mediation')] });
  });

  it('does not share arrays between strategies', () => {
    const { resolved } = resolveStrategies<App>({ a: [app('x')], b: { extends: 'a', add: [], drop: [] } });
    expect(resolved.a).not.toBe(resolved.b);
  });

  it('reports an unknown parent with a suggestion', () => {
    const { resolved, problems } = resolveStrategies<App>({ early: [], late: { extends: 'eraly', add: [], drop: [] } });
    expect(problems).toEqual([{ path: ['strategies', 'late', 'extends'], message: 'unknown strategy "eraly" to extend (did you mean "early"?); strategies are: early, late, none' }]);
    expect(resolved.late).toBeUndefined();
  });

  it('reports each cycle once, at the extends that closes it, and fails what depends on it silently', () => {
    const { problems } = resolveStrategies<App>({
      a: { extends: 'b', add: [], drop: [] },
      b: { extends: 'c', add: [], drop: [] },
      c: { extends: 'a', add: [], drop: [] },
      d: { extends: 'a', add: [], drop: [] },
      self: { extends: 'self', add: [], drop: [] },
    });
    expect(problems).toEqual([
      { path: ['strategies', 'c', 'extends'], message: 'strategies extend each other in a cycle: a -> b -> c -> a' },
      { path: ['strategies', 'self', 'extends'], message: 'strategies extend each other in a cycle: self -> self' },
    ]);
  });

  it('reports a drop of an instrument the parent does not apply', () => {
    const { problems } = resolveStrategies<App>({ a: [app('mediation')], b: { extends: 'a', add: [], drop: ['mediaton', 'sanctions'] } });
    expect(problems).toEqual([
      { path: ['strategies', 'b', 'drop', 0], message: 'cannot drop "mediaton": strategy "a" does not apply it (did you mean "mediation"?); it applies: mediation' },
      { path: ['strategies', 'b', 'drop', 1], message: 'cannot drop "sanctions": strategy "a" does not apply it; it applies: mediation' },
    ]);
  });
});
