import { describe, expect, it } from 'vitest';
import type { StatisticSeries } from '@/data/schemas/statistics';
import {
  annualPoints,
  beforeAfter,
  clipToRange,
  cumulativeFromAnnual,
  deathsLines,
  linesInRange,
  periodTotalLines,
  seriesInRange,
  snapshotLines,
  stackableRows,
  stackTops,
  type ChartLine,
} from './series';

const annual = (id: string, values: Record<number, number>, publisher = id): StatisticSeries => ({
  id,
  title: `${id} deaths`,
  measure: 'deaths',
  definition: `deaths counted by ${id}`,
  publisher,
  unit: 'people',
  kind: 'annual-total',
  points: Object.entries(values).map(([year, value]) => ({
    start: `${year}-01-01`,
    date: `${year}-12-31`,
    value,
  })),
  sources: [`src-${id}`],
});
const snapshot = (
  id: string,
  measure: StatisticSeries['measure'],
  values: Record<string, number>,
  hostCountry?: string,
): StatisticSeries => ({
  id,
  title: id,
  measure,
  definition: id,
  publisher: 'P',
  unit: 'people',
  kind: 'snapshot',
  hostCountry,
  points: Object.entries(values).map(([date, value]) => ({ date, value })),
  sources: ['s'],
});
const whole = { from: '2011-01-01', to: '2030-12-31' };

describe('annual series', () => {
  const sohr = annual('sohr', { 2012: 100, 2013: 80, 2015: 40 });
  it('keeps a missing year as a gap, not a zero', () => {
    expect(annualPoints(sohr).map((p) => [p.date.slice(0, 4), p.value])).toEqual([
      ['2012', 100],
      ['2013', 80],
      ['2014', null],
      ['2015', 40],
    ]);
  });
  it('sums years into a running total that stops at the first gap', () => {
    expect(cumulativeFromAnnual(sohr).map((p) => [p.date, p.value])).toEqual([
      ['2012-12-31', 100],
      ['2013-12-31', 180],
      ['2014-12-31', null],
      ['2015-12-31', null],
    ]);
  });
  it('keeps a total when its year overlaps the range', () => {
    expect(
      clipToRange(annualPoints(sohr), { from: '2013-06-01', to: '2014-01-01' }).map((p) =>
        p.date.slice(0, 4),
      ),
    ).toEqual(['2013', '2014']);
  });
});

describe('deathsLines', () => {
  const series: StatisticSeries[] = [
    annual('sohr', { 2012: 100, 2013: 80 }),
    annual('snhr', { 2013: 30 }),
    snapshot('sohr-cumulative', 'deaths', { '2013-06-30': 150 }),
    {
      ...snapshot('ohchr', 'deaths', {}),
      kind: 'period-total',
      points: [{ start: '2011-03-01', date: '2021-03-31', value: 350209 }],
    },
  ];
  it('gives each source its own annual line and keeps period totals apart', () => {
    const { lines, periodTotals } = deathsLines(series, 'annual');
    expect(lines.map((l) => l.id)).toEqual(['sohr', 'snhr']);
    expect(periodTotals.map((s) => s.id)).toEqual(['ohchr']);
  });
  it('shows published cumulative tolls and marks summed ones as derived', () => {
    const { lines } = deathsLines(series, 'cumulative');
    expect(lines.map((l) => [l.id, Boolean(l.derived)])).toEqual([
      ['sohr-cumulative', false],
      ['sohr-summed', true],
      ['snhr-summed', true],
    ]);
  });
  it('leaves out sources with no figure in the range', () => {
    const { lines, periodTotals } = deathsLines(series, 'annual');
    const in2012 = { from: '2012-01-01', to: '2012-12-31' };
    expect(linesInRange(lines, in2012).map((l) => l.id)).toEqual(['sohr']);
    expect(seriesInRange(periodTotals, in2012).map((s) => s.id)).toEqual(['ohchr']);
    expect(seriesInRange(periodTotals, { from: '2022-01-01', to: '2022-12-31' })).toEqual([]);
  });
  it('cuts the points to the range and keeps the whole series, the same array, to draw', () => {
    const { lines } = deathsLines(series, 'annual');
    const [sohr] = linesInRange(lines, { from: '2013-01-01', to: '2030-12-31' });
    expect(sohr!.points.map((p) => p.date.slice(0, 4))).toEqual(['2013']);
    expect(sohr!.allPoints).toBe(lines[0]!.allPoints);
    expect(sohr!.allPoints.map((p) => p.date.slice(0, 4))).toEqual(['2012', '2013']);
  });
  it('leaves out a line whose points in the range are all gaps', () => {
    const gappy = deathsLines([annual('sohr', { 2012: 100, 2014: 80 })], 'annual').lines;
    expect(linesInRange(gappy, { from: '2013-02-01', to: '2013-11-30' })).toEqual([]);
    expect(linesInRange(gappy, whole)).toHaveLength(1);
  });
  it('draws a total over a period as a cumulative count at its end, labelled as such', () => {
    const [ohchr] = periodTotalLines(deathsLines(series, 'cumulative').periodTotals);
    expect(ohchr!.label).toBe('ohchr (total over the period)');
    expect(ohchr!.points).toEqual([
      {
        t: Date.parse('2021-03-31T00:00:00Z'),
        date: '2021-03-31',
        start: '2011-03-01',
        end: '2021-03-31',
        value: 350209,
        sources: ['s'],
      },
    ]);
  });
});

describe('stackableRows', () => {
  const lines = snapshotLines(
    [
      snapshot('tr', 'refugees', { '2016-12-31': 10, '2017-12-31': 12 }, 'TR'),
      snapshot('lb', 'refugees', { '2016-12-31': 5, '2017-06-30': 6 }, 'LB'),
    ],
    () => true,
  );
  it('stacks only the dates on which every line has a figure', () => {
    expect(stackableRows(lines)).toEqual([
      { t: Date.parse('2016-12-31T00:00:00Z'), date: '2016-12-31', values: { tr: 10, lb: 5 } },
    ]);
  });
});

describe('stackTops', () => {
  it('puts each band on top of the ones under it, in the order of the lines', () => {
    const rows = [
      { t: 1, values: { tr: 10, lb: 5, jo: 2 } },
      { t: 2, values: { tr: 12, lb: 6, jo: 3 } },
    ];
    const tops = stackTops([{ id: 'tr' }, { id: 'lb' }, { id: 'jo' }], rows);
    expect([...tops.get('tr')!]).toEqual([
      [1, 10],
      [2, 12],
    ]);
    expect([...tops.get('lb')!]).toEqual([
      [1, 15],
      [2, 18],
    ]);
    expect([...tops.get('jo')!]).toEqual([
      [1, 17],
      [2, 21],
    ]);
  });
  it('has no top for a date the stack does not draw', () => {
    const tops = stackTops([{ id: 'tr' }], [{ t: 1, values: { tr: 10 } }]);
    expect(tops.get('tr')!.has(2)).toBe(false);
  });
});

describe('beforeAfter', () => {
  const line: ChartLine = snapshotLines(
    [snapshot('idps', 'idps', { '2018-01-31': 6_000, '2018-08-31': 6_200, '2019-06-30': 6_100 })],
    () => true,
  )[0]!;
  it('compares the last figure before with the first after, within the window', () => {
    const [result] = beforeAfter([line], '2018-09-17', 12);
    expect(result!.before?.date).toBe('2018-08-31');
    expect(result!.after?.date).toBe('2019-06-30');
    expect(result!.change).toBe(-100);
    expect(result!.relative).toBeCloseTo(-100 / 6200);
  });
  it('says nothing when a side of the window has no figure', () => {
    const [result] = beforeAfter([line], '2018-09-17', 6);
    expect(result!.before?.date).toBe('2018-08-31');
    expect(result!.after).toBeUndefined();
    expect(result!.change).toBeUndefined();
  });
});
