import { describe, expect, it } from 'vitest';
import type { Source } from '@/data/schemas/meta';
import {
  documentsByOutlet,
  numberFigures,
  sourcesByPublisher,
  type BriefFigure,
} from './brief-content';

const source = (id: string, publisher: string, date: string): Source => ({
  id,
  publisher,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  date,
  kind: 'news',
});
const catalogue = new Map(
  [
    source('a', 'Reuters', '2019-02-01'),
    source('b', 'Reuters', '2017-05-01'),
    source('c', 'UNHCR', '2020-01-01'),
    source('d', 'Daily Sabah (AFP text)', '2018-01-01'),
    source('e', 'Daily Sabah', '2021-01-01'),
  ].map((s) => [s.id, s]),
);

const figure = (area: BriefFigure['area'], title: string): BriefFigure => ({
  area,
  title,
  url: `blob:${title}`,
  width: 800,
  height: 500,
  sourceIds: [],
});

describe('numberFigures', () => {
  it('numbers the figures through the brief in panel order, whatever order they came in', () => {
    const numbered = numberFigures([
      figure('map', 'Map'),
      figure('statistics', 'Deaths'),
      figure('tracker', 'Timeline'),
      figure('statistics', 'Refugees'),
      figure(null, 'Outside any panel'),
    ]);
    expect(numbered.get('tracker')!.map((f) => [f.number, f.title])).toEqual([[1, 'Timeline']]);
    expect(numbered.get('statistics')!.map((f) => [f.number, f.title])).toEqual([
      [2, 'Deaths'],
      [3, 'Refugees'],
    ]);
    expect(numbered.get('map')!.map((f) => f.number)).toEqual([4]);
    expect(numbered.get('actors')).toEqual([]);
  });
});

describe('sourcesByPublisher', () => {
  it('groups each document once under its publisher, most cited first, in date order', () => {
    const groups = sourcesByPublisher(['a', 'c', 'b', 'a', 'missing'], catalogue);
    expect(groups.map((g) => [g.publisher, g.sources.map((s) => s.id), g.first, g.last])).toEqual([
      ['Reuters', ['b', 'a'], '2017-05-01', '2019-02-01'],
      ['UNHCR', ['c'], '2020-01-01', '2020-01-01'],
    ]);
  });
});

describe('documentsByOutlet', () => {
  it('counts an outlet once whatever note its publisher name carries', () => {
    const groups = sourcesByPublisher(['a', 'b', 'c', 'd', 'e'], catalogue);
    expect(documentsByOutlet(groups)).toBe('Daily Sabah (2); Reuters (2); UNHCR (1)');
  });
});
