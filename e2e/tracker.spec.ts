import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DAY, day } from './chart-geometry';
import {
  markupOf,
  markupWhenDrawn,
  panel,
  readDataset,
  setRange,
  waitForDefaultRange,
  waitForRange,
  type MeetingRecord,
} from './helpers';

const meetings = readDataset<{
  meetings: (MeetingRecord & { round: number | null; kind: string; participants: string[] })[];
}>('meetings.json').meetings;
const astana4 = meetings.find((m) => m.track === 'astana' && m.round === 4)!;
/** The pixels of an A4 page printed at 300 dpi: more than any export needs. */
const A4_AT_300_DPI = 2480 * 3508;
const tracker = (page: Page) => panel(page, 'Peace process tracker');
const item = (page: Page, id: string) =>
  tracker(page).locator(`.timeline__item[data-meeting-id="${id}"]`);
/** The file the timeline's export button named `button` downloads. */
async function downloadTimeline(page: Page, button: 'Download PNG' | 'Download SVG') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    tracker(page)
      .getByRole('group', { name: /Export Peace process timeline/ })
      .getByRole('button', { name: button })
      .click(),
  ]);
  return readFileSync((await file.path())!);
}

test('the timeline has Astana, Geneva and Constitutional Committee lanes', async ({ page }) => {
  await page.goto('./');
  for (const track of ['astana', 'geneva', 'constitutional-committee']) {
    await expect(tracker(page).locator(`.timeline__lane[data-track="${track}"]`)).toBeVisible();
  }
  const astanaItems = meetings.filter((m) => m.track === 'astana').length;
  await expect(tracker(page).locator('.timeline__item')).toHaveCount(meetings.length);
  expect(astanaItems).toBeGreaterThanOrEqual(22);
});

test('Astana round 4 opens a card with the May 2017 de-escalation memorandum, and ?round= restores it', async ({
  page,
}) => {
  await page.goto('./');
  await item(page, astana4.id).click();
  const card = page.getByTestId('round-card');
  await expect(card).toContainText('May 2017');
  await expect(card).toContainText(/de-escalation/i);
  await expect(card).toContainText(/memorandum/i);
  await expect(page).toHaveURL(new RegExp(`round=${astana4.id}`));

  await page.reload();
  await expect(page.getByTestId('round-card')).toContainText(/de-escalation/i);
  await page.getByTestId('round-card').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('round-card')).toHaveCount(0);
  await expect(page).not.toHaveURL(/round=/);
});

test('narrowing the range removes the rounds outside it', async ({ page }) => {
  await page.goto('./');
  const range = { from: '2021-01-01', to: '2021-12-31' };
  const inside = meetings.filter((m) => m.start <= range.to && m.end >= range.from);
  const outside = meetings.filter((m) => !(m.start <= range.to && m.end >= range.from));
  await page.getByLabel('From', { exact: true }).fill(range.from);
  await page.getByLabel('To', { exact: true }).fill(range.to);
  await expect(tracker(page).locator('.timeline__item')).toHaveCount(inside.length);
  await expect(item(page, outside[0]!.id)).toHaveCount(0);
  await expect(item(page, inside[0]!.id)).toBeVisible();
  await expect(page.getByTestId('progress-table')).toContainText('Constitutional Committee');
});

test('dragging across the timeline sets the range to the days under the pointer, and stops at the plot’s edge', async ({
  page,
}) => {
  await page.goto('./');
  const range = await waitForDefaultRange(page);
  const area = tracker(page).locator('.timeline__brush-area');
  // The day under a fraction of the plot's width: the plot spans the range, first day's start
  // to the last day's end.
  const days = Math.round((day(range.to) - day(range.from)) / DAY) + 1;
  const dayAt = (fraction: number) =>
    new Date(day(range.from) + Math.floor(fraction * days) * DAY).toISOString().slice(0, 10);
  const drag = async (from: number, to: number) => {
    // Read afresh: a new range lays the lanes out again, and the panel may scroll on its own
    // (at a glance), so its end is brought into view first. The lanes' bottom padding holds no
    // marks, so the drag starts on the plot itself.
    await tracker(page).locator('.timeline__legend').scrollIntoViewIfNeeded();
    const box = (await area.boundingBox())!;
    const y = box.y + box.height - 4;
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 5 });
    await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
    await page.mouse.up();
  };
  await drag(0.5, 0.7);
  const within = (iso: string | null, expected: string) =>
    iso !== null && Math.abs(day(iso) - day(expected)) <= DAY;
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams;
      return within(params.get('from'), dayAt(0.5)) && within(params.get('to'), dayAt(0.7));
    })
    .toBe(true);
  const from = new URL(page.url()).searchParams.get('from')!;
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await waitForRange(page, from, new URL(page.url()).searchParams.get('to')!);

  // Released beyond the plot's right edge, the range ends on the last day shown.
  const shown = { from, to: new URL(page.url()).searchParams.get('to')! };
  await drag(0.5, 1.2);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(shown.to);
  await expect(page.getByLabel('From', { exact: true })).not.toHaveValue(shown.from);
});

test('lanes scrolled out of view catch up with a range change, as a fresh load draws them', async ({
  page,
}) => {
  // Lanes out of the panel's view are drawn in a background render after those in view: the
  // moment the timeline's marks say they have drawn the new range, every item must be drawn as
  // a page opened at that range draws it.
  const items = '.timeline__item';
  const marks = (p: Page) => tracker(p).locator('g[data-marks]');
  const [from, next] = ['2015-09-30', '2018-09-17'];
  await page.goto(`./?from=${from}`);
  const { to } = await waitForDefaultRange(page);
  const before = await markupOf(marks(page), items);

  // Lanes are out of view: the timeline scrolls inside its panel.
  const hidden = await tracker(page).evaluate((panelElement) => {
    const body = panelElement.querySelector('.panel__body')!.getBoundingClientRect();
    return [...panelElement.querySelectorAll('.timeline__lane')].filter(
      (lane) => lane.getBoundingClientRect().top >= body.bottom,
    ).length;
  });
  expect(hidden).toBeGreaterThan(0);

  const drawn = await markupWhenDrawn(marks(page), `${next}..${to}`, items);
  await page.getByLabel('From', { exact: true }).fill(next);
  await waitForRange(page, next, to);
  const after = await drawn();

  const fresh = await page.context().newPage();
  await fresh.goto(`./?from=${next}&to=${to}`);
  await waitForRange(fresh, next, to);
  const expected = await markupOf(marks(fresh), items);
  await fresh.close();
  expect(expected).not.toEqual(before);
  expect(after).toEqual(expected);
});

test('arrow keys move between the rounds of a lane, Enter opens one', async ({ page }) => {
  await page.goto('./?from=2017-01-01&to=2017-12-31');
  const rounds = meetings
    .filter((m) => m.track === 'astana' && m.start >= '2017-01-01' && m.end <= '2017-12-31')
    .sort((a, b) => a.start.localeCompare(b.start));
  await item(page, rounds[0]!.id).focus();
  await page.keyboard.press('ArrowRight');
  await expect(item(page, rounds[1]!.id)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`round=${rounds[1]!.id}`));
});

test('a selected actor highlights the rounds it attended and dims the others', async ({ page }) => {
  await page.goto('./?actor=iran');
  const attended = meetings.find((m) => m.participants.includes('iran'))!;
  const absent = meetings.find((m) => !m.participants.includes('iran'))!;
  await expect(item(page, attended.id)).toHaveAttribute('opacity', '1');
  await expect(item(page, absent.id)).toHaveAttribute('opacity', '0.22');
});

test('process presets come from the data', async ({ page }) => {
  await page.goto('./');
  const rounds = meetings.filter(
    (m) => m.track === 'astana' && m.kind === 'round' && m.round !== null && m.status === 'held',
  );
  const max = Math.max(...rounds.map((m) => m.round!));
  const first = rounds.map((m) => m.start).sort()[0]!;
  await page.getByRole('button', { name: `Astana 1–${max}` }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(first);
  await page.getByRole('button', { name: 'Constitutional Committee sessions' }).click();
  await expect(page).toHaveURL(/from=2019-10-30/);
});

test('the timeline exports as a self-describing PNG and SVG, and the progress table as CSV', async ({
  page,
}) => {
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(tracker(page).locator('.timeline__item').first()).toBeVisible();
  const exportGroup = tracker(page).getByRole('group', { name: /Export Peace process timeline/ });

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/^peace-process-timeline.*_2017-01-01_2019-12-31\.png$/);
  const pngBytes = readFileSync((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(20_000);
  // 2x density: the width in the IHDR chunk is twice the on-screen width (plus margins).
  const pngWidth = pngBytes.readUInt32BE(16);
  const onScreen = (await tracker(page).locator('.timeline__svg').boundingBox())!.width;
  expect(pngWidth).toBeGreaterThanOrEqual(onScreen * 2);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    exportGroup.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgText = readFileSync((await svg.path())!, 'utf8');
  expect(svgText).toContain('<text');
  expect(svgText).toContain('Peace process timeline');
  expect(svgText).toContain('1 Jan 2017 – 31 Dec 2019');
  expect(svgText).toMatch(/Sources: /);
  expect(svgText).toMatch(/Dataset \d{4}\.\d{2}\.\d{2}/);
  expect(svgText).toContain('from=2017-01-01');
  expect(svgText).not.toContain('foreignObject');
  expect(svgText).toContain('@font-face');

  const progress = page.getByRole('group', { name: /Export Peace process progress/ });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    progress.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.split('\r\n')[0]).toContain('track,items_in_range,held');
  expect(csvText).toContain('Astana format');
});

test('the full timeline exports as a PNG of at most an A4 page at 300 dpi, undistorted and no smaller than on screen', async ({
  page,
}) => {
  // The whole range lists every item under the timeline, a tall image: at 2× it was 12 megapixels (A4 at 300 dpi is 8.7),
  // slow to draw and encode and heavy to paste into a document.
  await page.goto('./');
  await expect(tracker(page).locator('.timeline__item')).toHaveCount(meetings.length);
  const svg = (await downloadTimeline(page, 'Download SVG')).toString('utf8');
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)!;
  const [svgWidth, svgHeight] = [Number(size[1]), Number(size[2])];
  const png = await downloadTimeline(page, 'Download PNG');
  const [pngWidth, pngHeight] = [png.readUInt32BE(16), png.readUInt32BE(20)];

  expect(pngWidth * pngHeight).toBeLessThanOrEqual(A4_AT_300_DPI);
  // The same density across and down (within rounding), and at least the size on screen.
  expect(Math.abs(pngWidth / svgWidth - pngHeight / svgHeight)).toBeLessThan(0.01);
  expect(pngWidth).toBeGreaterThanOrEqual(svgWidth);
  // As dense as the cap allows: one percent denser would exceed it.
  const denser = (pngWidth / svgWidth) * 1.01;
  expect(svgWidth * denser * svgHeight * denser).toBeGreaterThan(A4_AT_300_DPI);
});

test('PNGs are encoded by one worker, started before the first export, to the bytes the page itself would encode', async ({
  page,
}) => {
  // The page's own encoder (canvas.toBlob) waits for the page to be idle, and after a range
  // change headless Chromium gave it no idle time: a second of waiting for every timeline PNG.
  const encoders: string[] = [];
  page.on('worker', (worker) => {
    if (/png-encoder/.test(worker.url())) encoders.push(worker.url());
  });
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(tracker(page).locator('.timeline__item').first()).toBeVisible();
  // Started once the page is idle, with the export code: there when the network has gone.
  await expect.poll(() => encoders.length).toBe(1);
  const png = await downloadTimeline(page, 'Download PNG');
  await setRange(page, '2018-01-01', '2018-12-31');
  const second = await downloadTimeline(page, 'Download PNG');
  expect(encoders).toHaveLength(1);

  // The same pixels encoded by the page's canvas give the same file: the worker's PNG is the
  // browser's own encoding.
  const reencoded = (png: Buffer) =>
    page.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        canvas.getContext('2d')!.drawImage(image, 0, 0);
        const blob = await new Promise<Blob | null>((resolve) =>
          canvas.toBlob(resolve, 'image/png'),
        );
        return [...new Uint8Array(await blob!.arrayBuffer())];
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
  for (const file of [png, second]) {
    expect(file.subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.from(await reencoded(file)).equals(file)).toBe(true);
  }
  expect(second.equals(png)).toBe(false);
});

test('an export is drawn in the light theme from a dark page too, and a page already light is not restyled for it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(tracker(page).locator('.timeline__item').first()).toBeVisible();
  // The theme attribute's value before each change of it, from here on.
  await page.evaluate(() => {
    const before: (string | null)[] = [];
    (window as unknown as { __themes: typeof before }).__themes = before;
    new MutationObserver((records) => {
      for (const record of records) before.push(record.oldValue);
    }).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
      attributeOldValue: true,
    });
  });
  const themeChanges = () =>
    page.evaluate(() => (window as unknown as { __themes: (string | null)[] }).__themes.slice());
  const svg = async () => (await downloadTimeline(page, 'Download SVG')).toString('utf8');

  const light = await svg();
  expect(await themeChanges()).toEqual([]);

  // The system's dark theme, then the dark theme chosen: the same file, the page left dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await svg()).toBe(light);
  // Switched to light for the export, and back.
  expect(await themeChanges()).toEqual([null, 'light']);
  await page.getByLabel('Colour theme').selectOption('dark');
  expect(await svg()).toBe(light);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await themeChanges()).toEqual([null, 'light', null, 'dark', 'light']);
});
