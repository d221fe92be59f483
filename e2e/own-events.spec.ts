import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import { formatNumber, formatSpan } from '../src/lib/format';
import { generateEventFile } from '../scripts/own-event-files';
import { UCDP_SYRIA_COLUMNS } from '../scripts/own-event-layouts';
import { panel, recordCspViolations, waitForRange } from './helpers';
import { dialog, expect, loaded, pick } from './own-events-import';

// Loading an analyst's own event file (issue 20): picked, read in a worker and reported row by
// row; a large import shows its progress and can be cancelled; a table of another layout has its
// columns chosen in a preview; a file that is not a table gets one clear message. Every file is
// generated here from the documented columns, never real ACLED or UCDP rows.

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
