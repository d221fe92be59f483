/**
 * `npm run bench:own-events [-- --rows 20000,200000,1000000] [--no-build]`
 *
 * How fast an analyst's own event file loads (issue 20): for each size, a seeded file of the
 * documented columns (UCDP GED's layout up to 20,000 rows, ACLED's above, as the issue's
 * budgets are written) is picked in the real app in Chromium, and the bench times the pick to
 * the layer drawn on the map, records the longest main-thread task during the import (Long
 * Tasks API), and then times range changes with the layer loaded (to every panel painted, as
 * `npm run bench` does). Results go to bench/results-own-events.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { generateEventFile } from '../scripts/own-event-files';
import { serveStatic } from '../scripts/serve-static.mjs';

const args = process.argv.slice(2);
const rowsArg = args.includes('--rows')
  ? args[args.indexOf('--rows') + 1]!
  : '20000,200000,1000000';
const sizes = rowsArg.split(',').map(Number);
const PORT = 4192;
/** The budgets: ms from the pick to the layer on the map, by rows. */
const budget = (rows: number) => (rows <= 20_000 ? 3_000 : rows <= 200_000 ? 10_000 : 40_000);

if (!args.includes('--no-build')) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
}
const dir = join(tmpdir(), 'syria-bench-own-events');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const server = await serveStatic('dist', PORT);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });

interface Row {
  rows: number;
  layout: string;
  megabytes: number;
  importMs: number;
  budgetMs: number;
  longestTaskMs: number;
  rangeChangeMs: number;
}
const results: Row[] = [];
for (const rows of sizes) {
  const layout = rows <= 20_000 ? 'ucdp' : 'acled';
  const file = join(dir, `${layout}-${rows}.csv`);
  writeFileSync(
    file,
    generateEventFile({ layout, rows, seed: 1, from: '2012-01-01', days: 4700 }).text,
  );
  const megabytes = readFileSync(file).byteLength / 1024 ** 2;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript({ content: readFileSync('bench/in-page.js', 'utf8') });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __bench: { allPanelsAt?: number } }).__bench.allPanelsAt !==
      undefined,
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1500);
  // Long tasks from here on are the import's.
  await page.evaluate(
    () => ((window as unknown as { __bench: { longest: number } }).__bench.longest = 0),
  );
  const started = Date.now();
  await page.getByTestId('own-events-input').setInputFiles(file);
  await page.locator('[data-testid="own-import"][data-phase="done"]').waitFor({ timeout: 300_000 });
  await page.locator('.map-own').first().waitFor({ state: 'attached', timeout: 300_000 });
  const importMs = Date.now() - started;
  const longestTaskMs = await page.evaluate(
    () => (window as unknown as { __bench: { longest: number } }).__bench.longest,
  );
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1000);
  const times: number[] = [];
  const targets = ['2016-09-17', '2013-09-30'];
  for (let i = 0; i < 10; i += 1) {
    const change = (await page.evaluate(
      `window.__bench.changeRange(${JSON.stringify(targets[i % 2])})`,
    )) as { shown: number };
    times.push(change.shown);
  }
  times.sort((a, b) => a - b);
  results.push({
    rows,
    layout,
    megabytes: Math.round(megabytes * 10) / 10,
    importMs,
    budgetMs: budget(rows),
    longestTaskMs: Math.round(longestTaskMs),
    rangeChangeMs: Math.round(times[5]! * 10) / 10,
  });
  await page.close();
}
await browser.close();
server.close();
for (const r of results)
  console.log(
    `${r.rows.toLocaleString('en-GB')} rows (${r.layout}, ${r.megabytes} MB): import → layer on the map ${r.importMs} ms (${r.importMs <= r.budgetMs ? 'PASS' : 'FAIL'} ≤ ${r.budgetMs}); longest task ${r.longestTaskMs} ms (${r.longestTaskMs <= 100 ? 'PASS' : 'FAIL'} ≤ 100); range change with the layer ${r.rangeChangeMs} ms`,
  );
writeFileSync(
  'bench/results-own-events.json',
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n',
);
