import { describe, expect, it } from 'vitest';
import { generateEventFile, type GeneratedFile } from '../../../scripts/own-event-files';
import {
  ACLED_COLUMNS,
  ACLED_OLD_COLUMNS,
  UCDP_COLUMNS,
  UCDP_SYRIA_COLUMNS,
  type DateForm,
  type Layout,
} from '../../../scripts/own-event-layouts';
import { guessMapping, recogniseHeader } from './formats';
import { layoutLabel } from './layout-names';
import { rowReasonText } from './problem-text';
import { peekTable, TableImport } from './table-import';

/** The English name the layer keeps of the layout recognised from a header. */
const nameOf = (header: string[]) => layoutLabel(recogniseHeader(header).layout, 'en');

function importAll(file: GeneratedFile, keepOutside = true, chunk = 4096) {
  const peek = peekTable(file.text.slice(0, 65_536))!;
  const job = new TableImport(peek.recognised.mapping!, keepOutside);
  for (let at = 0; at < file.text.length; at += chunk) job.push(file.text.slice(at, at + chunk));
  return { peek, job, result: job.end() };
}

describe('recogniseHeader', () => {
  it('names each layout by its header, not by column positions', () => {
    expect(ACLED_COLUMNS).toHaveLength(31);
    expect(UCDP_COLUMNS).toHaveLength(49);
    expect(UCDP_SYRIA_COLUMNS).toHaveLength(41);
    expect(nameOf([...ACLED_COLUMNS])).toBe('ACLED (current layout, 31 columns)');
    expect(nameOf([...ACLED_OLD_COLUMNS])).toBe('ACLED (layout before March 2023, 31 columns)');
    expect(nameOf([...UCDP_COLUMNS])).toBe('UCDP GED (49 columns)');
    expect(nameOf(UCDP_SYRIA_COLUMNS)).toBe('UCDP GED (41 columns, a Syria-only release)');
    // Shuffled columns in upper case are still ACLED.
    const shuffled = [...ACLED_COLUMNS].reverse().map((c) => c.toUpperCase());
    const recognised = recogniseHeader(shuffled);
    expect(recognised.format).toBe('acled');
    expect(recognised.missing).toEqual([]);
    expect(recogniseHeader(['when', 'lat', 'lon']).mapping).toBeNull();
  });

  it('says which columns a recognised layout lacks', () => {
    const header = ACLED_COLUMNS.filter((c) => c !== 'latitude' && c !== 'fatalities');
    expect(recogniseHeader(header).missing).toEqual(['latitude', 'fatalities']);
  });

  it('guesses the mapping of another layout from common names', () => {
    expect(guessMapping(['When', 'Lat', 'Lng', 'Killed', 'Notes'])).toEqual({
      latitude: 'Lat',
      longitude: 'Lng',
      deaths: 'Killed',
      notes: 'Notes',
    });
  });
});

describe('TableImport', () => {
  const cases: [Layout, DateForm[], ',' | ';'][] = [
    ['acled', ['iso', 'day month year', 'day-month-year', 'dd-Mon-yy'], ','],
    ['acled-old', ['dd-Mon-yy', 'day-month-year'], ';'],
    ['ucdp', ['iso time', 'iso T', 'iso'], ','],
    ['ucdp-syria', ['iso time'], ';'],
  ];
  it.each(cases)(
    '%s with dates %j and %j separators: every good row imported as written',
    (layout, dateForms, separator) => {
      const file = generateEventFile({
        layout,
        rows: 600,
        seed: 3,
        dateForms,
        separator,
        badEvery: 37,
        outsideEvery: 50,
      });
      const { result } = importAll(file);
      expect(result.report.rowsRead).toBe(600);
      expect(
        result.events.map((e) => [e.row, e.date, e.lat, e.lon, e.type, e.deaths, e.outsideSyria]),
      ).toEqual(file.events.map((e) => [e.row, e.date, e.lat, e.lon, e.type, e.deaths, e.outside]));
      expect(result.report.imported).toBe(file.events.length);
      expect(result.report.skipped).toBe(file.bad.length);
      expect(result.report.outsideSyria).toBe(file.events.filter((e) => e.outside).length);
      // Each bad row reported with its row, its column by the file's name and the reason.
      expect(result.report.problems.map((p) => [p.row, p.column])).toEqual(
        file.bad.map((b) => [b.row, b.column]),
      );
      result.report.problems.forEach((p, i) =>
        expect(rowReasonText(p, 'en')).toContain(file.bad[i]!.reason),
      );
      expect(result.report.problemCount).toBe(file.bad.length);
    },
  );

  it('drops the rows outside Syria when asked, and counts them', () => {
    const file = generateEventFile({ layout: 'acled', rows: 300, outsideEvery: 10 });
    const { result } = importAll(file, false);
    expect(result.report.outsideSyria).toBe(30);
    expect(result.report.outsideKept).toBe(false);
    expect(result.events).toHaveLength(270);
    expect(result.events.every((e) => !e.outsideSyria)).toBe(true);
  });

  it('reads the same events whatever the chunk size', () => {
    const file = generateEventFile({ layout: 'ucdp', rows: 200, badEvery: 9 });
    const whole = importAll(file, true, file.text.length).result;
    for (const chunk of [1, 13, 1000]) expect(importAll(file, true, chunk).result).toEqual(whole);
  });

  it('reads nothing, and says which columns, when a mapped column is not in the header', () => {
    const job = new TableImport({ date: 'day', latitude: 'lat', longitude: 'lon' }, true);
    job.push('day,lat\n2020-01-01,35\n');
    expect(job.end().events).toEqual([]);
    expect(job.missing).toEqual(['lon']);
  });

  it('previews the header and first rows of a chunk', () => {
    const file = generateEventFile({ layout: 'ucdp-syria', rows: 20, separator: ';' });
    const peek = peekTable(file.text)!;
    expect(peek.separator).toBe(';');
    expect(peek.header).toEqual(UCDP_SYRIA_COLUMNS);
    expect(peek.preview).toHaveLength(5);
    expect(peekTable('')).toBeNull();
    // The last line of a whole file counts without a line break after it; of a chunk, not.
    expect(peekTable('a,b,c\n1,2,3', true)!.preview).toEqual([['1', '2', '3']]);
    expect(peekTable('a,b,c\n1,2,3')!.preview).toEqual([]);
  });
});
