/** The analysis layer's public API: batches, comparisons, sweeps, sensitivity, merging, statistics. */
export { runBatch, BatchInputError, type BatchResult, type FinishedBatch } from './batch/run-batch.js';
export { mergeBatches } from './batch/merge.js';
export { summarise, type BatchSummary, type StrategySummary, type Comparison } from './batch/summary.js';
export { parseShard, shardFromEnvironment } from './batch/shard.js';
export type { BatchOptions, RunRecord, Row, Shard, TableFormat } from './batch/types.js';
export * from './stats/index.js';
export { compare, sweep, sensitivity } from './api.js';
export { runSweep, gridPoints, type SweepOptions, type SweepResult, type SweepPoint } from './sweep/run-sweep.js';
export { parseVariation, scenarioVariant, type Variation } from './sweep/variation.js';
export { runSensitivity, type SensitivityOptions, type SensitivityResult } from './sensitivity/run-sensitivity.js';
export { OUTCOMES as SENSITIVITY_OUTCOMES } from './sensitivity/outcomes.js';
