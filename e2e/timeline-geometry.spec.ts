import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { statusLabels, trackLabels } from '../src/data/labels';
import type { Meeting } from '../src/data/schemas/meetings';
import { addDays, daysBetween, type DateRange } from '../src/lib/dates';
import type { Language } from '../src/i18n/catalogue';
import { translate } from '../src/i18n/t';
import { seededRandom } from '../src/lib/random';
import { formatDay, readDataset } from './helpers';

/*
 * "Drawn equals data" for the process timeline. The axis the timeline draws (its tick lines and
 * their labels) is the only ruler: px per day comes from two of its ticks, and every mark must
 * sit where that ruler puts its meeting's dates. The convention, from the component: a tick sits
 * at the start of its day, and a meeting covers its days inclusively, so its mark runs from the
 * start of its first day to the start of the day after its last (end + 1 day). A meeting too
 * short to see is a diamond centred on that span. Meetings partly outside the range are cut at
 * the range's edges. The dates come from public/data/meetings.json, never from the page.
 */

const meetings = readDataset<{ meetings: Meeting[] }>('meetings.json').meetings;
const { asOf } = readDataset<{ asOf: string }>('meta.json');
const tolerance = 1;

const inRange = (range: DateRange) =>
  meetings.filter((m) => m.start <= range.to && m.end >= range.from);

const formatDays = (start: string, end: string) =>
  start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;

interface Drawn {
  ticks: { x: number; label: string }[];
  marks: {
    id: string;
    kind: string;
    left: number;
    right: number;
    top: number;
    bottom: number;
    key: { text: string; left: number } | null;
    ring: boolean;
  }[];
  /** The lanes' labels, as boxes, and the left edge of the image they are drawn in. */
  labels: { text: string; left: number; right: number; top: number; bottom: number }[];
  svgLeft: number;
  clip: { left: number; right: number } | null;
  entries: { id: string; key: string; text: string; open: boolean }[];
  text: string;
}

/** What a timeline `<svg>` draws, in screen pixels: axis ticks, marks, keys, the key list. */
function measure(svg: Locator): Promise<Drawn> {
  return svg.evaluate(async (root: SVGSVGElement) => {
    // Text is measured in the fonts it is drawn in, not in a fallback shown while they load
    // (the page's stylesheet or the export's embedded faces).
    await Promise.all([
      document.fonts.load('600 12px "Inter Variable"'),
      document.fonts.load('600 12px "Noto Sans Arabic Variable"', 'عربي'),
    ]);
    await document.fonts.ready;
    const box = (el: Element) => el.getBoundingClientRect();
    const ticks = [...root.querySelectorAll('[data-axis-tick]')].map((tick) => ({
      x: box(tick.querySelector('line')!).left,
      label: tick.querySelector('text')?.textContent ?? '',
    }));
    const marks = [...root.querySelectorAll('[data-meeting-id]')].map((item) => {
      const id = item.getAttribute('data-meeting-id') ?? '';
      const mark = item.querySelector('[data-mark]');
      const key = root.querySelector(`[data-key-for="${CSS.escape(id)}"]`);
      return {
        id,
        kind: mark?.getAttribute('data-mark') ?? 'missing',
        left: mark ? box(mark).left : NaN,
        right: mark ? box(mark).right : NaN,
        top: mark ? box(mark).top : NaN,
        bottom: mark ? box(mark).bottom : NaN,
        key: key ? { text: key.textContent ?? '', left: box(key).left } : null,
        ring: item.querySelector('[data-open-ring]') !== null,
      };
    });
    let clip: Drawn['clip'] = null;
    const layer = root.querySelector('[data-marks]');
    const clipId = layer?.getAttribute('clip-path')?.match(/url\(#(.+)\)/)?.[1];
    const clipRect = clipId ? root.querySelector(`[id="${clipId}"] rect`) : null;
    const ctm =
      clipRect instanceof SVGRectElement ? clipRect.ownerSVGElement?.getScreenCTM() : null;
    if (clipRect instanceof SVGRectElement && ctm) {
      const x = clipRect.x.baseVal.value;
      const width = clipRect.width.baseVal.value;
      clip = { left: ctm.a * x + ctm.e, right: ctm.a * (x + width) + ctm.e };
    }
    const textOf = (el: Element) =>
      [...el.querySelectorAll('text')]
        .map((t) => t.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ');
    const entries = [...root.querySelectorAll('[data-entry-id]')].map((entry) => ({
      id: entry.getAttribute('data-entry-id') ?? '',
      key: entry.querySelector('[data-entry-key]')?.textContent ?? '',
      text: textOf(entry),
      open: entry.getAttribute('data-open') === 'true',
    }));
    const labels = [...root.querySelectorAll('[data-track] > text')].map((label) => {
      const { left, right, top, bottom } = box(label);
      return { text: label.textContent ?? '', left, right, top, bottom };
    });
    const svgLeft = box(root).left;
    return { ticks, marks, labels, svgLeft, clip, entries, text: textOf(root) };
  });
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date a tick label names: "2018", "Apr 2018", or "7 Sept" (a week tick, year from the range). */
function tickDate(label: string, range: DateRange): string {
  const month = (name: string) => {
    const index = months.indexOf(name.slice(0, 3).toLowerCase());
    if (index < 0) throw new Error(`unknown month in tick label "${label}"`);
    return String(index + 1).padStart(2, '0');
  };
  let parts: RegExpMatchArray | null;
  if ((parts = label.match(/^(\d{4})$/))) return `${parts[1]}-01-01`;
  if ((parts = label.match(/^([A-Za-z]+) (\d{4})$/))) return `${parts[2]}-${month(parts[1]!)}-01`;
  if ((parts = label.match(/^(\d{1,2}) ([A-Za-z]+)$/))) {
    const day = parts[1]!.padStart(2, '0');
    const first = Number(range.from.slice(0, 4));
    for (const year of [first, first + 1]) {
      const date = `${year}-${month(parts[2]!)}-${day}`;
      if (date >= range.from && date <= range.to) return date;
    }
  }
  throw new Error(`cannot read the tick label "${label}"`);
}

/** The axis as drawn: x of the start of any day, from the first and last tick. */
function axisFromTicks(ticks: Drawn['ticks'], range: DateRange) {
  expect(ticks.length, 'the axis draws at least two ticks').toBeGreaterThanOrEqual(2);
  const first = { x: ticks[0]!.x, date: tickDate(ticks[0]!.label, range) };
  const last = { x: ticks.at(-1)!.x, date: tickDate(ticks.at(-1)!.label, range) };
  const pxPerDay = (last.x - first.x) / daysBetween(first.date, last.date);
  expect(pxPerDay).toBeGreaterThan(0);
  const x = (iso: string) => first.x + daysBetween(first.date, iso) * pxPerDay;
  // Every tick, not only the two that made the ruler, sits at the day its label names.
  for (const tick of ticks)
    expect(Math.abs(tick.x - x(tickDate(tick.label, range)))).toBeLessThanOrEqual(tolerance);
  return { x, pxPerDay, left: x(range.from), right: x(addDays(range.to, 1)) };
}

/** Every meeting in range has one mark, at its dates on the drawn axis, cut at the range's edges. */
function expectMarksAtDates(drawn: Drawn, range: DateRange) {
  const axis = axisFromTicks(drawn.ticks, range);
  const expected = inRange(range);
  expect(drawn.marks.map((m) => m.id).sort()).toEqual(expected.map((m) => m.id).sort());
  for (const meeting of expected) {
    const mark = drawn.marks.find((m) => m.id === meeting.id)!;
    const from = axis.x(meeting.start < range.from ? range.from : meeting.start);
    const to = axis.x(addDays(meeting.end > range.to ? range.to : meeting.end, 1));
    const where = `${meeting.id} (${meeting.start}..${meeting.end}) in ${range.from}..${range.to}`;
    if (mark.kind === 'bar') {
      expect(Math.abs(mark.left - from), `left edge of ${where}`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(mark.right - to), `right edge of ${where}`).toBeLessThanOrEqual(tolerance);
      expect(mark.left, `${where} starts inside the axis`).toBeGreaterThanOrEqual(
        axis.left - tolerance,
      );
      expect(mark.right, `${where} ends inside the axis`).toBeLessThanOrEqual(
        axis.right + tolerance,
      );
    } else {
      expect(mark.kind, `${where} is a bar or a diamond`).toBe('diamond');
      const centre = (mark.left + mark.right) / 2;
      expect(Math.abs(centre - (from + to) / 2), `centre of ${where}`).toBeLessThanOrEqual(
        tolerance,
      );
    }
  }
  expectLabelsClear(drawn, axis.left);
  // Symbols wider than their days (diamonds, the open round's ring) are cut at the axis' ends.
  // Soft: a missing clip is reported, and the checks after it still run.
  expect.soft(drawn.clip, 'the marks are clipped to the plot').not.toBeNull();
  if (drawn.clip) {
    expect.soft(Math.abs(drawn.clip.left - axis.left)).toBeLessThanOrEqual(tolerance);
    expect.soft(Math.abs(drawn.clip.right - axis.right)).toBeLessThanOrEqual(tolerance);
  }
  return axis;
}

/**
 * No lane label is drawn over the plot or cut by the image's edge: a label in the column left
 * of the plot lies wholly between the image's left edge and the plot ("Other summits and
 * meetings" ran 21 px into the plot, over the marks at its start), and no label covers a mark.
 */
function expectLabelsClear(drawn: Drawn, plotLeft: number) {
  expect(drawn.labels.length, 'the lanes are labelled').toBeGreaterThan(0);
  expect(drawn.marks.length, 'the range has marks to keep clear of').toBeGreaterThan(0);
  for (const label of drawn.labels) {
    expect(label.left, `"${label.text}" starts inside the image`).toBeGreaterThanOrEqual(
      drawn.svgLeft,
    );
    if (label.left < plotLeft)
      expect(label.right, `"${label.text}" ends before the plot`).toBeLessThanOrEqual(plotLeft);
    for (const mark of drawn.marks) {
      const overlaps =
        label.left < mark.right &&
        mark.left < label.right &&
        label.top < mark.bottom &&
        mark.top < label.bottom;
      expect(overlaps, `"${label.text}" covers the mark of ${mark.id}`).toBe(false);
    }
  }
}

const tracker = (page: Page) => page.locator('section.panel[data-area="tracker"]');
const screenTimeline = (page: Page) => tracker(page).locator('svg.timeline__svg');

/** The range the page shows once loaded; `to` is the end the address asked for, if any. */
async function shownRange(page: Page, to = asOf): Promise<DateRange> {
  // Until the dataset has loaded, the To field holds today's date, not the default end.
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  await expect(tracker(page).locator(`[data-rendered-range="${from}..${to}"]`)).toHaveCount(1);
  return { from, to };
}

/** Downloads the timeline's SVG and opens it on a page of its own, to measure what it draws. */
async function exportedTimeline(page: Page, language: Language = 'en'): Promise<Drawn> {
  const group = tracker(page).getByRole('group', {
    name: translate(language, 'app.export.label', {
      title: translate(language, 'tracker.export.title'),
    }),
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: translate(language, 'app.export.svg') }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const viewer = await page.context().newPage();
  await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const drawn = await measure(viewer.locator('body > svg'));
  await viewer.close();
  return drawn;
}

/** Ranges drawn from a seeded generator: the same every run, different lengths and places. */
function seededRanges(count: number): DateRange[] {
  const random = seededRandom(16);
  const first = '2012-01-01';
  const span = daysBetween(first, '2024-12-31');
  return Array.from({ length: count }, () => {
    const length = Math.round(20 + random() * 2500);
    const from = addDays(first, Math.floor(random() * (span - length)));
    return { from, to: addDays(from, length) };
  });
}

const fixedRanges = [null, { from: '2018-09-01', to: '2018-12-31' }] as const;

for (const range of [...fixedRanges, ...seededRanges(4)]) {
  const name = range ? `${range.from}..${range.to}` : 'the default range';
  test(`on screen, every timeline mark sits at its dates on the drawn axis: ${name}`, async ({
    page,
  }) => {
    await page.goto(range ? `./?from=${range.from}&to=${range.to}` : './');
    const shown = await shownRange(page, range?.to);
    expectMarksAtDates(await measure(screenTimeline(page)), shown);
  });
}

test('marks of meetings partly outside the range are cut at the range edges', async ({ page }) => {
  // A range that starts and ends inside multi-day meetings, chosen from the data.
  const long = meetings
    .filter((m) => daysBetween(m.start, m.end) >= 2)
    .sort((a, b) => a.start.localeCompare(b.start));
  const opening = long[0]!;
  // The next one that starts a week or more after the first ends: a short range, so both are bars.
  const closing = long.find((m) => daysBetween(opening.end, m.start) >= 7)!;
  const range = { from: addDays(opening.start, 1), to: addDays(closing.start, 1) };
  await page.goto(`./?from=${range.from}&to=${range.to}&round=${opening.id}`);
  const shown = await shownRange(page, range.to);
  const drawn = await measure(screenTimeline(page));
  const axis = expectMarksAtDates(drawn, shown);
  for (const cut of [opening, closing]) {
    const mark = drawn.marks.find((m) => m.id === cut.id)!;
    expect(mark.kind).toBe('bar');
    expect(mark.left).toBeGreaterThanOrEqual(axis.left - tolerance);
    expect(mark.right).toBeLessThanOrEqual(axis.right + tolerance);
  }
  expect(
    Math.abs(drawn.marks.find((m) => m.id === opening.id)!.left - axis.left),
  ).toBeLessThanOrEqual(tolerance);
  expect(
    Math.abs(drawn.marks.find((m) => m.id === closing.id)!.right - axis.right),
  ).toBeLessThanOrEqual(tolerance);
});

test('the lane labels end before the plot in Arabic too, on screen and in the export', async ({
  page,
}) => {
  await page.goto('./?lang=ar&from=2018-09-17');
  await expect(tracker(page).locator('[data-rendered-range^="2018-09-17.."]')).toHaveCount(1);
  for (const drawn of [await measure(screenTimeline(page)), await exportedTimeline(page, 'ar')]) {
    expect(drawn.clip, 'the marks are clipped to the plot').not.toBeNull();
    expectLabelsClear(drawn, drawn.clip!.left);
  }
});

const astana11 = meetings.find((m) => m.track === 'astana' && m.round === 11)!;

for (const view of [
  { range: null, round: null },
  { range: { from: '2018-09-01', to: '2018-12-31' }, round: astana11 },
]) {
  const name = `${view.range ? `${view.range.from}..${view.range.to}` : 'the default range'}${view.round ? `, ${view.round.title} open` : ''}`;
  test(`the exported timeline draws its marks at their dates, keys them and lists exactly the meetings in range: ${name}`, async ({
    page,
  }) => {
    const params = new URLSearchParams();
    if (view.range) params.set('from', view.range.from);
    if (view.range) params.set('to', view.range.to);
    if (view.round) params.set('round', view.round.id);
    await page.goto(`./?${params.toString()}`);
    const shown = await shownRange(page, view.range?.to);
    const drawn = await exportedTimeline(page);
    expectMarksAtDates(drawn, shown);

    // The list under the timeline: one entry per meeting in range, each with the key printed
    // beside its mark, its title, dates, track and status.
    const expected = inRange(shown);
    expect(drawn.entries.map((e) => e.id).sort()).toEqual(expected.map((m) => m.id).sort());
    expect(new Set(drawn.entries.map((e) => e.key)).size).toBe(expected.length);
    for (const meeting of expected) {
      const entry = drawn.entries.find((e) => e.id === meeting.id)!;
      const mark = drawn.marks.find((m) => m.id === meeting.id)!;
      expect(entry.key).toMatch(/^\d+$/);
      expect(mark.key?.text, `the key beside ${meeting.id}'s mark`).toBe(entry.key);
      expect(mark.key!.left).toBeGreaterThanOrEqual(mark.right - tolerance);
      expect(mark.key!.left).toBeLessThanOrEqual(mark.right + 8);
      for (const part of [
        meeting.title,
        formatDays(meeting.start, meeting.end),
        trackLabels[meeting.track],
        statusLabels[meeting.status],
      ]) {
        expect(entry.text, `the entry of ${meeting.id}`).toContain(part);
      }
      expect(entry.open).toBe(meeting.id === view.round?.id);
      expect(mark.ring).toBe(meeting.id === view.round?.id);
    }
    if (view.round) {
      expect(drawn.text).toContain(
        `Open round: ${view.round.title} (${formatDays(view.round.start, view.round.end)})`,
      );
    } else {
      expect(drawn.text).not.toContain('Open round');
    }
    // The legend draws every status, a single day and several days, as the marks draw them.
    for (const status of Object.values(statusLabels)) expect(drawn.text).toContain(status);
  });
}
