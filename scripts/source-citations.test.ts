import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../src/data/dataset-files';
import { fixtureDataset } from '../src/test/fixture-dataset';
import { readBundledDataset } from './bundled-dataset';
import {
  auditGaps,
  citationsBySource,
  isUnSecurityCouncilSource,
  overCitedSources,
  unscMeetingsWithoutUnSource,
  vetoEventsWithoutUnSource,
  type SourceAudit,
} from './source-citations';

const dataDir = join(process.cwd(), 'public', 'data');
const bundled = {
  meta: parseDatasetFile('meta', readFileSync(join(dataDir, 'meta.json'), 'utf8')),
  meetings: parseDatasetFile('meetings', readFileSync(join(dataDir, 'meetings.json'), 'utf8')),
  events: parseDatasetFile('events', readFileSync(join(dataDir, 'events.json'), 'utf8')),
};

describe('isUnSecurityCouncilSource', () => {
  const source = (url: string, title = 'A title') => ({ url, title });
  it('accepts Security Council press releases at their current and earlier addresses', () => {
    expect(isUnSecurityCouncilSource(source('https://press.un.org/en/2015/sc12171.doc.htm'))).toBe(
      true,
    );
    expect(
      isUnSecurityCouncilSource(source('https://www.un.org/press/en/2016/sc12663.doc.htm')),
    ).toBe(true);
    expect(
      isUnSecurityCouncilSource(source('http://www.un.org/News/Press/docs/2012/sc10609.doc.htm')),
    ).toBe(true);
  });

  it('accepts a resolution document by its symbol', () => {
    expect(isUnSecurityCouncilSource(source('https://undocs.org/S/RES/2254(2015)'))).toBe(true);
    expect(
      isUnSecurityCouncilSource(
        source(
          'https://documents.un.org/doc/undoc/gen/n15/443/23/pdf/n1544323.pdf',
          'S/RES/2254 (2015)',
        ),
      ),
    ).toBe(true);
  });

  it("accepts the UN's record of a numbered meeting and the UN's pages on a briefing or decision", () => {
    expect(
      isUnSecurityCouncilSource(
        source(
          'https://www.unmultimedia.org/avlibrary/asset/2999/2999774/',
          'The Situation in the Middle East - Security Council, 9237th Meeting',
        ),
      ),
    ).toBe(true);
    expect(
      isUnSecurityCouncilSource(
        source(
          'https://dppa.un.org/en/security-council-briefing-situation-syria-special-envoy-staffan-de-mistura-9',
          'Security Council Briefing on the Situation in Syria, Special Envoy Staffan de Mistura',
        ),
      ),
    ).toBe(true);
  });

  it("rejects the Secretary-General's statements, other UN pages and copies elsewhere", () => {
    expect(
      isUnSecurityCouncilSource(source('https://press.un.org/en/2023/sgsm21871.doc.htm')),
    ).toBe(false);
    expect(
      isUnSecurityCouncilSource(
        source('https://www.unmultimedia.org/avlibrary/asset/2999/2999774/'),
      ),
    ).toBe(false);
    expect(
      isUnSecurityCouncilSource(
        source(
          'https://peacekeeping.un.org/sites/default/files/past/unsmis/mandate.shtml',
          'UNSMIS Mandate',
        ),
      ),
    ).toBe(false);
    expect(
      isUnSecurityCouncilSource(
        source(
          'https://vineyardsaker.blogspot.com/2013/09/security-council-requires-scheduled.html',
          'Security Council requires Scheduled Destruction of Syria’s Chemical Weapons',
        ),
      ),
    ).toBe(false);
  });
});

describe('unscMeetingsWithoutUnSource', () => {
  it('names a Security Council meeting whose sources are not the UN record', () => {
    const data = fixtureDataset();
    expect(unscMeetingsWithoutUnSource(data)).toEqual(['res-1']);
    // A new list, not a change in place: lookups by id are cached per list.
    data.meta.sources = data.meta.sources.map((s, i) =>
      i === 1 ? { ...s, url: 'https://press.un.org/en/2021/sc14577.doc.htm' } : s,
    );
    expect(unscMeetingsWithoutUnSource(data)).toEqual([]);
  });

  it('finds none in the bundled dataset: every Security Council record cites the UN', () => {
    expect(unscMeetingsWithoutUnSource(bundled)).toEqual([]);
  });
});

describe('vetoEventsWithoutUnSource', () => {
  it('names a veto event whose sources are all news, and not one that cites the UN record', () => {
    const data = fixtureDataset();
    expect(vetoEventsWithoutUnSource(data)).toEqual([]);
    data.events.events[0] = { ...data.events.events[0]!, title: 'Russia vetoes a draft' };
    expect(vetoEventsWithoutUnSource(data)).toEqual(['ev-1']);
    data.meta.sources = data.meta.sources.map((s, i) =>
      i === 0 ? { ...s, url: 'https://press.un.org/en/2019/sc14066.doc.htm' } : s,
    );
    expect(vetoEventsWithoutUnSource(data)).toEqual([]);
  });

  it('in the bundled dataset, leaves no veto cited by news alone', () => {
    // The last two (19 Sep 2019, Idlib ceasefire; 11 Jul 2023, Bab al-Hawa) now cite SC/13956
    // and SC/15348.
    expect(vetoEventsWithoutUnSource(bundled)).toEqual([]);
  });
});

describe('overCitedSources', () => {
  it('counts each record once and lists the sources cited by more records than the threshold', () => {
    // In the fixture src-a is cited by 9 records and src-b by 5; the refugees-total series
    // is made to cite src-a for itself as well as for a point: still one record.
    const data = fixtureDataset();
    const series = data.statistics.series.find((s) => s.id === 'refugees-total')!;
    series.sources = [...series.sources, 'src-a'];
    expect(overCitedSources(data, 9)).toEqual([]);
    expect(overCitedSources(data, 5)).toEqual([
      'source src-a is cited by 9 records: actors.json: state-x, actors.json: person-z, places.json: city-p, places.json: venue-q, meetings.json: track-a-1, meetings.json: track-a-2, events.json: ev-1, statistics.json: deaths-annual, statistics.json: refugees-total',
    ]);
    expect(overCitedSources(data, 4)).toHaveLength(2);
    expect(citationsBySource(data).get('src-a')).toHaveLength(10);
  });
});

describe('auditGaps: the record-by-record audit of widely cited sources', () => {
  const audit = JSON.parse(
    readFileSync(join(process.cwd(), 'scripts', 'source-audit.json'), 'utf8'),
  ) as SourceAudit;

  it('covers every citation of the audited sources in the bundled dataset, and only those', () => {
    expect(auditGaps(readBundledDataset(), audit)).toEqual([]);
    expect(audit.audited.length).toBeGreaterThanOrEqual(12);
  });

  it('names a new citation of an audited source, and a verdict whose citation is gone', () => {
    const dataset = readBundledDataset();
    const actor = dataset.actors.actors.find((a) => a.id === 'liwa-al-quds')!;
    // A new citation, at the top of a record that did not cite the source there.
    actor.sources.push('dailysabah-zakharova-2021');
    // And a citation the audit has a verdict for, removed.
    const period = actor.periods[0]!;
    period.sources = period.sources!.filter((id) => id !== 'irna-assad-moscow-2024');
    expect(auditGaps(dataset, audit)).toEqual([
      'not checked against the source: dailysabah-zakharova-2021 | actors.json: liwa-al-quds | top',
      'checked but no longer cited: irna-assad-moscow-2024 | actors.json: liwa-al-quds | period 0',
    ]);
  });
});

describe('overCitedSources with an audit', () => {
  it('leaves out the sources already read against every record citing them', () => {
    const dataset = readBundledDataset();
    const all = overCitedSources(dataset);
    expect(all.some((line) => line.startsWith('source dailysabah-zakharova-2021 '))).toBe(true);
    const left = overCitedSources(dataset, undefined, new Set(['dailysabah-zakharova-2021']));
    expect(left).toHaveLength(all.length - 1);
    expect(left.some((line) => line.startsWith('source dailysabah-zakharova-2021 '))).toBe(false);
  });
});
