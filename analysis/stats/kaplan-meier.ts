/**
 * Kaplan-Meier product-limit estimate of a survival curve (Kaplan and Meier 1958), with
 * Greenwood's variance and the log-log ("exponential Greenwood") 95% band (Kalbfleisch and
 * Prentice 2002, 1.4). Here "survival" is a run not yet at mass atrocity; runs without one are
 * censored at the horizon.
 *   S(t) = prod over event times t_i <= t of (1 - d_i / n_i)
 *   band: S(t)^exp(+-z sigma / log S(t)), sigma^2 = sum d_i / (n_i (n_i - d_i)) / (log S)^2 ... (log-log)
 * The median is the first time S(t) <= 0.5; its interval is the times where the band's upper
 * and lower curves cross 0.5 (Brookmeyer and Crowley 1982, read off the band).
 *
 * @example kaplanMeier([6, 6, 6, 7], [true, true, false, true])
 */
import { normalQuantile } from '../../sim/normal-quantile.js';
import type { Interval } from './wilson-interval.js';

export interface SurvivalStep {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  lower: number;
  upper: number;
}

export interface SurvivalCurve {
  steps: SurvivalStep[];
  /** Median time to event with its interval; null bounds where the curve does not reach 0.5. */
  median: { estimate: number | null; lower: number | null; upper: number | null };
}

export function kaplanMeier(times: readonly number[], events: readonly boolean[], confidence = 0.95): SurvivalCurve {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const order = times.map((t, i) => [t, events[i]] as const).sort((a, b) => a[0] - b[0]);
  const steps: SurvivalStep[] = [];
  let atRisk = order.length;
  let survival = 1;
  let greenwood = 0;
  for (let i = 0; i < order.length; ) {
    const time = order[i][0];
    let d = 0;
    let c = 0;
    while (i < order.length && order[i][0] === time) {
      if (order[i][1]) d++;
      else c++;
      i++;
    }
    if (d > 0) {
      survival *= 1 - d / atRisk;
      if (atRisk > d) greenwood += d / (atRisk * (atRisk - d));
    }
    let lower = survival;
    let upper = survival;
    if (survival > 0 && survival < 1) {
      const logS = Math.log(survival);
      const sigma = Math.sqrt(greenwood) / Math.abs(logS);
      lower = Math.pow(survival, Math.exp(z * sigma));
      upper = Math.pow(survival, Math.exp(-z * sigma));
    }
    steps.push({ time, atRisk, events: d, censored: c, survival, lower, upper });
    atRisk -= d + c;
  }
  const firstBelow = (key: 'survival' | 'lower' | 'upper') => steps.find((s) => s.events > 0 && s[key] <= 0.5)?.time ?? null;
  return { steps, median: { estimate: firstBelow('survival'), lower: firstBelow('lower'), upper: firstBelow('upper') } };
}

export type { Interval };
