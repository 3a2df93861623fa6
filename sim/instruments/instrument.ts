/**
 * What an instrument is (MODEL.md section 4): data (who may deliver it, its target, lag, ramp,
 * decay, cost, channels and side effects, with sources) plus one rule that turns its current
 * strength into pressure on the world. Strength is level x deliverers' credibility x target's
 * receptiveness; nothing here may read the tick or the stage (MODEL.md section 1).
 */
import type { ExternalKind } from '../vocabulary.js';
import type { World } from '../world.js';
import type { ApplicationState } from './schedule.js';

export type InstrumentFamily =
  | 'information'
  | 'diplomatic'
  | 'civil-society'
  | 'political'
  | 'economic-positive'
  | 'economic-negative'
  | 'security'
  | 'force';

export type InstrumentTarget = 'elite' | 'rebels' | 'population' | 'grid' | 'outsiders';

export interface InstrumentDef {
  id: string;
  name: string;
  family: InstrumentFamily;
  /** What it is and does, for `firebreak list instruments` and docs/instruments.md. */
  description: string;
  target: InstrumentTarget;
  /** Kinds of outside actor that may deliver it. */
  deliverers: readonly ExternalKind[];
  /** Months from the start until it has any effect (converted to ticks by calendar.ts). */
  lag: number;
  /** Months from the end of the lag to full strength. */
  ramp: number;
  /** Half-life of its effect after it ends (months). */
  halfLife: number;
  /** US dollars per month at intensity 1 (a weekly scenario pays 12/52 of it a tick). */
  costPerMonth: number;
  /** Where the order of magnitude of the cost comes from, or "assumption". */
  costSource: string;
  /** Channels it moves (Pressure fields and what they do). */
  channels: readonly string[];
  /** Documented side effects; each has a test. */
  sideEffects: readonly string[];
  /** Sources of the rule (seed files, papers). */
  sources: readonly string[];
  /**
   * Order within a tick: applications of instruments with lower precedence act first (default
   * 0). Consistent messaging (-1) must act before the applications whose credibility it raises.
   */
  precedence?: number;
  /**
   * True when it acts only through the elite or the armed organisations though its target is
   * not one of them (media against the elite's hate speech): with the elite switched off it
   * would act on nothing. Instruments aimed at the elite or the rebels need them by definition.
   */
  needsElite?: boolean;
  /** How receptive its target is now, 0..1 (suspicious autocratic elites resist). */
  receptiveness(world: World): number;
  /** Adds its effect at `strength` (level x credibility x receptiveness) to world.pressure. */
  apply(world: World, strength: number, app: ApplicationState): void;
}
