/**
 * `npm run bench`: every benchmark, one after the other. Never part of `npm test`.
 */
import { benchEngine } from './engine.js';

const quick = process.argv.includes('--quick');
benchEngine(quick);
