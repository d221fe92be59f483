import { expect, test, type Locator } from '@playwright/test';
import { axesOf, day, readDrawn } from './chart-geometry';
import { panel, readDataset, waitForRange } from './helpers';

/**
 * Issue 18: in September–December 2018 the registered-refugee chart shows figures for Türkiye,
 * Lebanon and Jordan. Each host's figures dated in the range are drawn, each mark mapping through
 * the drawn axes to its figure and its as-of date (within 1 px), in that host's series.
 */

interface SeriesRecord {
  id: string;
  measure: string;
  group?: string;
  hostCountry?: string;
  points: { date: string; value: number }[];
}

const FROM = '2018-09-01';
const TO = '2018-12-31';
const TITLE = 'Registered Syrian refugees by host country';
const registered = readDataset<{ series: SeriesRecord[] }>('statistics.json').series.filter(
  (s) => s.measure === 'refugees' && s.group === undefined,
);
const hostSeries = (host: string) => registered.find((s) => s.hostCountry === host)!;

/** The marks one series draws, in screen pixels: its dots and the vertices of its lines. */
function marksOf(chart: Locator, seriesId: string) {
  return chart
    .locator(`.chart__series[data-series-id="${seriesId}"]`)
    .evaluateAll((groups: SVGGElement[]) =>
      groups.flatMap((g) => {
        const toScreen = (el: SVGGraphicsElement, x: number, y: number) => {
          const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM()!);
          return { x: p.x, y: p.y };
        };
        const marks: { x: number; y: number }[] = [];
        for (const path of g.querySelectorAll<SVGPathElement>('.chart__series-line'))
          for (const [, xy] of (path.getAttribute('d') ?? '').matchAll(/[ML]([-\d.]+,[-\d.]+)/g)) {
            const [x, y] = xy!.split(',').map(Number) as [number, number];
            marks.push(toScreen(path, x, y));
          }
        for (const path of g.querySelectorAll<SVGPathElement>('.chart__dots'))
          for (const m of (path.getAttribute('d') ?? '').matchAll(/M([-\d.]+),([-\d.]+)a([\d.]+)/g))
            marks.push(toScreen(path, Number(m[1]) + Number(m[3]), Number(m[2])));
        return marks;
      }),
    );
}

for (const [host, name] of [
  ['TR', 'Türkiye'],
  ['LB', 'Lebanon'],
  ['JO', 'Jordan'],
] as const) {
  // Each of the three has a figure dated in the range (Lebanon's: OCHA's 952,562 registered as
  // of 1 November 2018).
  test(`September–December 2018: ${name}'s registered figures are drawn at their dates and values, and nothing else`, async ({
    page,
  }) => {
    const series = hostSeries(host);
    const figures = series.points.filter((p) => p.date >= FROM && p.date <= TO);
    expect(figures.length, `${name} has a figure dated ${FROM}..${TO}`).toBeGreaterThan(0);

    await page.goto(`./?from=${FROM}&to=${TO}`);
    await waitForRange(page, FROM, TO);
    const chart = panel(page, 'Casualties and displacement').getByRole('region', {
      name: TITLE,
      exact: true,
    });
    if (figures.length > 0)
      await expect(chart.locator(`.chart__series[data-series-id="${series.id}"]`)).toHaveCount(1);
    else await expect(chart.locator('.chart__series').first()).toBeVisible();
    const drawn = await readDrawn(chart);
    const { x, y } = axesOf(drawn);
    const marks = (await marksOf(chart, series.id)).filter(
      (m) => m.x >= drawn.plot.left - 1 && m.x <= drawn.plot.right + 1,
    );
    // Every figure in the range is drawn where the axes put it…
    for (const f of figures) {
      const at = { x: x(day(f.date)), y: y(f.value) };
      expect(
        marks.some((m) => Math.abs(m.x - at.x) <= 1 && Math.abs(m.y - at.y) <= 1),
        `${name} ${f.date}: ${f.value} drawn at (${at.x.toFixed(1)}, ${at.y.toFixed(1)})`,
      ).toBe(true);
    }
    // …and every mark inside the plot is one of the series' figures.
    for (const m of marks) {
      expect(
        series.points.some(
          (p) => Math.abs(x(day(p.date)) - m.x) <= 1 && Math.abs(y(p.value) - m.y) <= 1,
        ),
        `mark at (${m.x.toFixed(1)}, ${m.y.toFixed(1)}) is a figure of ${series.id}`,
      ).toBe(true);
    }
  });
}
