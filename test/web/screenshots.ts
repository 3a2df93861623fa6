/**
 * The classroom page's screenshots in docs/, taken from the built page in headless Chromium:
 *   npx tsx test/web/screenshots.ts
 * docs/classroom-one-world.png     fragile-state, "late", seed 3, paused at month 75 (the
 *                                  instruments came at month 61, after the first killings)
 * docs/classroom-many-worlds.png   200 worlds of fragile-state, "early" against "none", seed 1
 * docs/classroom-cost-of-waiting.png  "late" starting at months 0 to 48 every 6, 60 worlds each
 * Prints the times the page reports. Takes a few minutes on a 2-core machine; name views to
 * take only those (`npx tsx test/web/screenshots.ts one-world`).
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.js';
import { buildPage, servePage } from './page-server.js';

const VIEWPORT = { width: 1536, height: 864 };
const wanted = process.argv.slice(2);
const take = (view: string) => wanted.length === 0 || wanted.includes(view);

await buildPage();
const server = await servePage();
const browser = await launchChromium();

async function open(hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${server.url}#${hash}`);
  await page.waitForFunction(() => window.firebreak?.ready === true);
  return page;
}

async function oneWorld(): Promise<void> {
  const page = await open('scenario=fragile-state&strategy=late&seed=3');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let m = 0; m < 75; m++) await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#view-one[data-state="paused"]');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/classroom-one-world.png' });
  console.log('wrote docs/classroom-one-world.png');
  await page.close();
}

async function manyWorlds(): Promise<void> {
  const page = await open('scenario=fragile-state&strategy=early&seed=1');
  await page.click('#tab-many');
  await page.click('#run-batch');
  await page.waitForSelector('#view-many[data-state="finished"]', { timeout: 600_000 });
  const batch = await page.evaluate(() => window.firebreak.batch!);
  console.log(`200 worlds in ${(batch.milliseconds / 1000).toFixed(1)} s on ${batch.workers} workers`);
  await page.screenshot({ path: 'docs/classroom-many-worlds.png', fullPage: true });
  console.log('wrote docs/classroom-many-worlds.png');
  await page.close();
}

async function costOfWaiting(): Promise<void> {
  const page = await open('scenario=fragile-state&strategy=late&seed=1');
  await page.click('#tab-waiting');
  await page.fill('#sweep-from', '0');
  await page.fill('#sweep-to', '48');
  await page.fill('#sweep-step', '6');
  await page.selectOption('#sweep-runs', '60');
  await page.click('#run-sweep');
  await page.waitForSelector('#view-waiting[data-state="finished"]', { timeout: 900_000 });
  const sweep = await page.evaluate(() => window.firebreak.sweep!);
  console.log(`sweep of ${sweep.months.length} start months x ${sweep.runsPerMonth} worlds in ${(sweep.milliseconds / 1000).toFixed(1)} s`);
  await page.screenshot({ path: 'docs/classroom-cost-of-waiting.png', fullPage: true });
  console.log('wrote docs/classroom-cost-of-waiting.png');
  await page.close();
}

try {
  if (take('one-world')) await oneWorld();
  if (take('many-worlds')) await manyWorlds();
  if (take('cost-of-waiting')) await costOfWaiting();
} finally {
  await browser.close();
  await server.close();
}
