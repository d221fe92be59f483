import { createHash } from 'node:crypto';
import { test } from '@playwright/test';
import { formatDate, formatNumber } from '../src/lib/format';
import { generateEventFile } from '../scripts/own-event-files';
import { panel, waitForRange } from './helpers';
import { expect, loaded, mapCanvas, pick, ringsDrawn } from './own-events-import';

// An analyst's own events kept in the browser (issue 20): there again after a reload, forgotten
// when removed, and where the browser cannot store them, working for the visit and saying so.
// Every file is generated here from the documented columns, never real ACLED or UCDP rows.

test('your events are kept across a reload, and forgotten when removed', async ({ page }) => {
  const file = generateEventFile({ layout: 'acled', rows: 120, seed: 21 });
  // The workers each page load starts, and which of them it has stopped.
  await page.addInitScript(() => {
    const seen: { url: string; stopped: boolean }[] = [];
    (window as unknown as { __workers: typeof seen }).__workers = seen;
    const Native = window.Worker;
    window.Worker = class extends Native {
      private readonly seen: { url: string; stopped: boolean };
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.seen = { url: String(url), stopped: false };
        seen.push(this.seen);
      }
      override terminate() {
        this.seen.stopped = true;
        super.terminate();
      }
    };
  });
  const workers = () =>
    page.evaluate(
      () => (window as unknown as { __workers: { url: string; stopped: boolean }[] }).__workers,
    );
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await pick(page, 'kept.csv', Buffer.from(file.text));
  await loaded(page);
  await expect(page.getByTestId('own-report')).toContainText(
    'Kept in this browser for your next visit',
  );
  const sha = createHash('sha256').update(file.text).digest('hex');
  await expect(page.getByTestId('own-report')).toContainText(`SHA-256 of the file: ${sha}.`);
  await page.keyboard.press('Escape');
  await ringsDrawn(page, '2016-01-01', '2019-12-31');
  const count = await panel(page, 'Map').locator('.map-own').count();
  expect(count).toBeGreaterThan(0);

  await page.reload();
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await expect(page.getByTestId('own-layer')).toContainText(
    `${formatNumber(file.events.length)} events`,
  );
  await expect(panel(page, 'Map').locator('.map-own')).toHaveCount(count);
  // Each kept event is told whole, from the text kept with it (close enough to stand alone).
  const first = file.events.find((e) => e.date >= '2016-01-01' && e.date <= '2019-12-31')!;
  await mapCanvas(page).evaluate(
    (container, at) => {
      const map = (
        container as HTMLElement & {
          leafletMap?: { setView(c: [number, number], zoom: number, o: object): void };
        }
      ).leafletMap!;
      map.setView(at, 16, { animate: false });
    },
    [first.lat, first.lon] as [number, number],
  );
  const single = panel(page, 'Map').locator('.map-own[title^="Your event: "]').first();
  const title = (await single.getAttribute('title'))!;
  await single.dispatchEvent('click');
  const told = file.events.filter(
    (e) =>
      title.startsWith(`Your event: ${formatDate(e.date)},`) &&
      title.includes(`, ${e.deaths} death`),
  );
  expect(told.length, title).toBeGreaterThan(0);
  await expect(panel(page, 'Map').locator('.leaflet-popup .own-popup__file')).toHaveText(
    new RegExp(`^Your file kept\\.csv, row (${told.map((e) => e.row).join('|')})\\b`),
  );
  await page
    .getByTestId('own-layer')
    .getByRole('button', { name: /^Remove your events/ })
    .click();
  await expect(page.getByTestId('own-layer')).toHaveCount(0);
  await page.reload();
  await waitForRange(page, '2016-01-01', '2019-12-31');
  // The restore has run (after the first paint) and found nothing: its worker has stopped, and
  // it started no worker to hold a layer's text (one stopped while its script still loaded left
  // a request open for good). The PNG encoder, started with the export code, is not the layer's.
  await expect
    .poll(async () => (await workers()).filter((w) => w.url.includes('import.worker')))
    .toEqual([expect.objectContaining({ stopped: true })]);
  expect(
    (await workers()).map((w) => w.url).filter((url) => !url.includes('png-encoder.worker')),
  ).toEqual([expect.stringContaining('import.worker')]);
  await expect(page.getByTestId('own-layer')).toHaveCount(0);
});

test('where the browser cannot store them, your events work for the visit and say so', async ({
  page,
}) => {
  // The store's database already there without its table (as a refused or broken storage):
  // every write fails, in the worker as in the page. Set up before the page's own scripts run,
  // so that this open is queued before any of the app's (IndexedDB serves them in order).
  await page.addInitScript(() => {
    const request = indexedDB.open('syria-dashboard-own-events', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('something-else');
    request.onsuccess = () => request.result.close();
  });
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  const file = generateEventFile({ layout: 'ucdp', rows: 80, seed: 8 });
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await pick(page, 'unkept.csv', Buffer.from(file.text));
  await loaded(page);
  await expect(page.getByTestId('own-report')).toContainText(
    'will not be kept after a reload: the browser did not let the dashboard store them',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('own-layer')).toContainText(`${file.events.length} events`);
});
