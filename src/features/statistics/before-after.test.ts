import { describe, expect, it } from 'vitest';
import { beforeAfter, comparisonWindows } from './before-after';
import type { ChartLine } from './series';
import { deathsLines, periodTotalLines, snapshotLines } from './series-lines';
import { annual, snapshot } from './test-fixtures';

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
