/**
 * The outcomes a sensitivity analysis can apportion, each a number per run read from the run's
 * rows (runs.csv columns): under one strategy, or paired against the baseline twin.
 */
import type { Row } from '../batch/types.js';

export interface OutcomeDef {
  id: string;
  description: string;
  /** Needs the baseline's row of the same run (a paired difference). */
  paired: boolean;
  value(row: Row, baseline?: Row): number;
}

const num = (row: Row | undefined, col: string) => Number(row?.[col] ?? NaN);

export const OUTCOMES: readonly OutcomeDef[] = [
  { id: 'atrocity', description: 'share of runs that reach mass atrocity', paired: false, value: (r) => num(r, 'atrocity') },
  { id: 'civilian-deaths', description: 'civilians killed per run (people)', paired: false, value: (r) => num(r, 'civilian_deaths') },
  { id: 'battle-deaths', description: 'battle deaths per run (people)', paired: false, value: (r) => num(r, 'battle_deaths') },
  { id: 'displaced', description: 'people displaced per run', paired: false, value: (r) => num(r, 'displaced') },
  { id: 'armed-conflict', description: 'share of runs with an armed conflict', paired: false, value: (r) => num(r, 'armed_conflict') },
  { id: 'cost', description: 'cost of the strategy per run (US dollars)', paired: false, value: (r) => num(r, 'cost') },
  { id: 'deaths-averted', description: 'civilian deaths averted per run against the baseline twin (people)', paired: true, value: (r, b) => num(b, 'civilian_deaths') - num(r, 'civilian_deaths') },
  { id: 'atrocity-avoided', description: 'share of runs where the strategy avoids a mass atrocity its twin suffers, net', paired: true, value: (r, b) => num(b, 'atrocity') - num(r, 'atrocity') },
];

export function outcomeById(id: string): OutcomeDef | undefined {
  return OUTCOMES.find((o) => o.id === id);
}
