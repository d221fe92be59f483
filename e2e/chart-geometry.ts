import { expect, type Locator } from '@playwright/test';

/** Reading what a statistics chart draws, in screen pixels, and its axes as drawn. */

export const DAY = 86_400_000;
export const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export interface Drawn {
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { px: number; label: string }[];
  yTicks: { px: number; label: string }[];
  paths: { x: number; y: number }[][];
  dots: { x: number; y: number }[];
  windows: { key: string; from: string; to: string; left: number; right: number }[];
}

/**
 * What a chart draws, in screen pixels: its axes as drawn, its paths (`lines`: the paths to
 * read; the statistics charts' by default), dots and windows.
 */
export function readDrawn(chart: Locator, lines = '.chart__series-line'): Promise<Drawn> {
  return chart.locator('svg.recharts-surface').evaluate((svg: SVGSVGElement, lines: string) => {
    const toScreen = (el: SVGGraphicsElement, x: number, y: number) => {
      const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM()!);
      return { x: p.x, y: p.y };
    };
    const n = (el: Element, name: string) => Number(el.getAttribute(name));
    const ticks = (axis: 'x' | 'y') => {
      const lines = [
        ...svg.querySelectorAll<SVGLineElement>(`.recharts-${axis}Axis-tick-lines line`),
      ];
      const labels = [...svg.querySelectorAll(`.recharts-${axis}Axis-tick-labels text`)];
      return lines.map((line, i) => {
        const p = toScreen(line, n(line, 'x2'), n(line, 'y2'));
        return { px: axis === 'x' ? p.x : p.y, label: labels[i]?.textContent ?? '' };
      });
    };
    const axisLine = (axis: 'x' | 'y') => {
      const line = svg.querySelector<SVGLineElement>(
        `.recharts-${axis}Axis .recharts-cartesian-axis-line`,
      )!;
      return [
        toScreen(line, n(line, 'x1'), n(line, 'y1')),
        toScreen(line, n(line, 'x2'), n(line, 'y2')),
      ];
    };
    const [timeStart, timeEnd] = axisLine('x');
    const [valueA, valueB] = axisLine('y');
    const paths: { x: number; y: number }[][] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>(lines)) {
      for (const [, command, coords] of (path.getAttribute('d') ?? '').matchAll(
        /([ML])([-\d.]+,[-\d.]+)/g,
      )) {
        const [x, y] = coords!.split(',').map(Number) as [number, number];
        if (command === 'M') paths.push([]);
        paths.at(-1)!.push(toScreen(path, x, y));
      }
    }
    const dots = [...svg.querySelectorAll<SVGPathElement>('.chart__dots')].flatMap((path) =>
      [...(path.getAttribute('d') ?? '').matchAll(/M([-\d.]+),([-\d.]+)a([\d.]+)/g)].map((m) =>
        toScreen(path, Number(m[1]) + Number(m[3]), Number(m[2])),
      ),
    );
    const windows = [...svg.querySelectorAll<SVGGElement>('.chart__window')].map((g) => {
      const rect = g.querySelector('rect')!;
      const box = rect.getBoundingClientRect();
      return {
        key: g.dataset.window ?? '',
        from: g.dataset.from ?? '',
        to: g.dataset.to ?? '',
        left: box.left,
        right: box.right,
      };
    });
    return {
      plot: {
        left: timeStart!.x,
        right: timeEnd!.x,
        top: Math.min(valueA!.y, valueB!.y),
        bottom: Math.max(valueA!.y, valueB!.y),
      },
      xTicks: ticks('x'),
      yTicks: ticks('y'),
      paths,
      dots,
      windows,
    };
  }, lines);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The day a time-axis label names: "2016" is 1 January 2016, "Sept 2018" 1 September 2018. */
export function labelDay(label: string): number {
  const year = /^(\d{4})$/.exec(label);
  if (year) return day(`${year[1]}-01-01`);
  const [, month, y] = /^([A-Za-z]+)\.? (\d{4})$/.exec(label)!;
  const m = MONTHS.indexOf(month!.slice(0, 3).toLowerCase()) + 1;
  return day(`${y}-${String(m).padStart(2, '0')}-01`);
}

/** A number as the value axis writes it: 0, 500k, 2m, 1.5bn. */
export function labelValue(text: string): number {
  const [, number, unit] = /^([\d.]+)(k|m|bn|)$/i.exec(text.trim())!;
  return Number(number) * { '': 1, k: 1e3, m: 1e6, bn: 1e9 }[unit!.toLowerCase() as 'k'];
}

/** Linear scales read off two ticks of each drawn axis; every other tick must agree. */
export function axesOf(drawn: Drawn) {
  return linearAxes(drawn, labelDay, labelValue);
}

/** The same for axes whose labels `xValue` and `yValue` read. */
export function linearAxes(
  drawn: Drawn,
  xValue: (label: string) => number,
  yValue: (label: string) => number,
) {
  const fit = (ticks: { px: number; v: number }[]) => {
    const [a, b] = [ticks[0]!, ticks.at(-1)!];
    const per = (b.px - a.px) / (b.v - a.v);
    const scale = (v: number) => a.px + (v - a.v) * per;
    for (const t of ticks) expect(Math.abs(scale(t.v) - t.px)).toBeLessThan(0.75);
    return scale;
  };
  expect(drawn.xTicks.length).toBeGreaterThanOrEqual(2);
  expect(drawn.yTicks.length).toBeGreaterThanOrEqual(2);
  return {
    x: fit(drawn.xTicks.map((t) => ({ px: t.px, v: xValue(t.label) }))),
    y: fit(drawn.yTicks.map((t) => ({ px: t.px, v: yValue(t.label) }))),
  };
}
