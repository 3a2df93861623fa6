/** The machine a benchmark ran on, recorded beside its figures. */
import { cpus, totalmem } from 'node:os';
import { execSync } from 'node:child_process';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  commit: string;
  date: string;
  /**
   * Millions of iterations per second of a fixed loop of integer hashing and random reads of a
   * small typed array (`calibrate`). The same cloud machine type has run this project's figures
   * 1.6 times faster on one day than on another; figures from two days compare only after
   * dividing each by its day's calibration.
   */
  calibration: number;
}

let calibrated: number | undefined;

/** The calibration loop's speed, best of three (measured once per process). */
export function calibrate(): number {
  if (calibrated !== undefined) return calibrated;
  const table = new Int32Array(1 << 14);
  for (let i = 0; i < table.length; i++) table[i] = (i * 2654435761) >>> 18;
  const iterations = 2e7;
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < 3; r++) {
    let x = 12345 + r;
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      sink += table[(x >>> 0) & 16383];
    }
    best = Math.min(best, performance.now() - t0);
  }
  if (sink === 0.5) console.log(sink); // keeps the loop's reads alive
  calibrated = Math.round((iterations / best / 1e3) * 10) / 10;
  return calibrated;
}

export function machineInfo(): MachineInfo {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    // Not a git checkout: leave it unknown.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    commit,
    date: new Date().toISOString(),
    calibration: calibrate(),
  };
}
