import { describe, expect, it } from 'vitest';
import type { StatisticSeries } from '@/data/schemas/statistics';
import {
  annualPoints,
  beforeAfter,
  clipToRange,
  comparisonWindows,
  cumulativeFromAnnual,
  deathsLines,
  drawnMax,
  lineGeometry,
  linesInRange,
  maxJoinDays,
  monthlyDeathsLines,
  periodTotalLines,
  seriesInRange,
  snapshotLines,
  stackableRows,
  stackRowsWithGaps,
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
  cadence: 'yearly',
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
  cadence: StatisticSeries['cadence'] = 'yearly',
): StatisticSeries => ({
  id,
  title: id,
  measure,
  definition: id,
  publisher: 'P',
  unit: 'people',
  kind: 'snapshot',
  cadence,
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

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('lineGeometry', () => {
  it('draws each annual total as one level over its whole year, apart from the next', () => {
    const [line] = deathsLines([annual('sohr', { 2012: 100, 2013: 80, 2015: 40 })], 'annual').lines;
    expect(line!.shape).toBe('levels');
    expect(lineGeometry(line!)).toEqual({
      paths: [
        [
          { t: day('2012-01-01'), value: 100 },
          { t: day('2013-01-01'), value: 100 },
        ],
        [
          { t: day('2013-01-01'), value: 80 },
          { t: day('2014-01-01'), value: 80 },
        ],
        // 2014 is missing: nothing is drawn over it.
        [
          { t: day('2015-01-01'), value: 40 },
          { t: day('2016-01-01'), value: 40 },
        ],
      ],
      dots: [],
    });
  });

  it('joins figures as of a date only when no further apart than their cadence allows', () => {
    const [line] = snapshotLines(
      [
        snapshot(
          'tr',
          'refugees',
          { '2015-12-31': 2.5e6, '2016-12-31': 2.8e6, '2020-01-20': 3.6e6, '2020-12-31': 3.6e6 },
          'TR',
          'yearly',
        ),
      ],
      () => true,
    );
    const geometry = lineGeometry(line!);
    // Four dots; 2016 → 2020 is three years: the line breaks there.
    expect(geometry.dots).toHaveLength(4);
    expect(geometry.paths.map((path) => path.map((v) => v.t))).toEqual([
      [day('2015-12-31'), day('2016-12-31')],
      [day('2020-01-20'), day('2020-12-31')],
    ]);
  });

  it('never joins irregular figures: dots only', () => {
    const [line] = snapshotLines(
      [snapshot('lb', 'refugees', { '2015-07-09': 1e6, '2015-08-01': 1.1e6 }, 'LB', 'irregular')],
      () => true,
    );
    expect(lineGeometry(line!)).toEqual({
      paths: [],
      dots: [
        { t: day('2015-07-09'), value: 1e6 },
        { t: day('2015-08-01'), value: 1.1e6 },
      ],
    });
  });

  it('gives every cadence a join no shorter than its interval, and none to irregular figures', () => {
    expect(maxJoinDays('weekly')).toBeGreaterThanOrEqual(7);
    expect(maxJoinDays('monthly')).toBeGreaterThanOrEqual(31);
    expect(maxJoinDays('quarterly')).toBeGreaterThanOrEqual(92);
    expect(maxJoinDays('half-yearly')).toBeGreaterThanOrEqual(184);
    expect(maxJoinDays('yearly')).toBeGreaterThanOrEqual(366);
    expect(maxJoinDays('yearly')).toBeLessThan(2 * 365);
    expect(maxJoinDays('irregular')).toBe(0);
    expect(maxJoinDays('once')).toBe(0);
  });
});

describe('drawnMax', () => {
  const levels = lineGeometry(
    deathsLines([annual('sohr', { 2020: 100, 2021: 4_000, 2022: 50 })], 'annual').lines[0]!,
  );
  it('is the level of each year the span touches, not a slope between years', () => {
    expect(drawnMax(levels, day('2021-05-01'), day('2021-11-01'))).toBe(4_000);
    expect(drawnMax(levels, day('2020-03-01'), day('2020-12-01'))).toBe(100);
  });
  it('leaves out the level of a year that only touches the span at its edge', () => {
    // The span ends where 2021 begins.
    expect(drawnMax(levels, day('2020-03-01'), day('2021-01-01'))).toBe(100);
    expect(drawnMax(levels, day('2020-03-01'), day('2021-01-02'))).toBe(4_000);
  });
  it('takes the value where a joined segment crosses the edge of the span', () => {
    const geometry = {
      paths: [
        [
          { t: 0, value: 0 },
          { t: 100, value: 1_000 },
        ],
      ],
      dots: [],
    };
    expect(drawnMax(geometry, 0, 50)).toBe(500);
  });
});

describe('stackRowsWithGaps', () => {
  it('breaks the stack between dates further apart than the cadence allows', () => {
    const rows = [
      { t: day('2016-12-31'), date: '2016-12-31', values: { a: 1 } },
      { t: day('2017-12-31'), date: '2017-12-31', values: { a: 2 } },
      { t: day('2020-12-31'), date: '2020-12-31', values: { a: 3 } },
    ];
    const out = stackRowsWithGaps(rows, [{ maxJoinDays: 400 }]);
    expect(out.map((r) => Object.keys(r.values).length)).toEqual([1, 1, 0, 1]);
    expect(stackRowsWithGaps(rows, [{ maxJoinDays: 400 }, { maxJoinDays: 0 }]).length).toBe(5);
  });
});

describe('comparisonWindows', () => {
  it('runs N months before the first day and N months after the last, the round left out', () => {
    expect(comparisonWindows({ start: '2017-05-03', end: '2017-05-04' }, 12)).toEqual({
      before: { from: '2016-05-03', to: '2017-05-02' },
      after: { from: '2017-05-05', to: '2018-05-04' },
      yearBefore: 2016,
      yearAfter: 2018,
    });
  });
});

describe('beforeAfter', () => {
  const line: ChartLine = snapshotLines(
    [
      snapshot('idps', 'idps', {
        '2018-01-31': 6_000,
        '2018-08-31': 6_200,
        '2018-09-17': 9_999,
        '2019-03-15': 6_150,
        '2019-06-30': 6_100,
      }),
    ],
    () => true,
  )[0]!;
  const round = { start: '2018-09-17', end: '2018-09-18' };
  it('compares the last figure of the window before with the last of the window after', () => {
    const [result] = beforeAfter([line], comparisonWindows(round, 12));
    expect(result!.basis).toBe('windows');
    expect(result!.before?.date).toBe('2018-08-31');
    expect(result!.after?.date).toBe('2019-06-30');
    expect(result!.change).toBe(-100);
    expect(result!.relative).toBeCloseTo(-100 / 6200);
  });
  it('uses only figures dated inside the windows: none of the round itself', () => {
    const [result] = beforeAfter([line], comparisonWindows(round, 6));
    expect(result!.before?.date).toBe('2018-08-31');
    expect(result!.after?.date).toBe('2019-03-15');
    const [short] = beforeAfter([line], comparisonWindows(round, 1));
    expect(short!.before?.date).toBe('2018-08-31');
    expect(short!.after).toBeUndefined();
    expect(short!.change).toBeUndefined();
  });
  it('compares annual totals of the year before the round with the year after it', () => {
    const lines = deathsLines([annual('sohr', { 2016: 300, 2017: 200, 2018: 100 })], 'annual');
    const [result] = beforeAfter(
      lines.lines,
      comparisonWindows({ start: '2017-05-03', end: '2017-05-04' }, 12),
    );
    expect(result!.basis).toBe('years');
    expect([result!.before?.start, result!.after?.start]).toEqual(['2016-01-01', '2018-01-01']);
    expect(result!.change).toBe(-200);
  });
  it('leaves out totals over a period', () => {
    const ohchr = periodTotalLines([
      {
        ...snapshot('ohchr', 'deaths', {}),
        kind: 'period-total',
        cadence: 'once',
        points: [{ start: '2011-03-01', date: '2021-03-31', value: 350209 }],
      },
    ]);
    expect(beforeAfter(ohchr, comparisonWindows(round, 12))).toEqual([]);
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
