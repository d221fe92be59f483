import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { generateEvents } from '../bench/generate-events';
import type { Dataset } from '../src/data/dataset-files';

/** Reads a file of the bundled dataset, so tests follow the data instead of copying values. */
export function readDataset<T>(file: string): T {
  return JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8')) as T;
}

export interface MeetingRecord {
  id: string;
  title: string;
  start: string;
  end: string;
  status: string;
  track: string;
  sources: string[];
}

/** The headings of the four panels, in page order. */
export const PANEL_NAMES = [
  'Actors',
  'Peace process tracker',
  'Casualties and displacement',
  'Map',
];

/** The panel `<section>` with the given heading. */
export function panel(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** Collects every request the page makes, to check that none leaves the origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * Collects Content-Security-Policy violations: those the browser reports on the console, and
 * those it reports only as a `securitypolicyviolation` event (a blocked `eval` whose error the
 * code caught, for instance). Call before the page loads.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      console.warn('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
  });
  return messages;
}

/**
 * Decodes a PNG in the page and reads its pixels: how many distinct colours it has (sampled
 * every `step` pixels; a blank image has 1), and the share of the pixels inside `box` (in the
 * units of an export `svgWidth` wide) that are each of `colours` (within 6 per channel).
 */
function readPng(
  page: Page,
  png: Buffer,
  options: {
    step?: number;
    box?: { x: number; y: number; width: number; height: number };
    svgWidth?: number;
    colours?: Record<string, string>;
  },
): Promise<{ distinct: number; shares: Record<string, number> }> {
  return page.evaluate(
    async ({ dataUrl, step, box, svgWidth, colours }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const all = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < all.length; i += 4 * step)
        seen.add((all[i]! << 16) | (all[i + 1]! << 8) | all[i + 2]!);
      const shares: Record<string, number> = {};
      if (box && svgWidth) {
        const scale = image.width / svgWidth;
        const [x0, y0] = [Math.ceil(box.x * scale), Math.ceil(box.y * scale)];
        const [w, h] = [Math.floor(box.width * scale), Math.floor(box.height * scale)];
        const pixels = context.getImageData(x0, y0, w, h).data;
        for (const [name, hex] of Object.entries(colours)) {
          const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
          let n = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (rgb.every((c, k) => Math.abs(c - pixels[i + k]!) <= 6)) n += 1;
          shares[name] = n / (pixels.length / 4);
        }
      }
      return { distinct: seen.size, shares };
    },
    {
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
      step: options.step ?? 7,
      box: options.box,
      svgWidth: options.svgWidth,
      colours: options.colours ?? {},
    },
  );
}

/** How many distinct colours a PNG has (sampled), decoded by the browser: a blank image has 1. */
export async function distinctColours(page: Page, png: Buffer, step = 7): Promise<number> {
  return (await readPng(page, png, { step })).distinct;
}

/**
 * The share of the pixels inside `box` (in the export's SVG units; the PNG is `svgWidth` wide
 * in those units) that are each of the given colours (within 6 per channel, for antialiasing).
 */
export async function colourShares(
  page: Page,
  png: Buffer,
  box: { x: number; y: number; width: number; height: number },
  svgWidth: number,
  colours: Record<string, string>,
): Promise<Record<string, number>> {
  return (await readPng(page, png, { step: 97, box, svgWidth, colours })).shares;
}

/**
 * Waits until every panel, the deferred charts and map included, has rendered this range, and
 * every chart has been drawn for it, those out of view too (they follow in a background
 * render). `timeout`: more patience where a test loads much, on a machine that may be shared.
 */
export async function waitForRange(page: Page, from: string, to: string, timeout?: number) {
  const range = `${from}..${to}`;
  await expect(page.locator(`[data-rendered-range="${range}"]`)).toHaveCount(4, { timeout });
  await expect(page.locator(`[data-drawn-range]:not([data-drawn-range="${range}"])`)).toHaveCount(
    0,
    { timeout },
  );
}

/**
 * Types a range into the From and To fields, as a user would, and waits until every panel has
 * rendered it: far cheaper than loading the page again at an address with the range.
 */
export async function setRange(page: Page, from: string, to: string, timeout?: number) {
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  await waitForRange(page, from, to, timeout);
}

/**
 * Waits until every panel has rendered the range a plain address opens with, and returns it.
 * Until the dataset has loaded, the To field holds today's date; the default range ends at the
 * dataset's as-of date, so reading the field too early would wait for a range never drawn.
 */
export async function waitForDefaultRange(page: Page) {
  const { asOf } = readDataset<{ asOf: string }>('meta.json');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(asOf);
  const range = { from: await page.getByLabel('From', { exact: true }).inputValue(), to: asOf };
  await waitForRange(page, range.from, range.to);
  return range;
}

/**
 * Serves the benchmark's synthetic events file (`count` events, seeded) in place of the
 * bundled one, and returns it so a test can compute what the page should show.
 */
export async function serveSyntheticEvents(page: Page, count: number) {
  const synthetic = generateEvents(
    {
      places: readDataset<Dataset['places']>('places.json'),
      actors: readDataset<Dataset['actors']>('actors.json'),
      meta: readDataset<Dataset['meta']>('meta.json'),
    },
    count,
  );
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(synthetic) }),
  );
  return synthetic;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A day as the dashboard writes it ("17 Sept 2018"), by the platform's en-GB format. */
export const formatDay = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

/**
 * What in each panel reaches past it: the panel or a box inside it that scrolls or clips
 * sideways (scrollWidth > clientWidth), and any element whose box sticks out of the panel's.
 * The map's own panes are left out: Leaflet places markers far outside its canvas and clips
 * them there by design; its controls and legend are checked.
 */
export function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}${e.id ? `#${e.id}` : ''}`;
    for (const section of document.querySelectorAll<HTMLElement>('section.panel')) {
      const area = section.dataset.area;
      const box = section.getBoundingClientRect();
      if (section.scrollWidth > section.clientWidth)
        found.push(`${area}: the panel scrolls (${section.scrollWidth} > ${section.clientWidth})`);
      for (const e of section.querySelectorAll<HTMLElement>('*')) {
        if (e.closest('.visually-hidden, .leaflet-pane, .leaflet-control-attribution')) continue;
        // Kept for screen readers only, as a 1 px box (a table's header row when it is cards).
        if (e.offsetWidth <= 1 && e.offsetHeight <= 1 && getComputedStyle(e).overflow === 'hidden')
          continue;
        if (e.closest('[hidden], details:not([open]) > :not(summary)')) continue;
        const style = getComputedStyle(e);
        if (style.display === 'none') continue;
        if (
          !e.classList.contains('leaflet-container') &&
          style.overflowX !== 'visible' &&
          e.scrollWidth > e.clientWidth + 1
        )
          found.push(`${area}: ${name(e)} scrolls sideways (${e.scrollWidth} > ${e.clientWidth})`);
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          found.push(
            `${area}: ${name(e)} spans ${Math.round(r.left)}–${Math.round(r.right)}, the panel ${Math.round(box.left)}–${Math.round(box.right)}`,
          );
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth})`);
    return found;
  });
}

/**
 * An element's markup without its own id, which React makes from the order components mounted
 * in: it differs between two pages that draw the same thing.
 */
const withoutOwnId = (markup: string) => markup.replace(/^(<[^>]*?) id="[^"]*"/, '$1');

/** The markup of each element matching `items` inside `target` (see withoutOwnId). */
export async function markupOf(target: Locator, items: string): Promise<string[]> {
  const markup = await target.evaluate(
    (element, selector) => [...element.querySelectorAll(selector)].map((item) => item.outerHTML),
    items,
  );
  return markup.map(withoutOwnId);
}

/**
 * Watches `target`, which says in `data-drawn-range` the range its parts out of view were last
 * drawn for, and keeps the markup of its `items` (as markupOf gives it) as it is the moment
 * that attribute becomes `range`: what it claims to have drawn. Returns a reader of what was
 * kept.
 */
export async function markupWhenDrawn(
  target: Locator,
  range: string,
  items: string,
): Promise<() => Promise<string[] | undefined>> {
  await target.evaluate(
    (element, [wanted, selector]) => {
      const observer = new MutationObserver(() => {
        if (element.getAttribute('data-drawn-range') !== wanted) return;
        observer.disconnect();
        (window as unknown as { markupWhenDrawn: string[] }).markupWhenDrawn = [
          ...element.querySelectorAll(selector),
        ].map((item) => item.outerHTML);
      });
      observer.observe(element, { attributes: true, attributeFilter: ['data-drawn-range'] });
    },
    [range, items] as const,
  );
  return async () => {
    const kept = await target
      .page()
      .evaluate(() => (window as unknown as { markupWhenDrawn?: string[] }).markupWhenDrawn);
    return kept?.map(withoutOwnId);
  };
}

/** The page's window once defineInView has run. */
export type WithInView = Window & { inView: (element: Element) => boolean };

/**
 * Gives the page `window.inView(element)`: whether an element shows in the window, by its box,
 * inside the viewport and every clipping ancestor (a scrolling panel, the map's edges). For
 * checks made inside the page at every DOM change, before any frame is painted.
 */
export async function defineInView(page: Page) {
  await page.evaluate(() => {
    (window as unknown as WithInView).inView = (element: Element) => {
      const r = element.getBoundingClientRect();
      let [top, bottom, left, right] = [r.top, r.bottom, r.left, r.right];
      const clip = (c: { top: number; bottom: number; left: number; right: number }) => {
        [top, bottom] = [Math.max(top, c.top), Math.min(bottom, c.bottom)];
        [left, right] = [Math.max(left, c.left), Math.min(right, c.right)];
      };
      for (let a = element.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
          clip(a.getBoundingClientRect());
      }
      clip({ top: 0, bottom: innerHeight, left: 0, right: innerWidth });
      return bottom > top && right > left;
    };
  });
}

/**
 * Counts, from now on, the work the page does by itself: DOM changes, animation frames asked
 * for and timers set. `quietFor()` gives how long ago the last of them happened, in ms. A page
 * that only waits does none of them; a loop (a JS animation, a poll, a re-render on a timer)
 * keeps doing them however fast or slow the machine is.
 */
export async function countWork(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __lastWork: number; __work: string[] };
    w.__lastWork = performance.now();
    w.__work = [];
    const did = (what: string) => {
      w.__lastWork = performance.now();
      w.__work.push(what);
    };
    new MutationObserver((records) => {
      for (const r of records) did(`mutation ${r.type} of ${(r.target as Element).nodeName}`);
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => (did('animation frame'), frame(callback));
    const timeout = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => (
      did(`setTimeout ${ms ?? 0} ms`),
      timeout(handler, ms, ...rest)
    )) as typeof window.setTimeout;
    const interval = window.setInterval.bind(window);
    window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => (
      did(`setInterval ${ms ?? 0} ms`),
      interval(handler, ms, ...rest)
    )) as typeof window.setInterval;
  });
  return {
    quietFor: () =>
      page.evaluate(
        () => performance.now() - (window as unknown as { __lastWork: number }).__lastWork,
      ),
    /** The last few kinds of work seen, to say what kept the page busy when the test fails. */
    recent: () =>
      page.evaluate(() => (window as unknown as { __work: string[] }).__work.slice(-10)),
  };
}
