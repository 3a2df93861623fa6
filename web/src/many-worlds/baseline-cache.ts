/**
 * The twins under no outside action, kept for the page's lifetime. Run i of the baseline
 * depends only on the scenario and runSeed(seed, i), not on the strategy it is compared with
 * nor on that strategy's start month, so once played it serves every later batch and sweep of
 * the same scenario and seed: comparing "early", then "late", then sweeping, plays the
 * baseline's worlds once.
 */
import type { RunRecord } from '../../../analysis/batch/types.js';

export class BaselineCache {
  private readonly records = new Map<string, RunRecord>();

  /** `scenario` is the page's id for it: a bundled file's name, or one opening of a user's file. */
  private key(scenario: string, masterSeed: number, index: number): string {
    return `${scenario}\n${masterSeed}\n${index}`;
  }

  /** Run `index` of the baseline, if played; `withSeries` asks for one that kept its series (for the fan chart). */
  get(scenario: string, masterSeed: number, index: number, withSeries: boolean): RunRecord | undefined {
    const r = this.records.get(this.key(scenario, masterSeed, index));
    return r && (!withSeries || r.series) ? r : undefined;
  }

  /** Keeps a baseline record (one with series is never replaced by one without). */
  put(scenario: string, masterSeed: number, record: RunRecord): void {
    const key = this.key(scenario, masterSeed, record.run);
    if (!record.series && this.records.get(key)?.series) return;
    this.records.set(key, record);
  }
}
