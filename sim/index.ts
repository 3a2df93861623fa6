/**
 * The public API of the engine (kept small, as Agents.jl does): create a world, step it, run
 * it to its end, read its outcome. Everything here is pure TypeScript with no Node APIs, so
 * the same engine runs in a browser.
 */
export { createWorld, type World } from './world.js';
export { start, step, run } from './engine.js';
export { differOnlyInStrategies, runBranches, runTwins, type Branch, type BranchRun, type TwinRun } from './twins.js';
export { outcome, type RunOutcome } from './outcomes.js';
export { runSeed, createStreams, stream, type Random } from './rng.js';
export { INSTRUMENTS, findInstrument, instrumentCatalogue } from './instruments/catalogue.js';
export type { InstrumentDef } from './instruments/instrument.js';
export { INDICATORS, parseIndicator } from './indicators.js';
export { SERIES_UNITS, seriesNames, type Series } from './series.js';
export * from './vocabulary.js';
export type { RunEvent } from './events.js';
