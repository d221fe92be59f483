import { describe, expect, it } from 'vitest';
import {
  annualPoints,
  clipToRange,
  cumulativeFromAnnual,
  deathsLines,
  linesInRange,
  monthlyDeathsLines,
  periodTotalLines,
  seriesInRange,
} from './series-lines';
import type { StatisticSeries } from '@/data/schemas/statistics';
import { lineGeometry } from './series';
import { annual, snapshot, whole } from './test-fixtures';

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
      cadence: 'once',
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
  it('draws a total over a period over its period, labelled as such', () => {
    const [ohchr] = periodTotalLines(deathsLines(series, 'cumulative').periodTotals);
    expect(ohchr!.label).toBe('ohchr (total over the period)');
    expect(ohchr!.shape).toBe('period');
    expect(lineGeometry(ohchr!)).toEqual({
      paths: [
        [
          { t: Date.parse('2011-03-01T00:00:00Z'), value: 350209 },
          { t: Date.parse('2021-04-01T00:00:00Z'), value: 350209 },
        ],
      ],
      dots: [],
    });
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

describe('monthly deaths', () => {
  const monthly: StatisticSeries = {
    id: 'snhr-monthly',
    title: 'Civilian deaths per month (SNHR)',
    measure: 'deaths',
    definition: 'civilians documented killed in the month',
    publisher: 'SNHR',
    unit: 'people',
    kind: 'period-total',
    cadence: 'monthly',
    points: [
      { start: '2016-01-01', date: '2016-01-31', value: 1382 },
      { start: '2016-03-01', date: '2016-03-31', value: 623 },
      { start: '2016-04-01', date: '2016-04-30', value: 1041 },
    ],
    sources: ['s'],
  };
  const series = [annual('sohr', { 2016: 49_742 }), monthly];

  it('keeps monthly totals out of the annual and cumulative deaths chart', () => {
    for (const mode of ['annual', 'cumulative'] as const) {
      const { lines, periodTotals } = deathsLines(series, mode);
      expect(lines.map((l) => l.id)).not.toContain('snhr-monthly');
      expect(periodTotals).toHaveLength(0);
    }
  });

  it('draws each month as a level over its own month, a missing month as a gap, none joined', () => {
    const lines = monthlyDeathsLines(series);
    expect(lines.map((l) => l.id)).toEqual(['snhr-monthly']);
    const [line] = lines;
    const { paths, dots } = lineGeometry(line!);
    const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    expect(dots).toEqual([]);
    expect(paths).toEqual([
      [
        { t: t('2016-01-01'), value: 1382 },
        { t: t('2016-02-01'), value: 1382 },
      ],
      [
        { t: t('2016-03-01'), value: 623 },
        { t: t('2016-04-01'), value: 623 },
      ],
      [
        { t: t('2016-04-01'), value: 1041 },
        { t: t('2016-05-01'), value: 1041 },
      ],
    ]);
    // The table and the export name each month's period.
    expect(line!.points.map((p) => [p.start, p.end])).toEqual([
      ['2016-01-01', '2016-01-31'],
      ['2016-03-01', '2016-03-31'],
      ['2016-04-01', '2016-04-30'],
    ]);
    // Cut to a range, a month counts when its period meets the range.
    expect(linesInRange(lines, { from: '2016-03-15', to: '2016-12-31' })[0]!.points).toHaveLength(
      2,
    );
  });
});
