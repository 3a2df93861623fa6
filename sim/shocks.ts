/**
 * Exogenous shocks and trends (MODEL.md section 5): a price collapse raising hardship (seed
 * 002), a refugee inflow, a coup, a patron's entry, and the legitimacy and cop-density changes of
 * Epstein's experiments (a gradual fall of legitimacy against one abrupt drop; walking cops
 * down). Trends change a level by a fixed amount per tick until they reach their end value; a
 * later shock of the same kind (on the same groups, for legitimacy) replaces a trend still running.
 */
import { coup } from './actors/elite.js';
import { record } from './events.js';
import { setCops } from './population/placement.js';
import { CITIZEN_STATE } from './vocabulary.js';
import type { World } from './world.js';

/** Hardship shifts from shocks fade by this share a tick (assumption: a half-life of ~3 years). */
const HARDSHIP_RECOVERY = 0.02;

export function applyShocks(world: World): void {
  const { scenario, tick } = world;
  for (let g = 0; g < world.groups; g++) world.hardshipShift[g] *= 1 - HARDSHIP_RECOVERY;
  for (const s of scenario.shocks) {
    if (s.at !== tick) continue;
    const groups = s.groups ? s.groups.map((id) => scenario.groups.findIndex((g) => g.id === id)) : scenario.groups.map((_, i) => i);
    // A later level or trend of legitimacy (for its groups) or of cops replaces a trend still running.
    if (s.kind === 'legitimacy' || s.kind === 'cops') endTrends(world, s.kind, groups);
    if (s['per-tick'] !== undefined && (s.kind === 'legitimacy' || s.kind === 'cops')) {
      world.trends.push({ kind: s.kind, from: tick, perTick: s['per-tick'], until: s.until ?? (s['per-tick'] < 0 ? 0 : 1), groups });
      record(world.events, tick, 'shock', `${s.kind} trend ${s['per-tick']} a tick`);
      continue;
    }
    switch (s.kind) {
      case 'price-collapse':
        for (const g of groups) world.hardshipShift[g] += s.value ?? 0.2;
        break;
      case 'refugee-inflow':
        for (const g of groups) world.hardshipShift[g] += (s.value ?? 0.2) / 2;
        raiseHostility(world, groups, 0.1);
        break;
      case 'coup':
        coup(world, s.exclusionary);
        break;
      case 'legitimacy':
        for (const g of groups) {
          world.legitimacy[g] = s.value ?? world.legitimacy[g];
          world.legitimacy0[g] = world.legitimacy[g];
        }
        break;
      case 'cops':
        // The parser requires a value; a shock built in code without one must not remove every cop.
        if (s.value !== undefined) setCops(world, Math.round(s.value * world.cells), world.rng.events);
        break;
      case 'patron-entry':
        for (const e of world.external) if (e.id === s.by) e.active = true;
        break;
    }
    record(world.events, tick, 'shock', `${s.kind}${s.value !== undefined ? ` ${s.value}` : ''}`);
  }
  let ended = false;
  for (const t of world.trends) ended = applyTrend(world, t) || ended;
  if (ended) world.trends = world.trends.filter((t) => t.groups.length > 0);
}

/**
 * Moves a trend's level one step toward its end value; a level already there (or past it, in the
 * trend's direction) stays. True when the trend is over for all its groups, which it then leaves
 * (a finished trend clamped every tick: a later jump of legitimacy was pulled back to the trend's
 * end, and a falling trend whose end lay above the level raised it there at once).
 */
function applyTrend(world: World, t: World['trends'][number]): boolean {
  const reached = (v: number) => (t.perTick < 0 ? v <= t.until : v >= t.until);
  const next = (v: number) => (t.perTick < 0 ? Math.max(t.until, v + t.perTick) : Math.min(t.until, v + t.perTick));
  if (t.kind === 'legitimacy') {
    for (let k = t.groups.length - 1; k >= 0; k--) {
      const g = t.groups[k];
      if (reached(world.legitimacy[g])) {
        t.groups.splice(k, 1);
        continue;
      }
      world.legitimacy[g] = next(world.legitimacy[g]);
      world.legitimacy0[g] = world.legitimacy[g];
    }
  } else {
    // Judged in agents: a density the grid cannot hold exactly (until x sites not whole) is reached at its nearest count.
    const cops = world.forces.cops;
    const end = Math.round(t.until * world.cells);
    if (t.perTick < 0 ? cops <= end : cops >= end) t.groups.length = 0;
    else setCops(world, Math.round(next(cops / world.cells) * world.cells), world.rng.events);
  }
  return t.groups.length === 0;
}

/** Ends the running trends of `kind` (for legitimacy, for `groups` only). */
function endTrends(world: World, kind: 'legitimacy' | 'cops', groups: readonly number[]): void {
  let ended = false;
  for (const t of world.trends) {
    if (t.kind !== kind) continue;
    if (kind === 'cops') t.groups.length = 0;
    else for (const g of groups) if (t.groups.includes(g)) t.groups.splice(t.groups.indexOf(g), 1);
    ended ||= t.groups.length === 0;
  }
  if (ended) world.trends = world.trends.filter((t) => t.groups.length > 0);
}

function raiseHostility(world: World, groups: number[], amount: number): void {
  const { pop } = world;
  for (let i = 0; i < pop.n; i++) {
    if (pop.state[i] === CITIZEN_STATE.dead || !groups.includes(pop.group[i])) continue;
    pop.hostility[i] = Math.min(1, pop.hostility[i] + amount * (1 - pop.hostility[i]));
  }
}
