import { describe, expect, it } from 'vitest';
import { drawnMax, lineGeometry, maxJoinDays } from './series';
import { deathsLines, snapshotLines } from './series-lines';
import { annual, snapshot } from './test-fixtures';
import { timeOfIso } from '@/lib/dates';

describe('lineGeometry', () => {
  it('draws each annual total as one level over its whole year, apart from the next', () => {
    const [line] = deathsLines([annual('sohr', { 2012: 100, 2013: 80, 2015: 40 })], 'annual').lines;
    expect(line!.shape).toBe('levels');
    expect(lineGeometry(line!)).toEqual({
      paths: [
        [
          { t: timeOfIso('2012-01-01'), value: 100 },
          { t: timeOfIso('2013-01-01'), value: 100 },
        ],
        [
          { t: timeOfIso('2013-01-01'), value: 80 },
          { t: timeOfIso('2014-01-01'), value: 80 },
        ],
        // 2014 is missing: nothing is drawn over it.
        [
          { t: timeOfIso('2015-01-01'), value: 40 },
          { t: timeOfIso('2016-01-01'), value: 40 },
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
      [timeOfIso('2015-12-31'), timeOfIso('2016-12-31')],
      [timeOfIso('2020-01-20'), timeOfIso('2020-12-31')],
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
        { t: timeOfIso('2015-07-09'), value: 1e6 },
        { t: timeOfIso('2015-08-01'), value: 1.1e6 },
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
    expect(drawnMax(levels, timeOfIso('2021-05-01'), timeOfIso('2021-11-01'))).toBe(4_000);
    expect(drawnMax(levels, timeOfIso('2020-03-01'), timeOfIso('2020-12-01'))).toBe(100);
  });
  it('leaves out the level of a year that only touches the span at its edge', () => {
    // The span ends where 2021 begins.
    expect(drawnMax(levels, timeOfIso('2020-03-01'), timeOfIso('2021-01-01'))).toBe(100);
    expect(drawnMax(levels, timeOfIso('2020-03-01'), timeOfIso('2021-01-02'))).toBe(4_000);
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
