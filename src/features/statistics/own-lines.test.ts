import { describe, expect, it } from 'vitest';
import { ownEventTable, type OwnEvent } from '@/data/own-event-table';
import type { OwnLayer } from '@/data/own-events';
import { ownMonthlyLines } from './own-lines';

const event = (row: number, date: string, deaths: number | null): OwnEvent => ({
  row,
  id: `e${row}`,
  date,
  lat: 35,
  lon: 38,
  type: 'Battles',
  deaths,
  outsideSyria: false,
});

describe('ownMonthlyLines', () => {
  it('gives each month one level over the month: events, and deaths where the file states them', () => {
    const layer = {
      fileName: 'f.csv',
      format: 'ACLED',
      table: ownEventTable([
        event(2, '2020-01-05', 3),
        event(3, '2020-01-30', 2),
        event(4, '2020-03-02', null),
      ]),
    } as unknown as OwnLayer;
    const [events, deaths] = ownMonthlyLines(layer);
    expect(events!.shape).toBe('period');
    expect(events!.points.map((p) => [p.start, p.end, p.value])).toEqual([
      ['2020-01-01', '2020-01-31', 2],
      ['2020-02-01', '2020-02-29', 0],
      ['2020-03-01', '2020-03-31', 1],
    ]);
    expect(deaths!.points.map((p) => p.value)).toEqual([5, null, null]);
  });
});
