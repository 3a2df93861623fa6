/**
 * Pressure: what all active instruments do to the world this tick, summed by channel. Each
 * instrument's rule adds to these channels; the actors' rules read them. Reset every tick,
 * except `violencePays`, the one memory instruments leave behind in the elite.
 * Allocated once per world, so applying instruments allocates nothing.
 */
export interface Pressure {
  /** Expected cost of escalation the elite weighs (sanctions, threats, shaming), 0..~2. */
  eliteCost: number;
  /** Rewards offered for accommodation (inducements, aid conditional on behaviour). */
  eliteReward: number;
  /** Mediation and good offices at work: raises ceasefire and settlement chances, 0..1. */
  mediation: number;
  /** Bridging programmes (track-two, cultural contact) per group: contact lowers hostility. */
  bridging: Float64Array;
  /** Counter-hate-speech: share of the elite's incitement that is blunted, 0..1. */
  counterHate: number;
  /** Legitimacy gained by each group from inclusion (power-sharing, rights monitoring). */
  legitimacy: Float64Array;
  /** Hardship change for each group (aid lowers it, comprehensive sanctions raise it). */
  hardship: Float64Array;
  /** Peacekeeper agents wanted on the grid. */
  keepers: number;
  /** Security guarantees for ceasefires and settlements, 0..1. */
  guarantee: number;
  /** Share of patrons' supply to rebels cut (arms embargo), 0..1. */
  embargo: number;
  /** Months cut from outside powers' attention lag (early warning, monitoring). */
  attentionLagCut: number;
  /** Share of the perpetrators' capacity to kill removed by force, 0..1. */
  coercion: number;
  /** Civilian deaths caused by the use of force this tick (people). */
  collateral: number;
  /** Rise in hostility from foreign force or humiliation, per tick. */
  resentment: number;
  /** Consistent messaging among a coalition's members, 0..1 (seed 003, recommendation 4-5). */
  consistency: number;
  /**
   * Persistent, NOT reset each tick: what rewards paid while violence was high have taught the
   * elite (moral hazard, seed 003: rewarding "bad people" only for good behaviour), 0..1. The
   * schedule turns it into a negative expected cost of escalation each tick and lets it fade
   * (sim/instruments/effects.ts).
   */
  violencePays: number;
}

export function createPressure(groups: number): Pressure {
  return {
    eliteCost: 0,
    eliteReward: 0,
    mediation: 0,
    bridging: new Float64Array(groups),
    counterHate: 0,
    legitimacy: new Float64Array(groups),
    hardship: new Float64Array(groups),
    keepers: 0,
    guarantee: 0,
    embargo: 0,
    attentionLagCut: 0,
    coercion: 0,
    collateral: 0,
    resentment: 0,
    consistency: 0,
    violencePays: 0,
  };
}

export function resetPressure(p: Pressure): void {
  p.eliteCost = 0;
  p.eliteReward = 0;
  p.mediation = 0;
  p.bridging.fill(0);
  p.counterHate = 0;
  p.legitimacy.fill(0);
  p.hardship.fill(0);
  p.keepers = 0;
  p.guarantee = 0;
  p.embargo = 0;
  p.attentionLagCut = 0;
  p.coercion = 0;
  p.collateral = 0;
  p.resentment = 0;
  p.consistency = 0;
  // p.violencePays is a memory, not a flow: it persists across ticks.
}
