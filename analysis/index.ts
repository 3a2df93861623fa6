/** The analysis layer's public API: batches, merging, statistics. */
export { runBatch, BatchInputError, type BatchResult } from './batch/run-batch.js';
export { mergeBatches } from './batch/merge.js';
export { summarise, type BatchSummary, type StrategySummary, type Comparison } from './batch/summary.js';
export { parseShard, shardFromEnvironment } from './batch/shard.js';
export type { BatchOptions, RunRecord, Row, Shard, TableFormat } from './batch/types.js';
export * from './stats/index.js';
