/**
 * The columns of runs.csv (and runs.jsonl, runs.arrow): one row per run and strategy, every
 * outcome of MODEL.md section 6, then the cost of each instrument the scenario uses.
 */
import type { RunOutcome } from '../../sim/index.js';
import { STAGES } from '../../sim/index.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { ArrowColumnType } from './tables.js';
import type { Row } from './types.js';

/** The runs table's column of the ticks a run spent in a stage: `months_mass_atrocity`. */
export function stageColumn(stage: string): string {
  return `months_${stage.replace(/-/g, '_')}`;
}

export const BASE_COLUMNS = [
  'run', 'seed', 'strategy', 'atrocity', 'atrocity_onset', 'civilian_deaths', 'collateral_deaths', 'battle_deaths', 'displaced',
  'peak_stage', 'armed_conflict', 'armed_conflict_onset', 'armed_conflict_duration', 'ceasefire', 'settlement', 'relapse',
  'coups', 'elimination_ordered', 'final_stance', 'final_hostility', 'final_mobilisation', 'cost',
  ...STAGES.map(stageColumn),
] as const;

/** Columns that hold whole numbers in every run (the others: people, dollars, shares). */
const WHOLE_NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'run', 'atrocity', 'atrocity_onset', 'armed_conflict', 'armed_conflict_onset', 'armed_conflict_duration',
  'ceasefire', 'settlement', 'relapse', 'coups', 'elimination_ordered',
  ...STAGES.map(stageColumn),
]);

/** A column's type in runs.arrow: run seeds fill 32 unsigned bits; people and dollars may be fractional. */
export function arrowColumnType(column: string): ArrowColumnType {
  return column === 'seed' ? 'uint32' : WHOLE_NUMBER_COLUMNS.has(column) ? 'int32' : 'float64';
}

/** The runs table's column of what an instrument cost in a run: `cost_targeted_sanctions`. */
export function costColumn(instrument: string): string {
  return `cost_${instrument.replace(/-/g, '_')}`;
}

/** Instruments any strategy of the scenario may use (reactive policies included), sorted. */
function instrumentIds(scenario: Scenario): string[] {
  const ids = new Set<string>();
  for (const apps of Object.values(scenario.strategies)) for (const a of apps) ids.add(a.instrument);
  if (scenario.external.some((e) => e.reactive)) ['mediation', 'peacekeeping'].forEach((id) => ids.add(id));
  return [...ids].sort();
}

export function columns(scenario: Scenario): string[] {
  return [...BASE_COLUMNS, ...instrumentIds(scenario).map(costColumn)];
}

/** Numbers written the same way everywhere: integers as integers, others to 6 decimals. */
export function round6(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toFixed(6));
}

export function outcomeRow(run: number, outcome: RunOutcome, scenario: Scenario): Row {
  const b = (v: boolean) => (v ? 1 : 0);
  const row: Row = {
    run,
    seed: Number(outcome.seed),
    strategy: outcome.strategy,
    atrocity: b(outcome.atrocity),
    atrocity_onset: outcome.atrocityOnset,
    civilian_deaths: round6(outcome.civilianDeaths),
    collateral_deaths: round6(outcome.collateralDeaths),
    battle_deaths: round6(outcome.battleDeaths),
    displaced: round6(outcome.displaced),
    peak_stage: outcome.peakStage,
    armed_conflict: b(outcome.armedConflict),
    armed_conflict_onset: outcome.armedConflictOnset,
    armed_conflict_duration: outcome.armedConflictDuration,
    ceasefire: b(outcome.ceasefire),
    settlement: b(outcome.settlement),
    relapse: b(outcome.relapse),
    coups: outcome.coups,
    elimination_ordered: b(outcome.eliminationOrdered),
    final_stance: outcome.finalStance,
    final_hostility: round6(outcome.finalHostility),
    final_mobilisation: round6(outcome.finalMobilisation),
    cost: round6(outcome.cost),
  };
  for (const s of STAGES) row[stageColumn(s)] = outcome.monthsInStage[s];
  for (const id of instrumentIds(scenario)) row[costColumn(id)] = round6(outcome.costByInstrument[id] ?? 0);
  return row;
}
