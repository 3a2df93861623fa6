/**
 * The state of one world. The population is a struct of typed arrays indexed by agent id
 * (no per-citizen objects); the actors (elite, rebels, outside powers) are plain objects.
 * Everything a tick needs is allocated here, once, so the tick loop allocates nothing.
 */
import type { Application, Scenario } from '../scenarios/schema.js';
import { neighbourhoodOffsets, neighbours, torus, TABLE_BUDGET_BYTES, type Neighbours, type Offsets } from './grid.js';
import type { Random, Streams } from './rng.js';
import { createStreams } from './rng.js';
import { createElite, type EliteState } from './actors/elite.js';
import { createRebels, type RebelState } from './actors/rebels.js';
import { createExternal, type ExternalState } from './actors/external.js';
import { createPressure, type Pressure } from './instruments/pressure.js';
import { createApplications, type ApplicationState } from './instruments/schedule.js';
import { createSeries, type Series } from './series.js';
import { placePopulation } from './population/placement.js';
import type { Stage } from './vocabulary.js';
import type { RunEvent } from './events.js';
import { createTickContext, type TickContext } from './population/context.js';
import { createCounts, type NeighbourCounts } from './population/counts.js';

/** Empty site marker in `occupant`. */
export const EMPTY = -1;

export interface Population {
  /** Citizen slots in use (dead slots are reused only when cloning refills the grid). */
  n: number;
  capacity: number;
  group: Uint8Array;
  hardship: Float32Array;
  risk: Float32Array;
  hostility: Float32Array;
  /** Initial hostility: where hostility relaxes back to. */
  hostility0: Float32Array;
  /** Killings of own-group members seen, remembered (decays each tick). */
  memory: Float32Array;
  state: Uint8Array;
  jail: Int32Array;
  /** Site of the citizen, or EMPTY when off the grid (jailed, displaced, dead). */
  cell: Int32Array;
  age: Int32Array;
  /** Armed organisation a fighter belongs to, or -1. */
  org: Int8Array;
}

export interface Forces {
  /** Security forces ("cops"): sites. Count can change (Epstein's walking cops down). */
  copCell: Int32Array;
  cops: number;
  /** Peacekeepers: sites. */
  keeperCell: Int32Array;
  keepers: number;
  /** Per site, how many peacekeepers protect it (within the protection radius). */
  cover: Uint16Array;
}

export interface World {
  scenario: Scenario;
  strategy: string;
  seed: number | string;
  tick: number;
  side: number;
  cells: number;
  groups: number;
  /** Occupancy: EMPTY, a citizen id (0..capacity-1), or capacity + force index. */
  occupant: Int32Array;
  pop: Population;
  forces: Forces;
  /**
   * Citizens' vision, the forces' vision (the same object when the radii are equal), the
   * contact ring (radius 1) and a peacekeeper's protection radius, each with its neighbour table.
   */
  vision: Neighbours;
  copVision: Neighbours;
  ring: Neighbours;
  protection: Neighbours;
  /**
   * Per site, the security agents, peacekeepers and actives within vision, kept exact on every
   * move and state change (population/counts.ts: the only way to move forces or to make a
   * citizen active or not).
   */
  counts: NeighbourCounts;
  /**
   * Debug hook called after every agent's turn in the population step (null in normal runs).
   * Tests use it to check the incremental counts in the middle of a tick.
   */
  onTurn: ((world: World) => void) | null;
  /**
   * Hook called every tick after the shocks, just before the instruments act (null in normal
   * runs): twins.ts looks there whether another strategy's instruments would start.
   */
  beforeInstruments: ((world: World) => void) | null;
  /** The order agents act in this tick (citizens and forces together, Epstein's asynchronous update). */
  order: Int32Array;
  /**
   * Moves' random draws (population/fast-random.ts): the tick's key, drawn from the population
   * stream, and the acting agent's next counter (its id x DRAWS_PER_TURN at the start of its turn).
   */
  moveKey: number;
  moveCounter: number;
  /** Scratch buffer for candidate victims, arrestees and free sites; sized once. */
  scratch: Int32Array;
  /** Per group macro state. */
  legitimacy: Float64Array;
  legitimacy0: Float64Array;
  hardshipShift: Float64Array;
  discrimination: Float64Array;
  /** Group counts, recomputed each tick: living, on the grid, active, fighters. */
  alive: Int32Array;
  actives: Int32Array;
  fighters: Int32Array;
  hostilitySum: Float64Array;
  /** The census's tally of citizens by group and state (8 states a group). */
  tally: Int32Array;
  /** Mobilisation of each group last tick: (actives + fighters) / living. */
  mobilisation: Float64Array;
  elite: EliteState;
  rebels: RebelState;
  external: ExternalState[];
  pressure: Pressure;
  apps: ApplicationState[];
  stage: Stage;
  /** Per tick flows, in people, reset at the start of each tick. */
  flow: { civilianDeaths: number; battleDeaths: number; displaced: number; arrests: number; collateral: number; cost: number };
  totals: { civilianDeaths: number; battleDeaths: number; displaced: number; cost: number };
  costByInstrument: Map<string, number>;
  series: Series;
  events: RunEvent[];
  rng: Streams;
  /** Macro state flattened for the population step. */
  ctx: TickContext;
  /** First onsets (tick, -1 for never), peak stage and ticks in each stage. */
  reached: { massAtrocity: number; armedConflict: number; peakStage: number; monthsInStage: Int32Array; warMonths: number };
  /** Legitimacy and cop-density trends scheduled by shocks: active per tick changes. */
  trends: { kind: 'legitimacy' | 'cops'; from: number; perTick: number; until: number; groups: number[] }[];
}

/** Elite's group index, or -1 when the elite has no ethnic base. */
export function eliteGroupIndex(scenario: Scenario): number {
  const id = scenario.elite.represents;
  return id === undefined ? -1 : scenario.groups.findIndex((g) => g.id === id);
}

export interface WorldOptions {
  /**
   * Largest neighbour table built in full, in bytes (default grid.ts's TABLE_BUDGET_BYTES);
   * neighbourhoods whose table would be larger are computed on the fly (same results, slower).
   */
  tableBudgetBytes?: number;
}

export function createWorld(scenario: Scenario, strategy: string, seed: number | string, options: WorldOptions = {}): World {
  const applications: Application[] | undefined = scenario.strategies[strategy];
  if (!applications) {
    throw new Error(`unknown strategy "${strategy}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  }
  const p = scenario.population;
  const side = p.grid;
  const cells = side * side;
  const groups = scenario.groups.length;
  const rng = createStreams(seed);
  const visionOffsets = neighbourhoodOffsets(p.neighbourhood, p.vision, side);
  const copOffsets = neighbourhoodOffsets(p.neighbourhood, p['cop-vision'], side);
  const grid = torus(side);
  const budget = options.tableBudgetBytes ?? TABLE_BUDGET_BYTES;
  const vision = neighbours(grid, visionOffsets, budget);
  // Equal offsets (the usual case): one table and one set of active counts serve both.
  const copVision = sameOffsets(visionOffsets, copOffsets) ? vision : neighbours(grid, copOffsets, budget);
  const ring = neighbours(grid, neighbourhoodOffsets('moore', 1, side), budget);
  const protection = neighbours(grid, neighbourhoodOffsets('von-neumann', PROTECTION_RADIUS, side), budget);
  // Cop and peacekeeper arrays are sized for the largest force a scenario can field.
  const forceCapacity = cells;
  const capacity = cells;
  const pop: Population = {
    n: 0,
    capacity,
    group: new Uint8Array(capacity),
    hardship: new Float32Array(capacity),
    risk: new Float32Array(capacity),
    hostility: new Float32Array(capacity),
    hostility0: new Float32Array(capacity),
    memory: new Float32Array(capacity),
    state: new Uint8Array(capacity),
    jail: new Int32Array(capacity),
    cell: new Int32Array(capacity).fill(EMPTY),
    age: new Int32Array(capacity),
    org: new Int8Array(capacity).fill(-1),
  };
  const world: World = {
    scenario,
    strategy,
    seed,
    tick: 0,
    side,
    cells,
    groups,
    occupant: new Int32Array(cells).fill(EMPTY),
    pop,
    forces: {
      copCell: new Int32Array(forceCapacity).fill(EMPTY),
      cops: 0,
      keeperCell: new Int32Array(forceCapacity).fill(EMPTY),
      keepers: 0,
      cover: new Uint16Array(cells),
    },
    vision,
    copVision,
    ring,
    protection,
    counts: createCounts(cells, copVision === vision),
    onTurn: null,
    beforeInstruments: null,
    order: new Int32Array(capacity + 2 * forceCapacity),
    moveKey: 0,
    moveCounter: 0,
    scratch: new Int32Array(Math.max(vision.size, copVision.size) + 1),
    legitimacy: Float64Array.from(scenario.groups, (g) => g.legitimacy),
    legitimacy0: Float64Array.from(scenario.groups, (g) => g.legitimacy),
    hardshipShift: new Float64Array(groups),
    discrimination: Float64Array.from(scenario.groups, (g) => scenario.elite.discrimination[g.id] ?? 0),
    alive: new Int32Array(groups),
    actives: new Int32Array(groups),
    fighters: new Int32Array(groups),
    hostilitySum: new Float64Array(groups),
    tally: new Int32Array(groups * 8),
    mobilisation: new Float64Array(groups),
    elite: createElite(scenario),
    rebels: createRebels(scenario),
    external: createExternal(scenario),
    pressure: createPressure(groups),
    apps: createApplications(scenario, applications, seed),
    stage: 'stable-peace',
    flow: { civilianDeaths: 0, battleDeaths: 0, displaced: 0, arrests: 0, collateral: 0, cost: 0 },
    totals: { civilianDeaths: 0, battleDeaths: 0, displaced: 0, cost: 0 },
    costByInstrument: new Map(),
    series: createSeries(scenario),
    events: [],
    rng,
    // Cops in vision times a repression multiplier (at most 2, with margin) over one active.
    ctx: createTickContext(groups, p['arrest-constant'], p['arrest-rounding'], 4 * Math.max(vision.size, copVision.size) + 4),
    reached: { massAtrocity: -1, armedConflict: -1, peakStage: 0, monthsInStage: new Int32Array(6), warMonths: 0 },
    trends: [],
  };
  placePopulation(world, rng.population);
  return world;
}

function sameOffsets(a: Offsets, b: Offsets): boolean {
  if (a.size !== b.size) return false;
  for (let k = 0; k < a.size; k++) if (a.dx[k] !== b.dx[k] || a.dy[k] !== b.dy[k]) return false;
  return true;
}

/** Radius within which a peacekeeper protects citizens (sites, von Neumann). Assumption. */
export const PROTECTION_RADIUS = 2;

/** Fisher-Yates shuffle of the first n entries, in place. */
export function shuffle(values: Int32Array, n: number, random: Random): void {
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
