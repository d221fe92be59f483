/**
 * SNHR's monthly civilian death tolls (issue 18): one point per calendar month, each cited to a
 * report (or a dated copy of it) published after the month it counts. The months listed below are
 * those whose figure was found in a dated public copy; the other months of 2016–2025 are gaps
 * (see DATA.md, "Known gaps"), not months the test lets pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../src/data/dataset-files';

const read = (file: string) => readFileSync(join('public', 'data', file), 'utf8');
const { series } = parseDatasetFile('statistics', read('statistics.json'));
const { sources } = parseDatasetFile('meta', read('meta.json'));
const sourceDate = new Map(sources.map((s) => [s.id, s.date]));

const monthly = series.find((s) => s.id === 'snhr-monthly-civilian-deaths')!;

/** Months with a figure, by year. */
const MONTHS: Record<string, readonly string[]> = {
  '2016': ['01', '02', '03', '04', '05', '10', '11', '12'],
  '2017': ['01', '02', '03', '04', '05', '07', '08', '09', '11', '12'],
  '2018': ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12'],
  '2019': ['01', '02', '03', '04', '05', '06', '08', '09', '10', '11', '12'],
  '2020': ['01', '02', '03', '04', '05', '07', '09', '10', '11', '12'],
  '2021': ['02', '03', '04', '05', '06', '07', '09', '10', '11', '12'],
  '2022': ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
  '2023': ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
  '2024': ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
  // March and July count all the dead (fighters among them); May's and December's wording or
  // copies leave it open: not in this civilian series.
  '2025': ['01', '02', '04', '06', '08', '09', '10', '11'],
};

const lastDay = (ym: string) => {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

describe('SNHR monthly civilian deaths', () => {
  it('has a figure for each month found in a dated SNHR report', () => {
    const months = monthly.points.map((p) => p.date.slice(0, 7));
    const expected = Object.entries(MONTHS).flatMap(([y, ms]) => ms.map((m) => `${y}-${m}`));
    for (const ym of expected) expect(months, ym).toContain(ym);
    expect(new Set(months).size).toBe(months.length);
  });

  it('spans exactly one calendar month per point', () => {
    for (const p of monthly.points) {
      const ym = p.date.slice(0, 7);
      expect(p.start, p.date).toBe(`${ym}-01`);
      expect(p.date).toBe(lastDay(ym));
    }
  });

  it('cites for each point a source published after the month it counts', () => {
    for (const p of monthly.points) {
      expect(p.sources?.length, p.date).toBeGreaterThan(0);
      for (const id of p.sources ?? []) {
        const published = sourceDate.get(id);
        expect(published, `${p.date}: ${id}`).toBeDefined();
        expect(published! > p.date, `${p.date}: ${id} published ${published}`).toBe(true);
      }
    }
  });
});
