/**
 * What the macro layer tells the micro layer this tick, flattened into plain numbers and typed
 * arrays before the population moves, so the citizen loop reads no objects and calls nothing
 * polymorphic. Allocated once per world.
 */
import { hateSpeechLevel } from '../actors/elite.js';
import { recruitingOrg } from '../actors/rebels.js';
import { STANCE, type ArrestRounding } from '../vocabulary.js';
import type { World } from '../world.js';

export interface TickContext {
  /** Legitimacy and hardship shift per group. */
  legitimacy: Float64Array;
  hardship: Float64Array;
  /** Hate speech reaching each group per tick (share of headroom). */
  hate: Float64Array;
  bridging: Float64Array;
  /** 1 where the group's actives may kill out-group citizens this tick. */
  violent: Uint8Array;
  /** 1 where the group is incited as a militia (activation by hostility, not grievance). */
  incited: Uint8Array;
  /** 1 where security forces arrest the group's actives. */
  arrestable: Uint8Array;
  /** Every group's actives are arrestable (the usual case: a cop's kept count is its choice set). */
  allArrestable: boolean;
  /** 1 where the group is a target of state killing. */
  target: Uint8Array;
  /** Armed organisation recruiting from each group, or -1. */
  recruiting: Int8Array;
  /** Multiplier on cops counted in vision (repression), and cops' chance to kill a target. */
  copStrength: number;
  copKill: number;
  /** Chance per tick that a fighter of a fighting organisation kills an out-group civilian. */
  fighterViolence: number;
  resentment: number;
  hostilityOn: boolean;
  /** Epstein's arrest constant k and the rounding of C/A: 0 floor, 1 round (half to even), 2 none. */
  arrestK: number;
  rounding: number;
  /** 1 - exp(-k n) for the integers n a rounded C/A can take, so the citizen loop calls no exp. */
  arrestTable: Float64Array;
}

export const ROUNDING_CODE = { floor: 0, round: 1, none: 2 } as const;

/**
 * `maxStepped` is the largest rounded C/A the table covers (larger values, possible only under
 * extreme repression multipliers, are computed directly).
 */
export function createTickContext(groups: number, arrestK = 2.3, rounding: ArrestRounding = 'floor', maxStepped = 0): TickContext {
  const arrestTable = new Float64Array(maxStepped + 1);
  for (let n = 0; n <= maxStepped; n++) arrestTable[n] = 1 - Math.exp(-arrestK * n);
  return {
    arrestK,
    rounding: ROUNDING_CODE[rounding],
    arrestTable,
    legitimacy: new Float64Array(groups),
    hardship: new Float64Array(groups),
    hate: new Float64Array(groups),
    bridging: new Float64Array(groups),
    violent: new Uint8Array(groups),
    incited: new Uint8Array(groups),
    arrestable: new Uint8Array(groups),
    allArrestable: true,
    target: new Uint8Array(groups),
    recruiting: new Int8Array(groups),
    copStrength: 1,
    copKill: 0,
    fighterViolence: 0,
    resentment: 0,
    hostilityOn: true,
  };
}

/**
 * Chance per tick that a fighter kills an unprotected out-group civilian in vision
 * (one-sided violence by rebels, MODEL.md 3.3). Assumption.
 */
const FIGHTER_VIOLENCE = 0.03;
/** Chance per tick that a security agent kills a target in vision under elimination. Assumption. */
const COP_KILL = 0.05;

export function prepareTickContext(world: World, ctx: TickContext): void {
  const { scenario, elite, pressure } = world;
  const h = scenario.hostility;
  const macro = elite.enabled;
  ctx.allArrestable = true;
  const modelII = scenario.population['inter-group-violence'];
  for (let g = 0; g < world.groups; g++) {
    ctx.legitimacy[g] = world.legitimacy[g];
    ctx.hardship[g] = world.hardshipShift[g] + pressure.hardship[g];
    ctx.bridging[g] = pressure.bridging[g];
    const own = macro && g === elite.group;
    ctx.hate[g] = own ? h['hate-speech'] * hateSpeechLevel(elite) * (1 - Math.min(1, pressure.counterHate)) : 0;
    ctx.incited[g] = own && elite.stance >= STANCE.incite ? 1 : 0;
    ctx.recruiting[g] = macro ? recruitingOrg(world.rebels, g) : -1;
    ctx.violent[g] = modelII || ctx.incited[g] || ctx.recruiting[g] >= 0 ? 1 : 0;
    ctx.arrestable[g] = ctx.incited[g] ? 0 : 1;
    if (ctx.arrestable[g] === 0) ctx.allArrestable = false;
    ctx.target[g] = macro && elite.stance === STANCE.eliminate && elite.targets[g] ? 1 : 0;
  }
  ctx.copStrength = macro && elite.stance >= STANCE.repress ? 1 + elite.repressionCapacity : 1;
  ctx.copKill = macro && elite.stance === STANCE.eliminate ? COP_KILL * (1 - Math.min(1, pressure.coercion)) : 0;
  ctx.fighterViolence = macro ? FIGHTER_VIOLENCE : 0;
  ctx.resentment = pressure.resentment;
  ctx.hostilityOn = macro || h.contagion > 0 || h.relaxation > 0;
}
