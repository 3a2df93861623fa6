/**
 * Strategies in a scenario file are either a list of applications or a variation of another
 * strategy: `{ extends: NAME, add: [...], drop: [instrument ids] }`. This flattens every
 * strategy into a plain list: the parent's applications (resolved recursively) minus those of
 * a dropped instrument, then the added ones. Pure.
 *
 * Unknown parents, cycles in `extends` (reported once, as `a -> b -> a`, at the `extends` that
 * closes the cycle) and drops of an instrument the parent does not apply are problems.
 *
 * A strategy named `none` (no outside action) is added as `none: []` when the file does not
 * declare one, since baselines and `firebreak run` default to it.
 */
import { didYouMeanAside } from './suggest.js';

export type StrategyDef<A> = readonly A[] | { readonly extends: string; readonly add: readonly A[]; readonly drop: readonly string[] };

export interface StrategyProblem {
  /** Path of the offending field, as keys and indices, e.g. ['strategies', 'late', 'extends']. */
  path: (string | number)[];
  message: string;
}

/** The name of the strategy added when a scenario declares none of that name. */
export const BASELINE_STRATEGY = 'none';

export function resolveStrategies<A extends { instrument: string }>(
  strategies: Readonly<Record<string, StrategyDef<A>>>,
): { resolved: Record<string, A[]>; problems: StrategyProblem[] } {
  const names = Object.keys(strategies);
  const done = new Map<string, A[] | null>();
  const visiting: string[] = [];
  const problems: StrategyProblem[] = [];

  const visit = (name: string): A[] | null => {
    if (done.has(name)) return done.get(name) ?? null;
    const def = strategies[name];
    if (isList(def)) {
      done.set(name, [...def]);
      return done.get(name) ?? null;
    }
    const parent = def.extends;
    let result: A[] | null = null;
    visiting.push(name);
    if (parent === BASELINE_STRATEGY && !Object.hasOwn(strategies, parent)) {
      result = [...def.add]; // the implicit `none: []`
    } else if (!Object.hasOwn(strategies, parent)) {
      problems.push({
        path: ['strategies', name, 'extends'],
        message: `unknown strategy "${parent}" to extend${didYouMeanAside(parent, [...names, BASELINE_STRATEGY])}; strategies are: ${[...new Set([...names, BASELINE_STRATEGY])].join(', ')}`,
      });
    } else if (visiting.includes(parent)) {
      const cycle = [...visiting.slice(visiting.indexOf(parent)), parent];
      problems.push({ path: ['strategies', name, 'extends'], message: `strategies extend each other in a cycle: ${cycle.join(' -> ')}` });
    } else {
      const base = visit(parent);
      if (base !== null) {
        // An application whose instrument could not be read ('', reported where it stands) may
        // be the one dropped: no second, misleading problem about it.
        const unreadable = base.some((a) => a.instrument === '');
        def.drop.forEach((id, j) => {
          if (!unreadable && !base.some((a) => a.instrument === id)) {
            const applied = [...new Set(base.map((a) => a.instrument))];
            problems.push({
              path: ['strategies', name, 'drop', j],
              message: `cannot drop "${id}": strategy "${parent}" does not apply it${didYouMeanAside(id, applied)}; it applies: ${applied.join(', ') || '(nothing)'}`,
            });
          }
        });
        result = [...base.filter((a) => !def.drop.includes(a.instrument)), ...def.add];
      }
    }
    visiting.pop();
    done.set(name, result);
    return result;
  };

  // No prototype: a name looked up with `in` or `[]` (`--strategy constructor`, `toString`)
  // must find only the strategies declared, not Object's members.
  const resolved: Record<string, A[]> = Object.create(null);
  for (const name of names) {
    const apps = visit(name);
    if (apps !== null) resolved[name] = apps;
  }
  if (!Object.hasOwn(strategies, BASELINE_STRATEGY)) resolved[BASELINE_STRATEGY] = [];
  return { resolved, problems };
}

function isList<A>(def: StrategyDef<A>): def is readonly A[] {
  return Array.isArray(def);
}
