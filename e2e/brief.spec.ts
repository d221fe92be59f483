import { expect, test, type Page } from '@playwright/test';
import { formatDay, readDataset, waitForDefaultRange, type MeetingRecord } from './helpers';
import { readPdf, squeezed, type PdfPage } from './pdf-text';
import { light } from '../src/styles/colours';

/** '#17202a' as computed styles give it: 'rgb(23, 32, 42)'. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const PANELS = ['Actors', 'Peace process tracker', 'Casualties and displacement', 'Map'];

async function openBrief(page: Page) {
  await page.getByRole('button', { name: 'Print / PDF brief' }).click();
  const brief = page.getByRole('dialog', { name: 'Print / PDF brief' });
  await expect(brief.getByRole('status')).toContainText('Brief ready', { timeout: 60_000 });
  return brief;
}

/** The page on which a text first appears (1-based), or 0. */
const pageOf = (pages: readonly PdfPage[], text: string) =>
  pages.findIndex((p) => p.text.includes(squeezed(text))) + 1;

test('the brief of the default view: every panel, the range and the permalink, whole figures, at most 6 A4 pages, all vector', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const range = await waitForDefaultRange(page);
  const brief = await openBrief(page);
  const figures = await brief.locator('figure[data-figure]').count();
  // The tracker's timeline, five charts and the map.
  expect(figures).toBe(7);

  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.length).toBeLessThanOrEqual(6);
  for (const p of pages) {
    // A4 portrait: 210 × 297 mm is 595.3 × 841.9 pt.
    expect(Math.abs(p.width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(p.height - 841.9)).toBeLessThan(1.5);
    // Charts, timeline and map print as vector drawings, not pictures.
    expect(p.images).toBe(0);
  }
  const all = pages.map((p) => p.text).join('');
  for (const title of PANELS) expect(all, title).toContain(squeezed(title));
  expect(all).toContain(squeezed(`${formatDay(range.from)} – ${formatDay(range.to)}`));
  // The link that opens this view, its dates written out: the default range moves with the data.
  const link = new URL(page.url());
  link.searchParams.set('from', range.from);
  link.searchParams.set('to', range.to);
  expect(all).toContain(squeezed(link.toString()));
  expect(all).toContain(squeezed('Dataset'));
  // Only the brief is printed, not the dashboard behind it.
  for (const control of ['Saved views', 'Marks on charts', 'Show all talks venues'])
    expect(all).not.toContain(squeezed(control));
  // No figure is cut across pages: each one's title and its closing line share a page.
  for (let n = 1; n <= figures; n += 1) {
    const starts = pageOf(pages, `Figure ${n}.`);
    expect(starts, `figure ${n} is printed`).toBeGreaterThan(0);
    expect(pageOf(pages, `Figure ${n}:`), `figure ${n} ends on its first page`).toBe(starts);
  }
});

test('the brief prints on Letter too, and names the selection; Escape closes it and gives the focus back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;
  const round = meetings.find((m) => m.start >= '2018-09-01' && m.start <= '2018-12-31')!;
  // In the dark theme too, the paper is white and its text dark, as it will be printed.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`./?from=2018-09-01&to=2018-12-31&round=${round.id}`);
  const brief = await openBrief(page);
  const paper = brief.getByTestId('brief');
  await expect(paper).toHaveCSS('background-color', rgb(light('color-surface')));
  await expect(paper).toHaveCSS('color', rgb(light('color-text')));
  await brief.getByRole('button', { name: 'Letter', exact: true }).click();
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  for (const p of pages) {
    // US Letter portrait: 8.5 × 11 in is 612 × 792 pt.
    expect(Math.abs(p.width - 612)).toBeLessThan(1.5);
    expect(Math.abs(p.height - 792)).toBeLessThan(1.5);
  }
  const all = pages.map((p) => p.text).join('');
  expect(all).toContain(squeezed(`Open round: ${round.title}`));
  expect(all).toContain(squeezed('1 Sept 2018 – 31 Dec 2018'));
  // A short range cites each of its documents in full, the open round's among them.
  const cited = readDataset<{ sources: { id: string; url: string }[] }>('meta.json').sources;
  for (const id of round.sources) {
    const url = cited.find((s) => s.id === id)!.url;
    expect(all, url).toContain(squeezed(url));
  }

  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await page.keyboard.press('Escape');
  await expect(brief).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print / PDF brief' })).toBeFocused();
});

test('the brief in Arabic: right to left, its figures vector, each document and its readable address on lines of their own', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A range whose sources include an address in Arabic script, written with escapes.
  const cited = readDataset<{ sources: { id: string; url: string }[] }>('meta.json').sources;
  await page.goto('./?lang=ar&from=2018-09-01&to=2018-12-31&actor=turkey');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'موجز PDF للطباعة', exact: true }).click();
  const brief = page.getByRole('dialog', { name: 'موجز PDF للطباعة' });
  await expect(brief.getByRole('status')).toContainText('الموجز جاهز', { timeout: 60_000 });
  const paper = brief.getByTestId('brief');
  await expect(paper.locator('h1, h2').first()).toContainText('٢٠١٨');
  await expect(paper).toContainText('الأطراف الفاعلة');
  // Each document of the list is a block of its own, its address a line of its own, written out.
  const documents = paper.locator('.brief__source');
  expect(await documents.count()).toBeGreaterThan(10);
  const shapes = await documents.evaluateAll((list) =>
    list.map((d) => {
      const url = d.querySelector('.brief__url')!;
      return {
        display: getComputedStyle(d).display,
        urlDisplay: getComputedStyle(url).display,
        url: url.textContent ?? '',
      };
    }),
  );
  expect(new Set(shapes.map((s) => `${s.display} ${s.urlDisplay}`))).toEqual(
    new Set(['block block']),
  );
  const escaped = shapes.filter((s) => /%[89A-F][0-9A-F]/i.test(s.url)).map((s) => s.url);
  expect(escaped).toEqual([]);
  // An address in Arabic script is among them, written out, and it is the catalogue's.
  const arabic = shapes.find((s) => /[\u0600-\u06ff]/.test(s.url));
  expect(arabic, 'an address in Arabic script').toBeDefined();
  const written = (url: string) => {
    try {
      return decodeURI(url);
    } catch {
      return url;
    }
  };
  expect(cited.map((s) => written(s.url))).toContain(arabic!.url);

  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages.length).toBeLessThanOrEqual(8);
  for (const p of pages) expect(p.images).toBe(0);
});
