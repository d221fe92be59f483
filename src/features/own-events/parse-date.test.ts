import { describe, expect, it } from 'vitest';
import { parseEventDate } from './parse-date';

describe('parseEventDate', () => {
  it.each([
    ['2021-03-15', '2021-03-15'],
    ['2016-01-01 00:00:00.000', '2016-01-01'],
    ['2016-01-01T00:00:00', '2016-01-01'],
    ['2016-01-01T23:59:59Z', '2016-01-01'],
    ['15 March 2021', '2021-03-15'],
    ['15-March-2021', '2021-03-15'],
    ['07-Feb-25', '2025-02-07'],
    ['7 Sept 2019', '2019-09-07'],
    ['31-Dec-99', '1999-12-31'],
    [' 2024-12-08 ', '2024-12-08'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseEventDate(text)).toBe(iso);
  });

  it.each([
    '',
    '2021-02-30',
    '29 February 2023',
    '03/04/2021',
    '15 Marz 2021',
    'yesterday',
    '2021-13-01',
    '15-March',
  ])('refuses %j', (text) => {
    expect(parseEventDate(text)).toBeNull();
  });
});
