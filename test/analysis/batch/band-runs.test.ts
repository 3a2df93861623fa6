import { describe, expect, it } from 'vitest';
import { BAND_RUNS, BAND_SERIES, runTask } from '../../../analysis/batch/run-task.js';
import { loadScenarioFile } from '../../../cli/load-scenario.js';

// The bands of series.csv come from the first BAND_RUNS runs only, so a batch's memory stops
// growing with its band series there, whatever the number of runs.
describe('band series', () => {
  const scenario = loadScenarioFile('scenarios/fragile-state.yaml');
  it('are kept for runs below BAND_RUNS and not after', () => {
    const last = runTask(scenario, ['none', 'early'], 1, BAND_RUNS - 1);
    expect(Object.keys(last.series!)).toEqual(['none', 'early']);
    expect(Object.keys(last.series!.none)).toEqual([...BAND_SERIES]);
    expect(last.series!.none.hostility).toHaveLength(scenario.horizon + 1);
    expect(runTask(scenario, ['none', 'early'], 1, BAND_RUNS).series).toBeUndefined();
  });
});
