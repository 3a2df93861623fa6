/**
 * Exogenous shocks and trends (MODEL.md section 5): a price collapse raising hardship (seed
 * 002), a refugee inflow, a coup, a patron's entry, and the legitimacy and cop-density changes of
 * Epstein's experiments (a gradual fall of legitimacy against one abrupt drop; walking cops
 * down). Trends change a level by a fixed amount per tick until they reach their end value.
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
  for (const t of world.trends) applyTrend(world, t);
}

function applyTrend(world: World, t: World['trends'][number]): void {
  const clamp = (v: number) => (t.perTick < 0 ? Math.max(t.until, v) : Math.min(t.until, v));
  if (t.kind === 'legitimacy') {
    for (const g of t.groups) {
      world.legitimacy[g] = clamp(world.legitimacy[g] + t.perTick);
      world.legitimacy0[g] = world.legitimacy[g];
    }
  } else {
    const density = clamp(world.forces.cops / world.cells + t.perTick);
    setCops(world, Math.round(density * world.cells), world.rng.events);
  }
}

function raiseHostility(world: World, groups: number[], amount: number): void {
  const { pop } = world;
  for (let i = 0; i < pop.n; i++) {
    if (pop.state[i] === CITIZEN_STATE.dead || !groups.includes(pop.group[i])) continue;
    pop.hostility[i] = Math.min(1, pop.hostility[i] + amount * (1 - pop.hostility[i]));
  }
}
