/**
 * `npm run bench`: builds the production bundle, serves it, drives Chromium and prints the
 * median of several runs for what an analyst feels: bytes shipped, time until all four panels
 * show data, and time from a date-range change to every panel updated and painted. Writes the
 * figures to bench/results.json. A benchmark, not a test: it measures and reports; budgets are
 * printed beside the figures.
 *
 * Options: --runs N (page loads, default 5), --changes N (range changes per load, default 20),
 * --no-build (measure the existing dist/).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const runs = option('runs', 5);
const changes = option('changes', 20);
const PORT = 4180;

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveStatic('dist', PORT);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });

// Records, in the page, the moment all four panels first show their data.
const markPanelsReady = () => {
  const ids = ['actors-summary', 'tracker-summary', 'statistics-summary', 'map-summary'];
  const check = () => {
    if (window.__panelsReadyAt) return;
    if (ids.every((id) => document.querySelector(`[data-testid="${id}"]`))) {
      window.__panelsReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

// Sets the From date as a user would and resolves with the time until the DOM shows the new
// range everywhere and the browser has painted the next frame.
const changeRange = async ({ from, expected }) => {
  const input = document.querySelector('input[type="date"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const subtitles = () => [...document.querySelectorAll('.panel__subtitle')];
  const t0 = performance.now();
  setValue.call(input, from);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => {
      if (
        subtitles().length === 4 &&
        subtitles().every((el) => el.textContent.includes(expected))
      ) {
        requestAnimationFrame(() => setTimeout(resolve, 0));
      } else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t0;
};

const samples = { loadMs: [], rangeChangeMs: [], jsGzip: [], cssGzip: [], domContentLoadedMs: [] };
for (let run = 0; run < runs; run += 1) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(markPanelsReady);
  const bodies = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      bodies.push(response.body().then((b) => ({ type, b })));
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => window.__panelsReadyAt !== undefined, null, { timeout: 15_000 });
  samples.loadMs.push(await page.evaluate(() => window.__panelsReadyAt));
  samples.domContentLoadedMs.push(
    await page.evaluate(
      () => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    ),
  );
  const files = await Promise.all(bodies);
  samples.jsGzip.push(
    files.filter((f) => f.type === 'script').reduce((n, f) => n + gzipSync(f.b).length, 0),
  );
  samples.cssGzip.push(
    files.filter((f) => f.type === 'stylesheet').reduce((n, f) => n + gzipSync(f.b).length, 0),
  );

  for (let i = 0; i < changes; i += 1) {
    const target =
      i % 2 === 0
        ? { from: '2018-09-17', expected: '17 Sept 2018' }
        : { from: '2015-09-30', expected: '30 Sept 2015' };
    samples.rangeChangeMs.push(await page.evaluate(changeRange, target));
  }
  await context.close();
}
await browser.close();
server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const ms = (value) => Math.round(value * 10) / 10;

const rows = [
  { metric: 'JS transferred (gzip)', value: kb(median(samples.jsGzip)), unit: 'KB', budget: 200 },
  { metric: 'CSS transferred (gzip)', value: kb(median(samples.cssGzip)), unit: 'KB' },
  { metric: 'DOMContentLoaded', value: ms(median(samples.domContentLoadedMs)), unit: 'ms' },
  {
    metric: 'navigation → all four panels with data',
    value: ms(median(samples.loadMs)),
    unit: 'ms',
    budget: 1500,
  },
  {
    metric: 'range change → all panels updated and painted',
    value: ms(median(samples.rangeChangeMs)),
    unit: 'ms',
    budget: 50,
  },
  {
    metric: 'range change, slowest of all',
    value: ms(Math.max(...samples.rangeChangeMs)),
    unit: 'ms',
  },
];

console.log(
  `\nbench: ${runs} page loads, ${changes} range changes each, medians (Chromium, ${new Date().toISOString().slice(0, 10)})\n`,
);
for (const row of rows) {
  const verdict =
    row.budget === undefined
      ? ''
      : row.value <= row.budget
        ? `PASS (≤ ${row.budget})`
        : `FAIL (> ${row.budget})`;
  console.log(
    `${row.metric.padEnd(48)} ${String(row.value).padStart(8)} ${row.unit.padEnd(3)} ${verdict}`,
  );
}
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, changesPerRun: changes, rows, samples }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');
