import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { canvas, expect, mapPanel, places } from './map-marks';

/**
 * The map's legend and its SVG export: in the dark theme the basemap is dark and every legend
 * swatch stands out; the export draws the names above the event markers, as the screen does,
 * and its legend is the screen's, each symbol drawn as the map draws it.
 */

test.describe.configure({ timeout: 180_000 });

/** WCAG relative luminance of a computed CSS colour ("rgb(…)", "rgba(…)" or "color(srgb …)"). */
function luminance(css: string): number {
  const numbers = [...css.matchAll(/[\d.]+/g)].map((m) => Number(m[0]));
  const srgb = css.startsWith('color(')
    ? numbers.slice(0, 3)
    : numbers.slice(0, 3).map((n) => n / 255);
  const [r, g, b] = srgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

test('in the dark theme the basemap is dark and every legend swatch stands out from the legend', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  await expect
    .poll(() => canvas(page).locator('.leaflet-basemap-pane path').count())
    .toBeGreaterThan(10);
  const colours = await mapPanel(page).evaluate((panel) => {
    const land = [...panel.querySelectorAll('.leaflet-basemap-pane path')].map(
      (p) => getComputedStyle(p).fill,
    );
    const legend = panel.querySelector('[aria-label="Legend"]')!;
    // The legend's background: the first ancestor that paints one.
    let background = 'rgb(255, 255, 255)';
    for (let e: Element | null = legend; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      if (!/rgba\(.*, 0\)|transparent/.test(colour)) {
        background = colour;
        break;
      }
    }
    const swatches = [...legend.querySelectorAll('li')].map((li) => {
      const swatch = li.querySelector('[aria-hidden="true"]')!;
      const style = getComputedStyle(swatch);
      // An outlined swatch (a zone, a town) is seen by its outline; a filled one by its fill.
      const outlined = parseFloat(style.borderTopWidth) > 0;
      return {
        label: li.textContent ?? '',
        colour: outlined ? style.borderTopColor : style.backgroundColor,
      };
    });
    return {
      land,
      sea: getComputedStyle(panel.querySelector('.map__canvas')!).backgroundColor,
      background,
      swatches,
    };
  });
  expect(colours.land.length).toBeGreaterThan(10);
  for (const fill of new Set(colours.land))
    expect(luminance(fill), `land ${fill}`).toBeLessThan(0.1);
  expect(luminance(colours.sea), `sea ${colours.sea}`).toBeLessThan(0.1);
  expect(colours.swatches.length).toBeGreaterThan(5);
  for (const swatch of colours.swatches)
    expect(
      contrast(swatch.colour, colours.background),
      `${swatch.label}: ${swatch.colour} on ${colours.background}`,
    ).toBeGreaterThanOrEqual(3);
});

test('the exported map draws place and country names above the event markers, as the screen does', async ({
  page,
}) => {
  await page.goto('./?from=2018-01-01&to=2018-12-31');
  await expect(mapPanel(page).locator('.map-cluster').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mapPanel(page).getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const names = [...new Set(places.map((p) => p.name)), 'SYRIA', 'LEBANON', 'IRAQ'];
  const order = await page.evaluate(
    ({ svg, names }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      // The map is the drawing nested in the frame.
      const drawing = doc.querySelector('svg svg')!;
      const all = [...drawing.querySelectorAll('*')];
      const markers = all.flatMap((e, i) =>
        e.tagName === 'circle' && Number(e.getAttribute('r')) >= 6 ? [i] : [],
      );
      const labels = all.flatMap((e, i) =>
        e.tagName === 'text' && names.includes(e.textContent ?? '') ? [i] : [],
      );
      return { markers, labels };
    },
    { svg, names },
  );
  expect(order.markers.length).toBeGreaterThan(3);
  expect(order.labels.length).toBeGreaterThan(5);
  // Later in the document is drawn on top.
  expect(Math.min(...order.labels)).toBeGreaterThan(Math.max(...order.markers));
});

/** The shape an exported legend symbol draws, read from its SVG element. */
function shapeOf(element: { tag: string; d: string; fill: string; fillOpacity: string }): string {
  if (element.tag === 'line') return 'line';
  if (element.tag === 'circle') return element.fill === '#ffffff' ? 'ring' : 'circle';
  if (element.tag === 'rect') return element.fillOpacity ? 'area' : 'square';
  if (element.tag === 'path') {
    const corners = (element.d.match(/[MLlHhVv]/g) ?? []).length;
    return corners === 4 ? 'diamond' : corners === 3 ? 'triangle' : `path of ${corners}`;
  }
  return element.tag;
}

test('the exported legend is the screen legend, each symbol drawn as the map draws it', async ({
  page,
}) => {
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(mapPanel(page).locator('.map-cluster, .map-event').first()).toBeVisible();
  const screen = await mapPanel(page)
    .locator('[aria-label="Legend"] li')
    .evaluateAll((items) =>
      items.map((li) => ({
        label: li.textContent ?? '',
        symbol: li.querySelector('[data-symbol]')?.getAttribute('data-symbol') ?? '',
      })),
    );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mapPanel(page).getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const exported = await page.evaluate(
    ({ svg, labels }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].filter((t) =>
        labels.includes(t.textContent ?? ''),
      );
      return texts.map((t) => {
        // Each symbol is a group of its shapes; the map's are one shape each.
        const group = t.previousElementSibling!;
        const shape = group.firstElementChild ?? group;
        return {
          label: t.textContent ?? '',
          tag: shape.tagName,
          d: shape.getAttribute('d') ?? '',
          fill: shape.getAttribute('fill') ?? '',
          fillOpacity: shape.getAttribute('fill-opacity') ?? '',
        };
      });
    },
    { svg, labels: screen.map((s) => s.label) },
  );
  // One list: the same items in the same order, each with the symbol the screen shows.
  expect(exported.map((e) => e.label)).toEqual(screen.map((s) => s.label));
  expect(exported.map(shapeOf)).toEqual(screen.map((s) => s.symbol));
  // The map draws points and areas, no lines: no item of its legend may be a line.
  expect(exported.map(shapeOf)).not.toContain('line');
  // And the screen's symbols are the map's: events round, venues turned 45°, bases square.
  const looks = await canvas(page).evaluate((container) => {
    const style = (selector: string) => {
      const e = container.querySelector(selector);
      return e ? getComputedStyle(e) : null;
    };
    return {
      event: style('.map-event span')?.borderRadius ?? null,
      cluster: style('.map-cluster')?.borderRadius ?? null,
      venue: style('.map-venue__shape')?.rotate ?? null,
      base: style('.map-base')?.borderRadius ?? null,
    };
  });
  const symbolOf = (pattern: RegExp) => screen.find((s) => pattern.test(s.label))?.symbol;
  if (looks.event) expect(looks.event).toBe('50%');
  if (looks.cluster) expect(looks.cluster).toBe('50%');
  expect(symbolOf(/^Several events/)).toBe('circle');
  expect(looks.venue).toBe('45deg');
  expect(symbolOf(/^Talks venue/)).toBe('diamond');
  expect(looks.base).toBe('0px');
  expect(symbolOf(/^Military base/)).toBe('square');
});
