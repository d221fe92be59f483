import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDate,
  formatMonth,
  formatNumber,
  formatRange,
  formatRangeInWords,
  formatOpenSpan,
  formatSpan,
  pluralize,
  readableUrl,
} from './format';

describe('format', () => {
  it('writes dates as day, short month, year', () => {
    expect(formatDate('2021-10-18')).toBe('18 Oct 2021');
    expect(formatDate('2012-06-30')).toBe('30 Jun 2012');
  });
  it('names a month with its year, in UTC whatever the clock', () => {
    expect(formatMonth('2018-03-01')).toBe('March 2018');
    expect(formatMonth('2025-12-31')).toBe('December 2025');
  });
  it('writes a one-day span as one date and a longer span with both ends', () => {
    expect(formatSpan('2018-11-20', '2018-11-20')).toBe('20 Nov 2018');
    expect(formatSpan('2021-10-18', '2021-10-22')).toBe('18 Oct 2021 – 22 Oct 2021');
    expect(formatRange({ from: '2021-10-18', to: '2022-10-22' })).toBe('18 Oct 2021 – 22 Oct 2022');
  });
  it('puts a range into words for sentences', () => {
    expect(formatRangeInWords({ from: '2024-12-08', to: '2026-11-23' })).toBe(
      'between 8 Dec 2024 and 23 Nov 2026',
    );
    expect(formatRangeInWords({ from: '2024-12-08', to: '2024-12-08' })).toBe('on 8 Dec 2024');
  });
  it('writes periods open at either end', () => {
    expect(formatOpenSpan('2015-09-30')).toBe('since 30 Sept 2015');
    expect(formatOpenSpan(undefined, '2024-12-08')).toBe('until 8 Dec 2024');
    expect(formatOpenSpan()).toBe('throughout');
    expect(formatOpenSpan('2018-09-17', '2018-09-17')).toBe('17 Sept 2018');
  });
  it('groups thousands', () => {
    expect(formatNumber(350209)).toBe('350,209');
    expect(formatNumber(0)).toBe('0');
  });
  it('writes numbers short for an axis', () => {
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(500_000)).toBe('500k');
    expect(formatCompact(2_000_000)).toBe('2m');
    expect(formatCompact(1_500_000_000)).toBe('1.5bn');
    expect(formatCompact(15_000)).toBe('15k');
  });
  it('pluralises by count', () => {
    expect(pluralize(1, 'meeting')).toBe('1 meeting');
    expect(pluralize(2, 'meeting')).toBe('2 meetings');
    expect(pluralize(0, 'series', 'series')).toBe('0 series');
  });
});

describe('readableUrl', () => {
  it('writes out escaped letters and leaves the rest of an address alone', () => {
    expect(readableUrl('https://www.alaraby.co.uk/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7')).toBe(
      'https://www.alaraby.co.uk/سوريا',
    );
    expect(readableUrl('https://example.org/a%2Fb?q=%3F')).toBe('https://example.org/a%2Fb?q=%3F');
    expect(readableUrl('https://example.org/100%')).toBe('https://example.org/100%');
    expect(readableUrl('https://example.org/plain')).toBe('https://example.org/plain');
  });
});
