/**
 * Initial placement of citizens and security forces on the grid (MODEL.md section 2).
 * Groups keep their exact shares; `enclaves` controls how clustered each group starts
 * (seed 001: migrant enclaves), from mixed (0) to segregated in bands (1).
 */
import type { Random } from '../rng.js';
import { EMPTY, shuffle, type World } from '../world.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import { placeCop, removeCop } from './counts.js';

export function placePopulation(world: World, random: Random): void {
  const { scenario, cells, side, pop, occupant } = world;
  const citizens = Math.min(Math.round(scenario.population.density * cells), cells);
  const sites = new Int32Array(cells);
  for (let c = 0; c < cells; c++) sites[c] = c;
  shuffle(sites, cells, random);
  // The chosen sites in band order (column, then row) so that sorted labels fill vertical
  // bands: a walk down each column in turn (the order a sort by (column, site) gives).
  const marked = new Uint8Array(cells);
  for (let i = 0; i < citizens; i++) marked[sites[i]] = 1;
  const chosen = new Int32Array(citizens);
  let next = 0;
  for (let x = 0; x < side; x++) {
    for (let c = x; c < cells; c += side) if (marked[c] === 1) chosen[next++] = c;
  }

  const labels = groupLabels(scenario.groups.map((g) => g.share), citizens);
  const enclaves = scenario.groups.map((g) => g.enclaves);
  for (let i = 0; i < citizens; i++) {
    if (random() >= enclaves[labels[i]]) {
      const j = Math.floor(random() * citizens);
      const t = labels[i];
      labels[i] = labels[j];
      labels[j] = t;
    }
  }

  for (let i = 0; i < citizens; i++) {
    const g = labels[i];
    const spec = scenario.groups[g];
    const halfWidth = Math.min(spec.hardship, 1 - spec.hardship) * spec['hardship-spread'];
    pop.group[i] = g;
    pop.hardship[i] = spec.hardship - halfWidth + 2 * halfWidth * random();
    pop.risk[i] = random();
    pop.hostility[i] = spec.hostility;
    pop.hostility0[i] = spec.hostility;
    pop.state[i] = CITIZEN_STATE.quiet;
    // Staggered ages so that Model II's deaths of old age do not come all at once.
    const maxAge = scenario.population['max-age'];
    pop.age[i] = maxAge > 0 ? Math.floor(random() * maxAge) : 0;
    pop.cell[i] = chosen[i];
    occupant[chosen[i]] = i;
  }
  pop.n = citizens;

  const cops = Math.round(scenario.population['cop-density'] * cells);
  setCops(world, cops, random);
}

/** Exact group counts from shares (largest remainder), in group order. */
function groupLabels(shares: number[], n: number): Uint8Array {
  const total = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (s / total) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, g) => [e - Math.floor(e), g] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[byRemainder[k % counts.length][1]]++;
  const labels = new Uint8Array(n);
  let i = 0;
  counts.forEach((count, g) => {
    labels.fill(g, i, i + count);
    i += count;
  });
  return labels;
}

/**
 * Sets the number of security agents: new ones go to random free sites; removed ones are the
 * last placed. Used at the start and by cop-density shocks (Epstein's walking cops down).
 * Goes through counts.ts so that every site's count of security agents in vision stays exact.
 */
export function setCops(world: World, target: number, random: Random): void {
  const { forces, occupant, cells } = world;
  target = Math.max(0, Math.min(target, cells));
  while (forces.cops > target) removeCop(world, --forces.cops);
  let attempts = 0;
  while (forces.cops < target && attempts < cells * 20) {
    attempts++;
    const c = Math.floor(random() * cells);
    if (occupant[c] !== EMPTY) continue;
    placeCop(world, forces.cops++, c);
  }
}
