import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, type Locator } from '@playwright/test';
import { formatDate } from '../src/lib/format';
import { FILE_PLACES, generateEventFile } from '../scripts/own-event-files';
import { UCDP_COLUMNS } from '../scripts/own-event-layouts';
import { axesOf, DAY, day, readDrawn } from './chart-geometry';
import { panel, waitForRange } from './helpers';
import { project } from './map-marks';
import { expect, loaded, mapCanvas, pick, ringsDrawn } from './own-events-import';

// An analyst's own event file (issue 20), picked or dropped: drawn on the map where its
// coordinates put it (and in the map's export), clustered with its counts, and counted by month
// on a chart, read through the axes it draws. Every file is generated here from the documented
// columns, never real ACLED or UCDP rows.

/** A UCDP GED table of the given rows (every other column empty), in the 49-column layout. */
function ucdpTable(rows: Record<string, string>[]): string {
  return [
    UCDP_COLUMNS.join(','),
    ...rows.map((r) => UCDP_COLUMNS.map((c) => r[c] ?? '').join(',')),
  ].join('\n');
}

interface Point {
  x: number;
  y: number;
}

/** The centre of a marker on the page. */
async function centre(marker: Locator): Promise<Point> {
  const box = (await marker.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('each of your events is drawn where its coordinates put it, before and after a zoom, and only in the range', async ({
  page,
}) => {
  // One event at each place but Idlib (near Aleppo), on days of 2018, far enough apart not to
  // cluster.
  const rows = FILE_PLACES.filter((p) => p.name !== 'Idlib').map((p, i) => ({
    id: String(i + 1),
    type_of_violence: String((i % 3) + 1),
    side_a: 'Government of Syria',
    side_b: 'Syrian insurgents',
    latitude: String(p.lat),
    longitude: String(p.lon),
    country: 'Syria',
    date_start: `2018-0${i + 1}-1${i}`,
    date_end: `2018-0${i + 1}-1${i}`,
    best: String(i * 7),
  }));
  // And one in Beirut, before them all, that the analyst drops: every event after it moves up
  // one place in the layer, and each popup must still show its own row.
  const beirut = {
    ...rows[0]!,
    id: '7',
    latitude: '33.8938',
    longitude: '35.5018',
    country: 'Lebanon',
    date_start: '2018-01-01',
    date_end: '2018-01-01',
  };
  await page.goto('./?from=2018-01-01&to=2018-12-31');
  await waitForRange(page, '2018-01-01', '2018-12-31');
  await pick(page, 'ged-six.csv', Buffer.from(ucdpTable([...rows, beirut])));
  await loaded(page);
  await page.keyboard.press('Escape');
  await page.getByTestId('own-layer').getByRole('button', { name: 'Import report' }).click();
  await page.getByRole('button', { name: 'Drop the events outside Syria' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('own-layer')).toContainText(`${rows.length} events`);
  const marks = panel(page, 'Map').locator('.leaflet-marker-icon.map-own');

  const check = async (expected: typeof rows) => {
    await expect(marks).toHaveCount(expected.length);
    const at = await project(
      page,
      expected.map((r) => [Number(r.latitude), Number(r.longitude)]),
    );
    for (const [i, r] of expected.entries()) {
      const deaths = Number(r.best);
      const title = `Your event: ${formatDate(r.date_start)}, ${['State-based conflict', 'Non-state conflict', 'One-sided violence'][Number(r.type_of_violence) - 1]}, ${deaths} death${deaths === 1 ? '' : 's'}`;
      const mark = panel(page, 'Map').locator(`.map-own[title="${title}"]`);
      const c = await centre(mark);
      expect(Math.hypot(c.x - at[i]!.x, c.y - at[i]!.y), title).toBeLessThanOrEqual(2);
    }
  };
  await mapCanvas(page).scrollIntoViewIfNeeded();
  await check(rows);

  // Each event's popup tells that event, row and all, as the file gives it.
  for (const [i, r] of rows.entries()) {
    // Clicked as the marker's own element (other places' marks lie over some of them).
    await panel(page, 'Map')
      .locator(`.map-own[title^="Your event: ${formatDate(r.date_start)},"]`)
      .dispatchEvent('click');
    // Found by its row: a popup that told another event (the one before the drop) is not it.
    const popup = panel(page, 'Map').locator('.leaflet-popup .own-popup', {
      hasText: `Your file ged-six.csv, row ${i + 2} (id ${r.id})`,
    });
    await expect(popup).toContainText(`${formatDate(r.date_start)}: `);
    await expect(popup).toContainText('Government of Syria – Syrian insurgents');
    await expect(popup).toContainText(`${r.best} death`);
  }
  await page.locator('.leaflet-popup-close-button').last().dispatchEvent('click');
  await mapCanvas(page).evaluate(
    (container) =>
      new Promise<void>((resolve) => {
        const map = (
          container as HTMLElement & {
            leafletMap?: {
              once(t: string, f: () => void): void;
              setZoom(z: number): void;
              getZoom(): number;
            };
          }
        ).leafletMap!;
        map.once('zoomend', () => resolve());
        map.setZoom(map.getZoom() + 1);
      }),
  );
  await check(rows);

  // The exported map draws the same rings at the same places, and says whose events they are.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page, 'Map').getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const rings = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [...doc.querySelectorAll('svg svg circle[data-own]')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
    }));
  }, svg);
  const box = (await mapCanvas(page).boundingBox())!;
  const projected = await project(
    page,
    rows.map((r) => [Number(r.latitude), Number(r.longitude)]),
  );
  expect(rings).toHaveLength(rows.length);
  for (const p of projected) {
    const nearest = Math.min(...rings.map((r) => Math.hypot(r.x + box.x - p.x, r.y + box.y - p.y)));
    expect(nearest).toBeLessThanOrEqual(2);
  }
  // The text as printed (the note wraps over several lines).
  const text = svg
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  for (const said of [
    'Your events: State-based conflict',
    'Includes your events from ged-six.csv (UCDP GED (49 columns))',
    "Sundberg, Ralph and Erik Melander (2013), 'Introducing the UCDP Georeferenced Event Dataset'",
  ])
    expect(text.includes(said), said).toBe(true);

  // A range holding the first three months shows their three events only.
  await page.getByLabel('To', { exact: true }).fill('2018-03-31');
  await waitForRange(page, '2018-01-01', '2018-03-31');
  await check(rows.slice(0, 3));
});

test('a gzipped UCDP file dropped on the page: clustered on the map with its counts, charted by month through the drawn axes', async ({
  page,
}) => {
  const file = generateEventFile({
    layout: 'ucdp-syria',
    rows: 1500,
    seed: 5,
    from: '2017-01-01',
    days: 700,
  });
  await page.goto('./?from=2017-01-01&to=2018-12-31');
  await waitForRange(page, '2017-01-01', '2018-12-31');
  const gz = gzipSync(file.text).toString('base64');
  // A drag over the page shows where to drop; the drop loads the file.
  await page.evaluate(async (gz) => {
    const bytes = Uint8Array.from(atob(gz), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'ged_syria.csv.gz', { type: 'application/gzip' }));
    (window as unknown as { __drop: DataTransfer }).__drop = transfer;
    document.body.dispatchEvent(
      new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }),
    );
  }, gz);
  await expect(page.locator('.own-drop')).toBeVisible();
  await page.evaluate(() => {
    const transfer = (window as unknown as { __drop: DataTransfer }).__drop;
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.locator('.own-drop')).toHaveCount(0);
  await loaded(page);
  await expect(page.getByTestId('own-report')).toContainText(
    'read as UCDP GED (41 columns, a Syria-only release)',
  );
  await page.keyboard.press('Escape');
  await ringsDrawn(page, '2017-01-01', '2018-12-31');

  // The clusters hold every event and every death of the file, no more.
  const titles = await panel(page, 'Map')
    .locator('.leaflet-marker-icon.map-own')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  let events = 0;
  let deaths = 0;
  for (const title of titles) {
    const cluster = /^Your events: ([\d,]+) events, ([\d,]+) deaths reported/.exec(title);
    const single = /^Your event: .*?(?:, ([\d,]+) deaths?)?$/.exec(title);
    if (cluster) {
      events += Number(cluster[1]!.replaceAll(',', ''));
      deaths += Number(cluster[2]!.replaceAll(',', ''));
    } else {
      expect(single, title).not.toBeNull();
      events += 1;
      deaths += Number((single![1] ?? '0').replaceAll(',', ''));
    }
  }
  expect(events).toBe(file.events.length);
  expect(deaths).toBe(file.events.reduce((sum, e) => sum + e.deaths, 0));

  // The monthly chart: each month one level over the month, at the count of the file's events
  // and at its deaths, read through the axes the chart draws.
  const chart = page.getByRole('region', { name: 'Events and deaths per month (your data)' });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const drawn = await readDrawn(chart);
  const { x, y } = axesOf(drawn);
  // Every month from the file's first event to its last, empty ones included.
  const dates = file.events.map((e) => e.date).sort();
  const months: { month: string; events: number; deaths: number }[] = [];
  for (let m = dates[0]!.slice(0, 7); m <= dates.at(-1)!.slice(0, 7); m = nextMonth(m)) {
    const of = file.events.filter((e) => e.date.startsWith(m));
    months.push({ month: m, events: of.length, deaths: of.reduce((s, e) => s + e.deaths, 0) });
  }
  const expected = months.flatMap((m) => [
    { month: m.month, value: m.events },
    { month: m.month, value: m.deaths },
  ]);
  expect(drawn.paths).toHaveLength(expected.length);
  const levels = drawn.paths.map((p) => {
    expect(p).toHaveLength(2);
    return { x0: p[0]!.x, x1: p[1]!.x, y: p[0]!.y };
  });
  for (const e of expected) {
    const start = day(`${e.month}-01`);
    const [yy, mm] = e.month.split('-').map(Number) as [number, number];
    const end = Date.UTC(yy, mm, 1) - DAY;
    const match = levels.find(
      (l) =>
        Math.abs(l.x0 - x(start)) <= 1 &&
        Math.abs(l.x1 - x(end + DAY)) <= 1 &&
        Math.abs(l.y - y(e.value)) <= 1,
    );
    expect(match, `${e.month}: ${e.value}`).toBeDefined();
  }
});

/** The month after a YYYY-MM month. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
