/**
 * Takes a screenshot of a local HTML file in headless Chromium, for docs/:
 *   npx tsx test/helpers/screenshot.ts results/fragile-state/report.html docs/report.png
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.js';

const [input, output, width = '1200', height = '900'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(pathToFileURL(resolve(input)).href);
await page.screenshot({ path: output });
await browser.close();
console.log(`wrote ${output}`);
