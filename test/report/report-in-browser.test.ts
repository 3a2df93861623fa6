/**
 * The report opens in headless Chromium with the network switched off, with no console errors
 * and no request leaving the file (the charts issue's checks 2 and 3); a screenshot is taken.
 * Chromium is installed by .ci/run (Debian's chromium package).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../analysis/batch/run-batch.js';
import { writeReport } from '../../analysis/report/write-report.js';
import { loadScenarioFile } from '../../cli/load-scenario.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

let html = '';
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'firebreak-report-')), 'small.yaml');
  writeFileSync(file, readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 20').replace('horizon: 120', 'horizon: 48'));
  const out = mkdtempSync(join(tmpdir(), 'firebreak-report-'));
  await runBatch({ scenario: loadScenarioFile(file), scenarioPath: file, strategies: ['none', 'early', 'late'], runs: 12, seed: 2, workers: 0, out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
  html = (await writeReport(out)).html;
});

describe.runIf(hasChromium())('the report in a browser', () => {
  it('opens offline with no console errors and no outside requests, and renders every chart', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
      await page.goto(pathToFileURL(html).href);
      expect(await page.locator('figure svg').count()).toBe(6);
      expect(await page.locator('table tbody tr').count()).toBe(3);
      const shot = join(mkdtempSync(join(tmpdir(), 'firebreak-shot-')), 'report.png');
      await page.screenshot({ path: shot, fullPage: false });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      console.log(`report screenshot: ${shot}`);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
