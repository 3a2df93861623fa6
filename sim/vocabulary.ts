/**
 * The model's fixed vocabulary: names that scenario files, the engine and the reports share.
 * This module imports nothing, so the schema and the engine can both depend on it.
 */

/** Stages of Lund's conflict curve and Gurr's points (MODEL.md section 5), in severity order. */
export const STAGES = [
  'stable-peace',
  'unstable-peace',
  'crisis',
  'post-conflict',
  'armed-conflict',
  'mass-atrocity',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_INDEX: Record<Stage, number> = Object.fromEntries(STAGES.map((s, i) => [s, i])) as Record<Stage, number>;

/** The ruling elite's stance ladder (MODEL.md section 3.2), lowest first. */
export const STANCES = ['accommodate', 'hold', 'repress', 'incite', 'eliminate'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE = { accommodate: 0, hold: 1, repress: 2, incite: 3, eliminate: 4 } as const;

/** Kinds of outside actor (MODEL.md section 3.4). */
export const EXTERNAL_KINDS = ['universal', 'regional', 'major-power', 'neighbour', 'civil-society', 'patron'] as const;
export type ExternalKind = (typeof EXTERNAL_KINDS)[number];

/** Citizen states (MODEL.md section 3.1). Stored as Uint8 codes in the population arrays. */
export const CITIZEN_STATE = { quiet: 0, active: 1, fighter: 2, jailed: 3, displaced: 4, dead: 5 } as const;
export const CITIZEN_STATES = ['quiet', 'active', 'fighter', 'jailed', 'displaced', 'dead'] as const;

/** Events a run can record (MODEL.md section 5). */
export const EVENT_KINDS = [
  'armed-conflict-onset',
  'mass-atrocity-onset',
  'ceasefire',
  'settlement',
  'relapse',
  'coup',
  'rebel-formed',
  'rebel-split',
  'shock',
  'instrument-start',
  'instrument-end',
  'stance-change',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Shapes of the neighbourhood a citizen sees within `vision` on the torus. */
export const NEIGHBOURHOODS = ['von-neumann', 'moore', 'disc'] as const;
export type Neighbourhood = (typeof NEIGHBOURHOODS)[number];

/**
 * How the arrest-probability rule turns the ratio C/A into the integer Epstein's dynamics need.
 * `floor` is NetLogo's Rebellion model, `round` is Mesa's example, `none` is the literal paper
 * rule (which gives no outbursts in replications; EVIDENCE.md).
 */
export const ARREST_ROUNDINGS = ['floor', 'round', 'none'] as const;
export type ArrestRounding = (typeof ARREST_ROUNDINGS)[number];
