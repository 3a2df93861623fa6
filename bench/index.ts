/**
 * `npm run bench`: every benchmark, one after the other. Never part of `npm test`.
 * `--quick` runs shorter versions (for trying the benchmarks, not for figures).
 */
import { benchEngine } from './engine.js';
import { benchScaling } from './epstein-scaling.js';

const quick = process.argv.includes('--quick');
benchEngine(quick);
benchScaling(quick);
