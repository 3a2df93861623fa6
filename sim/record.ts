/**
 * Writes one tick into the run's series and keeps the running tallies the outcome needs
 * (totals, first onsets, months in each stage).
 */
import { atWar } from './stages.js';
import { STAGE_INDEX } from './vocabulary.js';
import type { World } from './world.js';

export function recordTick(world: World, jailed: number): void {
  const { series, flow, totals, scenario, rebels, reached } = world;
  const t = series.length;
  if (t >= series.values.stage.length) return;
  const scale = scenario.population.scale;
  totals.civilianDeaths += flow.civilianDeaths;
  totals.battleDeaths += flow.battleDeaths;
  totals.displaced += flow.displaced;

  const stage = STAGE_INDEX[world.stage];
  // Tick 0 is the starting state, not a month lived: the months in the stages add up to the
  // ticks run.
  if (world.tick > 0) reached.monthsInStage[stage]++;
  // The worst stage on the escalation line: post-conflict (a ceasefire or settlement, off that
  // line) is not worse than a crisis, and a ceasefire before any war would otherwise read as a
  // peak past crisis.
  if (world.stage !== 'post-conflict') reached.peakStage = Math.max(reached.peakStage, stage);
  if (world.stage === 'mass-atrocity' && reached.massAtrocity < 0) reached.massAtrocity = world.tick;
  // Armed conflict is recorded whether or not a mass atrocity outranks it in the stage label,
  // and so is its duration: every month from the onset in which the war goes on.
  const war = atWar(world);
  if (reached.armedConflict < 0 && war) reached.armedConflict = world.tick;
  if (reached.armedConflict >= 0 && world.tick > 0 && war) reached.warMonths++;

  let alive = 0;
  let mobilised = 0;
  let hostility = 0;
  let actives = 0;
  let fighters = 0;
  const v = series.values;
  for (let g = 0; g < world.groups; g++) {
    const id = scenario.groups[g].id;
    alive += world.alive[g];
    mobilised += world.actives[g] + world.fighters[g];
    hostility += world.hostilitySum[g];
    actives += world.actives[g];
    fighters += world.fighters[g];
    v[`mobilisation:${id}`][t] = world.mobilisation[g];
    v[`hostility:${id}`][t] = world.alive[g] > 0 ? world.hostilitySum[g] / world.alive[g] : 0;
    v[`legitimacy:${id}`][t] = world.legitimacy[g];
  }
  let attention = 0;
  for (const e of world.external) attention = Math.max(attention, e.attention);
  v.stage[t] = stage;
  v.mobilisation[t] = alive > 0 ? mobilised / alive : 0;
  v.hostility[t] = alive > 0 ? hostility / alive : 0;
  v.actives[t] = actives * scale;
  v.fighters[t] = fighters * scale;
  v.jailed[t] = jailed * scale;
  v['civilian-deaths'][t] = flow.civilianDeaths;
  v['battle-deaths'][t] = flow.battleDeaths;
  v['civilian-deaths-cumulative'][t] = totals.civilianDeaths;
  v['collateral-deaths'][t] = flow.collateral;
  v.displaced[t] = totals.displaced;
  v.stance[t] = world.elite.stance;
  v['rebel-strength'][t] = rebels.strength;
  v.peacekeepers[t] = world.forces.keepers;
  v.attention[t] = attention;
  v.cost[t] = flow.cost;
  series.length = t + 1;
}

