/**
 * The regional portal's registered Syrian refugees by host (issue 18): at least two dated figures
 * a year wherever a source gives them, checked in the bundled dataset. The floor reached is
 * written out below, host by host: the years not listed are gaps no source found was able to fill
 * (see DATA.md, "Known gaps"), not years the test lets pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../src/data/dataset-files';
import type { StatisticSeries } from '../src/data/schemas/statistics';
import { maxJoinDays } from '../src/features/statistics/series';

const { series } = parseDatasetFile(
  'statistics',
  readFileSync(join('public', 'data', 'statistics.json'), 'utf8'),
);

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The years in which each host has two figures or more, mid-year and year-end where possible. */
const TWICE_A_YEAR: Record<string, readonly string[]> = {
  TR: [
    '2012',
    '2013',
    '2014',
    '2015',
    '2016',
    '2017',
    '2018',
    '2019',
    '2020',
    '2021',
    '2022',
    '2024',
  ],
  LB: ['2012', '2013', '2018', '2019', '2021'],
  JO: years(2012, 2024),
  IQ: ['2012', '2013', '2015', '2016', '2017', '2019', '2022'],
  EG: ['2012', '2013', '2015', '2018'],
};
/** Hosts with a figure in each half of every year 2012–2024. */
const EACH_HALF_YEAR = ['JO'];

const registered = (host: string): StatisticSeries => {
  const found = series.filter(
    (s) => s.measure === 'refugees' && s.group === undefined && s.hostCountry === host,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('registered Syrian refugees by host, from the regional portal and its sources', () => {
  for (const [host, twice] of Object.entries(TWICE_A_YEAR)) {
    it(`${host}: two dated figures or more in ${twice.join(', ')}`, () => {
      const s = registered(host);
      for (const year of twice) {
        const inYear = s.points.filter((p) => p.date.startsWith(year));
        expect(new Set(inYear.map((p) => p.date)).size, `${host} ${year}`).toBeGreaterThanOrEqual(
          2,
        );
      }
    });
  }

  for (const host of EACH_HALF_YEAR) {
    it(`${host}: a figure in each half of every year 2012–2024, joined as half-yearly`, () => {
      const s = registered(host);
      for (const year of years(2012, 2024)) {
        const halves = new Set(
          s.points
            .filter((p) => p.date.startsWith(year))
            .map((p) => (p.date.slice(5) <= '06-30' ? 'H1' : 'H2')),
        );
        expect([...halves].sort(), `${host} ${year}`).toEqual(['H1', 'H2']);
      }
      // The cadence says which figures the chart joins: every neighbour 2012–2024 within it.
      expect(s.cadence).toBe('half-yearly');
      const dates = s.points
        .map((p) => p.date)
        .filter((d) => d >= '2012-06-01' && d <= '2024-12-31');
      for (let i = 1; i < dates.length; i++)
        expect(dayOf(dates[i]!) - dayOf(dates[i - 1]!), dates[i]).toBeLessThanOrEqual(
          maxJoinDays('half-yearly'),
        );
    });
  }

  it('gives every figure its own source and a note, and Lebanon says registration was suspended', () => {
    for (const host of Object.keys(TWICE_A_YEAR)) {
      const s = registered(host);
      for (const p of s.points)
        expect(p.sources?.length ?? 0, `${host} ${p.date}`).toBeGreaterThan(0);
    }
    expect(registered('LB').definition).toMatch(/suspended/);
  });
});
