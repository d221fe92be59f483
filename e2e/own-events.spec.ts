import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { formatDate, formatNumber, formatSpan } from '../src/lib/format';
import { FILE_PLACES, generateEventFile } from '../scripts/own-event-files';
import { UCDP_COLUMNS, UCDP_SYRIA_COLUMNS } from '../scripts/own-event-layouts';
import { axesOf, DAY, day, readDrawn } from './chart-geometry';
import { panel, recordCspViolations, waitForRange } from './helpers';

// Loading an analyst's own event file (issue 20): picked or dropped, read in a worker, reported
// row by row, drawn on the map where its coordinates put it and counted by month on a chart.
// Every file is generated here from the documented columns, never real ACLED or UCDP rows.

const expect = baseExpect.configure({ timeout: 20_000 });
const CSV = 'text/csv';

const dialog = (page: Page) => page.getByTestId('own-import');
const mapCanvas = (page: Page) => panel(page, 'Map').locator('.map__canvas');

async function pick(page: Page, name: string, buffer: Buffer, mimeType = CSV) {
  await page.getByTestId('own-events-input').setInputFiles({ name, mimeType, buffer });
}

/** Waits until the map's rings are those of the range (they are clustered in a worker). */
async function ringsDrawn(page: Page, from: string, to: string) {
  await expect(mapCanvas(page)).toHaveAttribute('data-own-range', `${from}..${to}`);
}

async function loaded(page: Page) {
  await expect(dialog(page)).toHaveAttribute('data-phase', 'done');
}

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

/** The page position at which the running map projects each [lat, lng]. */
function project(page: Page, coordinates: [number, number][]): Promise<Point[]> {
  return mapCanvas(page).evaluate((container, coordinates) => {
    const map = (
      container as HTMLElement & {
        leafletMap?: { latLngToContainerPoint(c: [number, number]): Point };
      }
    ).leafletMap!;
    const box = container.getBoundingClientRect();
    return coordinates.map((c) => {
      const p = map.latLngToContainerPoint(c);
      return { x: box.left + container.clientLeft + p.x, y: box.top + container.clientTop + p.y };
    });
  }, coordinates);
}

async function centre(marker: Locator): Promise<Point> {
  const box = (await marker.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('an ACLED export picked in the file picker: every row read, every bad row reported with its reason', async ({
  page,
}) => {
  const csp = await recordCspViolations(page);
  const file = generateEventFile({
    layout: 'acled',
    rows: 400,
    seed: 11,
    separator: ';',
    dateForms: ['iso', 'day month year', 'day-month-year', 'dd-Mon-yy'],
    badEvery: 53,
    outsideEvery: 40,
  });
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await pick(page, 'syria-acled.csv', Buffer.from(file.text));
  await loaded(page);
  const report = page.getByTestId('own-report');
  await expect(report).toContainText(
    `${formatNumber(file.events.length)} events imported from 400 rows of syria-acled.csv, read as ACLED (current layout, 31 columns); ${file.bad.length} skipped.`,
  );
  await expect(report).toContainText(
    `${file.events.filter((e) => e.outside).length} rows placed outside Syria: kept.`,
  );
  const problems = report.getByRole('list', { name: 'Rows not imported' }).getByRole('listitem');
  await expect(problems).toHaveCount(file.bad.length);
  for (const [i, bad] of file.bad.entries())
    await expect(problems.nth(i)).toContainText(`row ${formatNumber(bad.row)}: ${bad.reason}`);
  // The focus is on Close, not on a button that would change the data.
  await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);

  const dates = file.events.map((e) => e.date).sort();
  await expect(page.getByTestId('own-layer')).toContainText(
    `Your events: ACLED (current layout, 31 columns), ${formatNumber(file.events.length)} events, ${formatSpan(dates[0]!, dates.at(-1)!)}, file syria-acled.csv`,
  );
  // Dropping the rows outside Syria, at the analyst's choice, from the report.
  await page.getByTestId('own-layer').getByRole('button', { name: 'Import report' }).click();
  await page.getByRole('button', { name: 'Drop the events outside Syria' }).click();
  const inside = file.events.filter((e) => !e.outside).length;
  await expect(page.getByTestId('own-layer')).toContainText(`${formatNumber(inside)} events`);
  await expect(page.getByTestId('own-layer')).toContainText('placed outside Syria: dropped');
  expect(csp).toEqual([]);
});

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

test('a large import shows its progress and can be cancelled; hide, show and remove the layer', async ({
  page,
}) => {
  const big = generateEventFile({ layout: 'ucdp', rows: 60_000, seed: 2 });
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await pick(page, 'big.csv', Buffer.from(big.text));
  await expect(dialog(page)).toHaveAttribute('data-phase', 'importing');
  await expect(page.getByTestId('own-progress')).toContainText(
    /[1-9][\d,]* rows read · [\d.]+ (KB|MB) of [\d.]+ MB/,
  );
  await dialog(page).getByRole('button', { name: 'Cancel the import' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId('own-layer')).toHaveCount(0);
  await expect(page.locator('.map-own')).toHaveCount(0);

  const small = generateEventFile({ layout: 'ucdp', rows: 50, seed: 4 });
  await pick(page, 'small.csv', Buffer.from(small.text));
  await loaded(page);
  await page.keyboard.press('Escape');
  const chart = page.getByRole('region', { name: 'Events and deaths per month (your data)' });
  await expect(chart).toHaveCount(1);
  await expect(panel(page, 'Map').locator('.map-own').first()).toBeAttached();
  const bar = page.getByTestId('own-layer');
  await bar.getByRole('button', { name: 'Hide' }).click();
  await expect(panel(page, 'Map').locator('.map-own')).toHaveCount(0);
  await expect(chart).toHaveCount(0);
  await expect(bar).toContainText('(hidden)');
  await bar.getByRole('button', { name: 'Show' }).click();
  await expect(panel(page, 'Map').locator('.map-own').first()).toBeAttached();
  await bar.getByRole('button', { name: /^Remove your events/ }).click();
  await expect(page.getByTestId('own-layer')).toHaveCount(0);
  await expect(panel(page, 'Map').locator('.map-own')).toHaveCount(0);
  await expect(chart).toHaveCount(0);
});

test('a table of another layout: its columns chosen in a preview, then imported', async ({
  page,
}) => {
  const text = [
    'When,Lat,Lng,What,Killed,Notes',
    '2019-05-01,35.93,36.63,Shelling,4,"Idlib, market"',
    '2019-05-02,36.2,37.13,Airstrike,2,Aleppo',
    '2019-05-03,abc,37.13,Airstrike,2,bad row',
  ].join('\n');
  await page.goto('./?from=2019-01-01&to=2019-12-31');
  await waitForRange(page, '2019-01-01', '2019-12-31');
  await pick(page, 'mine.csv', Buffer.from(text));
  await expect(dialog(page)).toHaveAttribute('data-phase', 'mapping');
  const preview = dialog(page).getByRole('table', { name: 'The first rows of the file' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview).toContainText('Idlib, market');
  const importButton = dialog(page).getByRole('button', { name: 'Import' });
  // Latitude and longitude are guessed from their names; the date is not, so Import waits.
  await expect(dialog(page).getByLabel('Latitude (needed)')).toHaveValue('Lat');
  await expect(importButton).toBeDisabled();
  await dialog(page).getByLabel('Date (needed)').selectOption('When');
  await dialog(page).getByLabel('Type of event').selectOption('What');
  await importButton.click();
  await loaded(page);
  await expect(page.getByTestId('own-report')).toContainText(
    '2 events imported from 3 rows of mine.csv, read as Your columns; 1 skipped.',
  );
  await expect(page.getByTestId('own-report')).toContainText(
    "row 4: latitude 'abc' is not a number (column Lat)",
  );
});

test('files that are not tables get one clear message each, and the dashboard keeps working', async ({
  page,
}) => {
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  const good = generateEventFile({ layout: 'ucdp', rows: 2000, seed: 9 }).text;
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const cases: [string, Buffer, string][] = [
    ['empty.csv', Buffer.alloc(0), 'empty.csv is empty.'],
    ['photo.csv', Buffer.concat([png, Buffer.alloc(64)]), 'photo.csv is not a table of text'],
    ['cut.csv.gz', gzipSync(good).subarray(0, 5000), 'cut.csv.gz is not a complete gzip file'],
    [
      'notes.csv',
      Buffer.from('just one line of notes\nand another\n'),
      'does not look like a table of events',
    ],
    [
      'acled-no-coords.csv',
      Buffer.from('event_id_cnty,event_date,event_type,fatalities\nSYR1,2020-01-01,Battles,0\n'),
      "looks like ACLED (current layout, 4 columns) but has no column 'latitude', 'longitude'",
    ],
  ];
  for (const [name, buffer, message] of cases) {
    await pick(page, name, buffer);
    await expect(dialog(page)).toHaveAttribute('data-phase', 'failed');
    await expect(dialog(page).getByRole('alert')).toContainText(message);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toHaveCount(0);
  }
  await expect(page.getByTestId('own-layer')).toHaveCount(0);
  // Still working: a range change reaches every panel.
  await page.getByLabel('From', { exact: true }).fill('2017-01-01');
  await waitForRange(page, '2017-01-01', '2019-12-31');
});

test('the 41-column layout is recognised by its names, whatever their order', async ({ page }) => {
  const header = [...UCDP_SYRIA_COLUMNS].reverse();
  const row: Record<string, string> = {
    date_start: '2018-02-03',
    date_end: '2018-02-05',
    latitude: '35.5',
    longitude: '38.5',
    type_of_violence: '3',
    best: '12',
    country: 'Syria',
  };
  const text = `${header.join('\t')}\n${header.map((c) => row[c] ?? '').join('\t')}\n`;
  await page.goto('./?from=2018-01-01&to=2018-12-31');
  await waitForRange(page, '2018-01-01', '2018-12-31');
  await pick(page, 'ged.tsv', Buffer.from(text), 'text/tab-separated-values');
  await loaded(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('own-layer')).toContainText(
    'Your events: UCDP GED (41 columns, a Syria-only release), 1 event, 3 Feb 2018 – 5 Feb 2018',
  );
  await expect(
    panel(page, 'Map').locator(
      '.map-own[title="Your event: 3 Feb 2018, One-sided violence, 12 deaths"]',
    ),
  ).toHaveCount(1);
});

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
  // a request open for good).
  await expect
    .poll(async () => (await workers()).filter((w) => w.url.includes('import.worker')))
    .toEqual([expect.objectContaining({ stopped: true })]);
  expect((await workers()).map((w) => w.url)).toEqual([expect.stringContaining('import.worker')]);
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

/** The month after a YYYY-MM month. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
