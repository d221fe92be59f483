import { describe, expect, it } from 'vitest';
import { viewReadme, type CitedSource } from './readme';

const source = (id: string, publisher: string, date: string): CitedSource => ({
  publisher,
  title: `A report by ${publisher}`,
  url: `https://example.org/${id}`,
  date,
});

describe('the README of a view', () => {
  const text = viewReadme({
    range: '1 Sept 2018 – 31 Dec 2018',
    selections: ['Highlighted actor: Republic of Turkey'],
    permalink: 'https://dash.example/?from=2018-09-01&to=2018-12-31&actor=turkey',
    dataset: 'Dataset 2026.12.04, as of 18 Jan 2026 · CC BY 4.0',
    files: [
      { name: 'timeline.png', title: 'Peace process timeline' },
      { name: 'deaths.csv', title: 'Deaths by source' },
    ],
    sources: [source('b', 'UNHCR', '2018-12-31'), source('a', 'Anadolu', '2018-09-17')],
    madeAt: new Date('2026-12-05T02:30:00Z'),
  });
  const lines = text.split('\r\n');
  it('says the range, the selection, the permalink and when it was made', () => {
    expect(lines).toContain('Range: 1 Sept 2018 – 31 Dec 2018');
    expect(lines).toContain('Selection: Highlighted actor: Republic of Turkey');
    expect(lines).toContain(
      'Permalink: https://dash.example/?from=2018-09-01&to=2018-12-31&actor=turkey',
    );
    expect(lines).toContain('Made: 2026-12-05 02:30 UTC');
  });
  it('lists every file with what it shows, and every source, by publisher', () => {
    expect(lines).toContain('Files (2):');
    expect(lines).toContain('  timeline.png: Peace process timeline');
    const sources = lines.slice(
      lines.indexOf('Sources (2):') + 1,
      lines.indexOf('Sources (2):') + 3,
    );
    expect(sources).toEqual([
      '  Anadolu, "A report by Anadolu", 17 Sept 2018. https://example.org/a',
      '  UNHCR, "A report by UNHCR", 31 Dec 2018. https://example.org/b',
    ]);
  });
  it('says how to cite it', () => {
    expect(text).toContain(
      'Syria Conflict & Diplomacy Dashboard, 1 Sept 2018 – 31 Dec 2018. Dataset 2026.12.04',
    );
  });
});
