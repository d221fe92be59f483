import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OwnLayer } from '@/data/own-events';
import { ownEventTable } from '@/data/own-event-table';
import { useLanguageStore } from '@/i18n/language';
import { openRoundLine } from './chart-frame';
import { lineLegendLabel, semicolon } from './dataset-names';
import { LegendName } from './dataset-text';
import { ownMonthlyLines } from './own-lines';
import { richMessage } from '@/i18n/rich';
import { deathsLines } from './series-lines';
import { annual } from './test-fixtures';

// The statistics in Arabic: the dashboard's words translated, the dataset's English left as it is.

afterEach(() => useLanguageStore.setState({ language: 'en', digits: 'arab' }));

const arabic = () => useLanguageStore.setState({ language: 'ar', digits: 'arab' });

describe('the statistics in Arabic', () => {
  it("keeps a series' English title and adds the dashboard's words in Arabic", () => {
    arabic();
    const [summed] = deathsLines([annual('sohr', { 2012: 100 }, 'SOHR')], 'cumulative').lines;
    expect(summed!.dataset).toEqual({ title: 'sohr deaths', qualifier: '(مجموع متراكم سنةً بسنة)' });
    expect(summed!.label).toBe('sohr deaths (مجموع متراكم سنةً بسنة)');
  });

  it("names the analyst's lines in Arabic, the file as it is", () => {
    arabic();
    const layer = {
      fileName: 'f.csv',
      table: ownEventTable([]),
    } as unknown as OwnLayer;
    const [events, deaths] = ownMonthlyLines(layer);
    expect(events!.label).toBe('الأحداث');
    expect(events!.dataset).toBeUndefined();
    expect(deaths!.publisher).toBe('بياناتك: f.csv');
  });

  it('says the open round in Arabic, with Arabic digits', () => {
    arabic();
    const round = {
      id: 'r',
      title: 'أستانا',
      start: '2017-05-03',
      end: '2017-05-04',
      color: '#000',
      emphasised: true,
    };
    const line = openRoundLine([round], 'r', { from: '2018-01-01', to: '2018-12-31' });
    expect(line).toMatch(/^الجولة المفتوحة: أستانا \(/);
    expect(line).toMatch(/٢٠١٧/);
    expect(line).toMatch(/خارج هذه المدة$/);
  });

  it('separates lists the Arabic way', () => {
    expect(semicolon()).toBe('; ');
    arabic();
    expect(semicolon()).toBe('؛ ');
  });

  it('marks the English title and publisher of a legend entry as English', () => {
    arabic();
    const [line] = deathsLines([annual('vdc', { 2012: 1 }, 'VDC (via FIDH)')], 'annual').lines;
    expect(lineLegendLabel(line!)).toBe('vdc deaths (VDC (via FIDH))');
    const { container } = render(<LegendName line={line!} />);
    const english = [...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(english).toEqual(['vdc deaths', 'VDC (via FIDH)']);
    expect(container.querySelector('[lang="en"] [title]')?.getAttribute('title')).toBe(
      'deaths counted by vdc',
    );
  });

  it('marks a publisher named by an acronym as English too, as every publisher', () => {
    arabic();
    const [line] = deathsLines([annual('vdc', { 2012: 1 }, 'SOHR')], 'annual').lines;
    const { container } = render(<LegendName line={line!} />);
    const english = [...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(english).toEqual(['vdc deaths', 'SOHR']);
    const publisher = [...container.querySelectorAll('bdi[lang="en"]')].find(
      (e) => e.textContent === 'SOHR',
    );
    expect(publisher?.getAttribute('dir')).toBe('ltr');
  });

  it('puts elements in the places of a message, in its word order', () => {
    arabic();
    const { container } = render(
      <p>
        {richMessage('statistics.compare.ownSummary', {
          file: <span translate="no">f.csv</span>,
        })}
      </p>,
    );
    expect(container.textContent).toBe('جُمعت أحداثك (f.csv) في كل نافذة، وهي في أول الجدول.');
    expect(container.querySelector('[translate="no"]')?.textContent).toBe('f.csv');
  });
});
