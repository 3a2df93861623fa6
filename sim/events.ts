/** Events a run records (MODEL.md section 5): what happened, when, and to whom. */
import type { EventKind } from './vocabulary.js';

export interface RunEvent {
  tick: number;
  kind: EventKind;
  /** A short human-readable detail: the instrument, the group, the new stance... */
  detail: string;
}

export function record(events: RunEvent[], tick: number, kind: EventKind, detail: string): void {
  events.push({ tick, kind, detail });
}
