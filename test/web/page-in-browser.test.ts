/**
 * The classroom page in headless Chromium (Debian's, driven by playwright-core; .ci/run installs
 * it), built with Vite and served by a tiny static server: no console errors, no request
 * outside the page's own files; one world run to its end gives the outcome `firebreak run
 * --json` prints for the same scenario, strategy and seed; 200 worlds run in the page's
 * workers, with the charts and the rates on screen and run i equal to the command line's run i;
 * the start-month sweep over the same worlds reuses their twins and draws its chart; every
 * control is reachable by keyboard; Stop ends a batch, keeping and drawing the worlds done.
 *
 * Screenshots go to a temporary folder (printed); test/web/screenshots.ts takes docs/'s.
 * The 200-world time is printed: it is measured here, not asserted (the machine may be shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTask } from '../../analysis/batch/run-task.js';
import { loadScenarioFile } from '../../cli/load-scenario.js';
import type { PageProbe } from '../../web/src/probe.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';
import { buildPage, servePage, type PageServer } from './page-server.js';

const SHOTS = mkdtempSync(join(tmpdir(), 'firebreak-classroom-'));
/** A projector's usual size (1080p at a browser's 125% zoom is about the same). */
const VIEWPORT = { width: 1536, height: 864 };

/** A scenario no bundled file resembles: weekly ticks, three groups, its own strategy names. */
const WEEKLY = `name: A weekly test
tick: week
horizon: 30
population: { grid: 20, density: 0.6 }
groups:
  - { id: red, share: 0.5, hostility: 0.5 }
  - { id: blue, share: 0.3 }
  - { id: green, share: 0.2 }
external: [ { id: un, kind: universal } ]
strategies:
  none: []
  talks: [ { instrument: mediation, from: { tick: 3 }, by: un } ]
`;

let server: PageServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium()) return;
  console.log(`classroom page built in ${(await buildPage()).toFixed(1)} s`);
  server = await servePage();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of the served build, with its console errors and any request for something not its own. */
async function open(hash: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // The workers are started from the bundle itself (data: or blob: URLs).
  page.on('request', (r) => !/^(data|blob):/.test(r.url()) && !r.url().startsWith(server.url) && outside.push(r.url()));
  await page.goto(`${server.url}#${hash}`);
  await page.waitForFunction(() => window.firebreak?.ready === true);
  return { page, errors, outside };
}

const probe = (page: Page) => page.evaluate(() => window.firebreak) as Promise<PageProbe>;

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = join(SHOTS, name);
  await page.screenshot({ path, fullPage });
  expect(statSync(path).size).toBeGreaterThan(20_000);
  console.log(`screenshot: ${path}`);
}

describe.runIf(hasChromium())('the classroom page in a browser', () => {
  it('runs one world to its end: the outcome `firebreak run --json` prints for the same seed', async () => {
    const { page, errors, outside } = await open('scenario=fragile-state&strategy=early&seed=7');
    expect(await page.locator('#scenario').inputValue()).toBe('fragile-state');
    expect(await page.locator('#note-title').textContent()).toBe('Fragile state');
    expect(await page.locator('#watch').textContent()).toMatch(/What to watch/);
    await page.selectOption('#speed', '0');
    await page.click('#play');
    await page.waitForSelector('#view-one[data-state="finished"]');
    const page7 = (await probe(page)).oneWorld!;
    expect(page7).toMatchObject({ file: 'scenarios/fragile-state.yaml', strategy: 'early', seed: 7, startMonth: null });

    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'run', 'scenarios/fragile-state.yaml', '--strategy', 'early', '--seed', '7', '--json'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(page7.outcome).toEqual(JSON.parse(cli.stdout));

    // What a student sees: the month, the outcome in words, the timeline and the counts.
    await expect.poll(() => page.locator('#clock').textContent()).toMatch(/^Month 120 of 120/);
    expect(await page.locator('#outcome').textContent()).toContain(`Civilians killed${page7.outcome.civilianDeaths.toLocaleString('en-GB')} people`);
    expect(await page.locator('#timeline svg').count()).toBe(1);
    // A state a row (quiet, active, fighters, jailed, fled, dead), a group a column.
    expect(await page.locator('#counts tbody tr').count()).toBe(6);
    expect(await page.locator('#counts thead th').count()).toBe(1 + 2);
    await shot(page, 'classroom-one-world.png');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('runs 200 worlds in Web Workers and draws the atrocity rate, deaths averted and the fan chart, then sweeps the start month', async () => {
    const { page, errors, outside } = await open('scenario=fragile-state&strategy=early&seed=1');
    await page.click('#tab-many');
    expect(await page.locator('#run-batch').textContent()).toBe('Run 200 worlds');
    await page.click('#run-batch');
    await page.waitForSelector('#view-many[data-state="running"]');
    await page.waitForSelector('#view-many[data-state="finished"]', { timeout: 540_000 });
    const batch = (await probe(page)).batch!;
    console.log(`200 worlds (each with its twin under "none") in ${(batch.milliseconds / 1000).toFixed(1)} s on ${batch.workers} workers in Chromium`);
    expect(batch).toMatchObject({ file: 'scenarios/fragile-state.yaml', strategies: ['none', 'early'], seed: 1, runs: 200, done: 200 });
    expect(batch.rows).toHaveLength(400);
    for (const s of ['none', 'early']) {
      const { rate, lower, upper } = batch.summary.strategies[s].atrocity;
      expect(lower).toBeLessThanOrEqual(rate);
      expect(upper).toBeGreaterThanOrEqual(rate);
    }
    // Run i of the page is run i of `firebreak batch` (runSeed(1, i) under both strategies).
    const scenario = loadScenarioFile('scenarios/fragile-state.yaml');
    for (const i of [0, 199]) expect(batch.rows.filter((r) => r.run === i)).toEqual(runTask(scenario, ['none', 'early'], 1, i).rows);

    // The rates in words, and the three charts drawn.
    const summary = await page.locator('#batch-summary').textContent();
    const pct = (x: number) => `${Math.round(100 * x)}%`;
    expect(summary).toContain(`mass atrocity in ${pct(batch.summary.strategies.none.atrocity.rate)} of worlds`);
    expect(summary).toContain(`With "early": ${pct(batch.summary.strategies.early.atrocity.rate)} of worlds`);
    expect(summary).toMatch(/Civilian deaths averted: [\d,]+ per world|Extra civilian deaths/);
    for (const id of ['chart-rate', 'chart-averted', 'chart-fan']) expect(await page.locator(`#${id} svg`).count(), id).toBe(1);
    expect(await page.locator('#chart-rate svg').textContent()).toContain('Share of runs that reach mass atrocity');
    await shot(page, 'classroom-many-worlds.png', true);

    // The cost of waiting for "late" over the first 30 of the same worlds: their twins under
    // "none" are the batch's, so only the moved strategy's worlds are played.
    await page.selectOption('#strategy', 'late');
    await page.click('#tab-waiting');
    await page.fill('#sweep-from', '0');
    await page.fill('#sweep-to', '24');
    await page.fill('#sweep-step', '24');
    await page.selectOption('#sweep-runs', '30');
    await page.click('#run-sweep');
    await page.waitForSelector('#view-waiting[data-state="finished"]', { timeout: 300_000 });
    const sweep = (await probe(page)).sweep!;
    console.log(`sweep of 2 start months x 30 worlds (twins reused) in ${(sweep.milliseconds / 1000).toFixed(1)} s`);
    expect(sweep).toMatchObject({ strategy: 'late', seed: 1, months: [0, 24], runsPerMonth: 30, reusedTwins: 30 });
    expect(sweep.rows.map((r) => `${r['strategies.late.*.from.tick']} ${r.strategy}`)).toEqual(['0 none', '0 late', '24 none', '24 late']);
    // The baseline does not depend on the month.
    expect(sweep.rows[0].atrocity_rate).toBe(sweep.rows[2].atrocity_rate);
    expect(await page.locator('#chart-sweep svg').textContent()).toContain('The cost of waiting');
    expect(await page.locator('#sweep-summary').textContent()).toMatch(/Starting at month 0: mass atrocity in \d+% of worlds/);
    await shot(page, 'classroom-cost-of-waiting.png', true);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
    // 460 runs of the engine: about half a minute on a busy 2-core machine, more while the rest of the suite runs.
  }, 600_000);

  it('stops a batch on Stop: the worlds done are kept and drawn, the choices unlocked', async () => {
    const { page, errors } = await open('scenario=fragile-state&strategy=early&seed=3');
    await page.click('#tab-many');
    await page.selectOption('#runs', '1000');
    // Pressed from the keyboard: the focus goes on to Stop, not to the page.
    await page.focus('#run-batch');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#view-many[data-state="running"]');
    expect(await page.locator('#scenario').isDisabled()).toBe(true);
    expect(await page.locator('#runs').isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stop-batch');
    await page.waitForFunction(() => /^([3-9]|\d\d+) of 1000 worlds/.test(document.querySelector('#batch-status')?.textContent ?? ''));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#view-many[data-state="stopped"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('run-batch');
    expect(await page.locator('#runs').isDisabled()).toBe(false);
    expect(await page.locator('#batch-status').textContent()).toMatch(/^Stopped after \d+ of 1000 worlds\.$/);
    expect(await page.locator('#chart-rate svg').count()).toBe(1);
    expect(await page.locator('#scenario').isDisabled()).toBe(false);
    expect(await page.locator('#stop-batch').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('opens a scenario file from disk: its weeks in the words, the outcome `firebreak run` gives the same file, and a broken file named by line and field', async () => {
    const { page, errors, outside } = await open('scenario=fragile-state&strategy=early&seed=5');
    const file = join(SHOTS, 'weekly.yaml');
    writeFileSync(file, WEEKLY);
    await page.setInputFiles('#scenario-file', file);
    await expect.poll(() => page.locator('#note-title').textContent()).toBe('A weekly test');
    expect(await page.locator('#scenario option:checked').textContent()).toBe('A weekly test (your file weekly.yaml)');
    expect(await page.locator('#strategy').inputValue()).toBe('talks');
    expect(await page.locator('#step').textContent()).toBe('One week');
    expect(await page.locator('#start-label').textContent()).toMatch(/Start every instrument at week$/);
    await page.selectOption('#speed', '0');
    await page.click('#play');
    await page.waitForSelector('#view-one[data-state="finished"]');
    expect(await page.locator('#clock').textContent()).toMatch(/^Week 30 of 30/);
    const played = (await probe(page)).oneWorld!;
    expect(played).toMatchObject({ file: 'weekly.yaml', strategy: 'talks', seed: 5 });
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'run', file, '--strategy', 'talks', '--seed', '5', '--json'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(played.outcome).toEqual(JSON.parse(cli.stdout));

    // A mistake: the page says where, as the command line does, and keeps the scenario shown.
    const broken = join(SHOTS, 'broken.yaml');
    writeFileSync(broken, WEEKLY.replace('horizon: 30', 'horizon: soon'));
    await page.setInputFiles('#scenario-file', broken);
    await expect.poll(() => page.locator('#setup-error').textContent()).toMatch(/broken\.yaml:3:\d+: horizon: expected a whole number/);
    expect(await page.locator('#setup-error').isVisible()).toBe(true);
    expect(await page.locator('#note-title').textContent()).toBe('A weekly test');
    // A file saved as Latin-1: refused as the command line refuses it, not shown with '?'s.
    const latin1 = join(SHOTS, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from(WEEKLY.replace('A weekly test', 'A weekly caf\u00e9'), 'latin1'));
    await page.setInputFiles('#scenario-file', latin1);
    await expect.poll(() => page.locator('#setup-error').textContent()).toMatch(/latin1\.yaml is not UTF-8 text \(line \d+, column \d+: byte 0xE9/);
    expect(await page.locator('#note-title').textContent()).toBe('A weekly test');
    await shot(page, 'classroom-opened-file.png');
    // A file far heavier than the bundled ones is opened, with a word of warning.
    const long = join(SHOTS, 'long.yaml');
    writeFileSync(long, readFileSync('scenarios/fragile-state.yaml', 'utf8').replace(/^horizon: \d+/m, 'horizon: 100000'));
    await page.setInputFiles('#scenario-file', long);
    await expect.poll(() => page.locator('#setup-error').textContent()).toMatch(/long\.yaml is about 833 times the work of the default scenario/);
    expect(await page.locator('#note-title').textContent()).toBe('Fragile state');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard: every control in the tab order, arrow keys between views, Space and → play', async () => {
    const { page, errors } = await open('scenario=three-points&strategy=first-point&seed=2');
    const reached = new Set<string>();
    for (let k = 0; k < 40; k++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    for (const id of ['scenario', 'scenario-file', 'strategy', 'seed', 'start-fixed', 'tab-one', 'play', 'step', 'restart', 'speed']) expect(reached, id).toContain(id);

    await page.focus('#tab-one');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#view-many').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('runs');
    await page.focus('#tab-many');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#view-one').isVisible()).toBe(true);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#clock').textContent()).toMatch(/^Month 1 of 120/);
    await page.keyboard.press(' ');
    await page.waitForSelector('#view-one[data-state="playing"]');
    await page.keyboard.press(' ');
    await page.waitForSelector('#view-one[data-state="paused"]');
    // The slider moves the start of the strategy, and the world restarts with it.
    await page.check('#start-fixed');
    await page.focus('#start-month');
    await page.keyboard.press('End');
    expect(await page.locator('#start-month-value').textContent()).toBe('119');
    expect(await page.evaluate(() => location.hash)).toContain('start=119');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone held upright: no view is wider than the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}#scenario=rwanda-1990s&strategy=front-loaded&seed=3`);
    await page.waitForFunction(() => window.firebreak?.ready === true);
    await page.selectOption('#speed', '0');
    await page.click('#play');
    await page.waitForSelector('#view-one[data-state="finished"]');
    for (const tab of ['#tab-one', '#tab-many', '#tab-waiting']) {
      await page.click(tab);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(390);
    }
    await page.close();
  });

  it('shows Play, the grid and the clock on the first screen of a 1024x768 projector, with the timeline at its own size', async () => {
    for (const [width, height] of [[1024, 768], [1280, 720], [1536, 864]]) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${server.url}#scenario=fragile-state&strategy=late&seed=3`);
      await page.waitForFunction(() => window.firebreak?.ready === true);
      await page.waitForSelector('#timeline svg');
      const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
      const size = `${width}x${height}`;
      expect((await box('#grid')).y + (await box('#grid')).height, size).toBeLessThanOrEqual(height);
      expect((await box('#play')).y, size).toBeLessThan((await box('#grid')).y + 10);
      expect((await box('#clock')).y + (await box('#clock')).height, size).toBeLessThanOrEqual(height);
      // The counts under the grid, and what they mean, no wider than the grid: nothing to scroll.
      expect((await box('#counts table')).width, size).toBeLessThanOrEqual((await box('#grid')).width);
      expect((await box('#counts-note')).width, size).toBeLessThanOrEqual((await box('#grid')).width);
      // The chart's SVG is drawn for its column: the page scales it by about 1, so its 13-14 px
      // text stays 13-14 px (a 600-pixel chart shrunk into the column set it 7 to 9 px high).
      await expect.poll(async () => {
        const [drawn, shown] = await page.evaluate(() => {
          const svg = document.querySelector('#timeline svg')!;
          return [Number(svg.getAttribute('width')), svg.getBoundingClientRect().width];
        });
        return shown / drawn;
      }, { message: size }).toBeGreaterThan(0.95);
      await page.close();
    }
  });

  it('puts Play and the clock above the grid on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}#scenario=fragile-state&strategy=late&seed=3`);
    await page.waitForFunction(() => window.firebreak?.ready === true);
    const grid = (await page.locator('#grid').boundingBox())!;
    expect((await page.locator('#play').boundingBox())!.y).toBeLessThan(grid.y);
    expect((await page.locator('#clock').boundingBox())!.y).toBeLessThan(grid.y);
    await page.close();
  });

  it('follows a bookmark opened in the open tab, says what of a link it could not follow, and keeps R and → after a click on a toolbar button', async () => {
    const { page, errors } = await open('scenario=fragile-state&strategy=early&seed=1');
    await page.click('#step');
    await expect.poll(() => page.locator('#clock').textContent()).toMatch(/^Month 1 of 120/);
    // The focus stays on the clicked button: the arrow and R are still the page's.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#clock').textContent()).toMatch(/^Month 2 of 120/);
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('#clock').textContent()).toMatch(/^Month 0 of 120/);

    // Only the address changes when a bookmark is opened in a tab showing the page.
    await page.evaluate(() => (location.hash = '#scenario=rwanda-1990s&strategy=front-loaded&seed=3'));
    await expect.poll(() => page.locator('#scenario').inputValue()).toBe('rwanda-1990s');
    expect(await page.locator('#strategy').inputValue()).toBe('front-loaded');
    expect(await page.locator('#seed').inputValue()).toBe('3');
    // A seed typed in another notation is shown as the number the world is played with.
    await page.fill('#seed', '1e1');
    await page.locator('#seed').dispatchEvent('change');
    await expect.poll(() => page.locator('#seed').inputValue()).toBe('10');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('seed=10');
    await page.fill('#seed', '3');
    await page.locator('#seed').dispatchEvent('change');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('seed=3');
    expect(await page.locator('#note-title').textContent()).toMatch(/Rwanda/);
    expect(await page.locator('#setup-error').isVisible()).toBe(false);
    // The keyboard's skip link is no bookmark: the scenario stays, and so does the address.
    const shown = await page.evaluate(() => location.hash);
    await page.focus('a.skip');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(shown);
    expect(await page.locator('#scenario').inputValue()).toBe('rwanda-1990s');
    expect(await page.locator('#setup-error').isHidden()).toBe(true);

    await page.evaluate(() => (location.hash = '#scenario=east-timor-1999&strategy=early&seed=4&start=999'));
    await expect.poll(() => page.locator('#scenario').inputValue()).toBe('east-timor-1999');
    const note = await page.locator('#setup-error').textContent();
    expect(note).toMatch(/has no strategy "early": showing "[^"]+"/);
    expect(note).toMatch(/starts the instruments at month 999, past the last month \(35\): starting them at 35/);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('start=35');
    expect(hash).not.toContain('strategy=early');

    // An emptied field of the sweep is not taken for month 0.
    await page.click('#tab-waiting');
    await page.fill('#sweep-from', '');
    await page.click('#run-sweep');
    expect(await page.locator('#sweep-status').textContent()).toMatch(/^Enter the first month, the last month and the step/);
    expect(await page.locator('#view-waiting').getAttribute('data-state')).toBe('ready');

    // A classic model without instruments has nothing to compare.
    await page.selectOption('#scenario', 'epstein-1');
    expect(await page.locator('#sweep-status').textContent()).toMatch(/no outside action to compare/);
    expect(await page.locator('#run-sweep').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
