/**
 * Facts from the two articles the product grew from (../shared/seeds/: Anadolu on Zakharova,
 * 30 Sept 2021; Hürriyet Daily News on Akar and Shoigu in Sochi, 21 Nov 2018), checked in the
 * bundled dataset by what the records say, not by their ids.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../src/data/schemas/meetings';
import { readBundledDataset } from './bundled-dataset';

const dataset = readBundledDataset();
const { meetings } = dataset.meetings;
const actor = (id: string) => dataset.actors.actors.find((a) => a.id === id);
const place = (id: string) => dataset.places.places.find((p) => p.id === id);

function meetingsOn(date: string, where: (m: Meeting) => boolean = () => true) {
  return meetings.filter((m) => m.start <= date && m.end >= date && where(m));
}

describe('facts of the 2021 Anadolu article', () => {
  it('Erdoğan and Putin met in Sochi on 29 September 2021', () => {
    const [meeting] = meetingsOn('2021-09-29', (m) => m.participants.includes('vladimir-putin'));
    expect(meeting).toBeDefined();
    expect(meeting!.participants).toContain('recep-tayyip-erdogan');
    expect(place(meeting!.placeId)?.name).toBe('Sochi');
    expect(meeting!.status).toBe('held');
  });

  it('the sixth Constitutional Committee session opened in Geneva on 18 October 2021', () => {
    const session = meetings.find((m) => m.track === 'constitutional-committee' && m.round === 6);
    expect(session?.start).toBe('2021-10-18');
    expect(session?.end).toBe('2021-10-22');
    const venue = place(session?.placeId ?? '');
    expect([venue?.name, ...(venue?.aliases ?? [])].join(' ')).toMatch(/Geneva/);
  });

  it('the co-chairs met the envoy the day before, and the fifth session ended in January 2021', () => {
    expect(meetingsOn('2021-10-17', (m) => m.track === 'constitutional-committee')).toHaveLength(1);
    const fifth = meetings.find((m) => m.track === 'constitutional-committee' && m.round === 5);
    expect(fifth?.end.slice(0, 7)).toBe('2021-01');
  });

  it('resolutions 2254 (18 Dec 2015) and 2585 (9 July 2021) were adopted unanimously', () => {
    for (const [number, date] of [
      [2254, '2015-12-18'],
      [2585, '2021-07-09'],
    ] as const) {
      const resolution = meetings.find((m) => m.resolution?.number === number);
      expect(resolution?.start).toBe(date);
      expect(resolution?.resolution).toMatchObject({
        votesFor: 15,
        votesAgainst: 0,
        abstentions: 0,
      });
    }
  });

  it('the road map of 30 June 2012 (Geneva Communiqué) is a Geneva-track item', () => {
    expect(meetingsOn('2012-06-30', (m) => m.track === 'geneva')).toHaveLength(1);
  });

  it('the Sochi congress of January 2018 agreed the committee, formed in September 2019', () => {
    expect(meetings.some((m) => m.start.startsWith('2018-01') && m.placeId === 'sochi')).toBe(true);
    expect(
      meetings.some((m) => m.track === 'constitutional-committee' && m.start.startsWith('2019-09')),
    ).toBe(true);
  });

  it('Russia joined the war on 30 September 2015, flying from Hmeimim (spelled Hemeimeem)', () => {
    expect(
      dataset.events.events.some((e) => e.date === '2015-09-30' && e.actors.includes('russia')),
    ).toBe(true);
    expect(place('hmeimim-air-base')?.aliases.some((a) => a.includes('Hemeimeem'))).toBe(true);
  });

  it('Maria Zakharova is the Russian foreign ministry spokesperson', () => {
    expect(
      actor('maria-zakharova')
        ?.periods.map((period) => period.role)
        .join(' '),
    ).toMatch(/spokes/i);
  });

  it('keeps OHCHR\'s identified deaths and UNHCR\'s "more than 5 million" refugees as their own series', () => {
    const ohchr = dataset.statistics.series.find(
      (s) => s.publisher === 'OHCHR' && s.kind === 'period-total',
    );
    expect(ohchr?.points.some((p) => p.value === 350209 && p.start?.startsWith('2011-03'))).toBe(
      true,
    );
    const refugees = dataset.statistics.series.filter(
      (s) => s.measure === 'refugees' && !s.hostCountry,
    );
    expect(refugees.some((s) => s.points.some((p) => p.value > 5_000_000))).toBe(true);
  });
});

describe('facts of the 2018 Hürriyet Daily News article', () => {
  it('Akar and Shoigu met in Sochi on 20 November 2018, with Hakan Fidan present', () => {
    const [meeting] = meetingsOn('2018-11-20', (m) => m.participants.includes('hulusi-akar'));
    expect(meeting?.participants).toEqual(expect.arrayContaining(['sergei-shoigu', 'hakan-fidan']));
    expect(place(meeting!.placeId)?.name).toBe('Sochi');
  });

  it('Putin and Erdoğan agreed the Idlib demilitarised zone on 17 September 2018', () => {
    const [memorandum] = meetingsOn('2018-09-17', (m) => m.kind === 'agreement');
    expect(memorandum?.participants).toEqual(
      expect.arrayContaining(['vladimir-putin', 'recep-tayyip-erdogan']),
    );
    expect(memorandum?.track).toBe('sochi-russia-turkey');
  });

  it('de Mistura briefed the Council on 19 November 2018, and Astana 11 followed on 28 November', () => {
    expect(
      meetingsOn('2018-11-19', (m) => m.participants.includes('staffan-de-mistura')),
    ).toHaveLength(1);
    expect(meetings.find((m) => m.track === 'astana' && m.round === 11)?.start).toBe('2018-11-28');
  });

  it('the leaders of Russia, Turkey, Germany and France met in Istanbul on 27 October 2018', () => {
    const [summit] = meetingsOn('2018-10-27', (m) => m.kind === 'summit');
    expect(summit?.participants).toEqual(
      expect.arrayContaining(['russia', 'turkey', 'germany', 'france']),
    );
  });

  it('Geir Pedersen, a Norwegian, is the fourth UN envoy for Syria, after de Mistura', () => {
    expect(actor('geir-pedersen')?.description).toMatch(/Norw/);
    const envoys = ['kofi-annan', 'lakhdar-brahimi', 'staffan-de-mistura', 'geir-pedersen'].map(
      (id) => actor(id)?.activeFrom ?? '',
    );
    expect(envoys.every((date) => date >= '2012-01-01')).toBe(true);
    expect([...envoys].sort()).toEqual(envoys);
    expect(actor('staffan-de-mistura')?.activeTo).toBe('2018-12-31');
  });
});

/** The alignment an actor's periods give on a day (a period runs from `from` up to `to`). */
function alignmentOn(id: string, date: string) {
  return actor(id)?.periods.find(
    (period) => (period.from ?? '') <= date && date < (period.to ?? '9999-12-31'),
  )?.alignment;
}

describe('actors that change over time (issue 18)', () => {
  it('there are at least 120 actors, each with an Arabic name', () => {
    const { actors } = dataset.actors;
    expect(actors.length).toBeGreaterThanOrEqual(120);
    expect(actors.every((a) => /\p{Script=Arabic}/u.test(a.nameAr))).toBe(true);
  });

  it('HTS and al-Sharaa become the transitional authorities on 8 December 2024; the Assad government ends', () => {
    for (const id of ['hayat-tahrir-al-sham', 'ahmed-al-sharaa']) {
      expect(alignmentOn(id, '2024-12-07')).toBe('jihadist');
      expect(alignmentOn(id, '2024-12-08')).toBe('transitional-authorities');
    }
    expect(alignmentOn('syrian-government', '2024-12-07')).toBe('assad-government');
    expect(alignmentOn('syrian-government', '2024-12-08')).toBeUndefined();
    expect(alignmentOn('bashar-al-assad', '2025-01-01')).toBeUndefined();
  });

  it('the backers change sides with the fall of Assad: Turkey and Qatar, the Gulf normalisers, Russia and Iran', () => {
    for (const id of ['turkey', 'qatar']) {
      expect(alignmentOn(id, '2020-01-01')).toBe('backs-opposition');
      expect(alignmentOn(id, '2025-06-01')).toBe('backs-transitional-authorities');
    }
    for (const id of ['saudi-arabia', 'united-arab-emirates']) {
      expect(alignmentOn(id, '2015-01-01')).toBe('backs-opposition');
      expect(alignmentOn(id, '2023-12-01')).toBe('other');
      expect(alignmentOn(id, '2025-06-01')).toBe('backs-transitional-authorities');
    }
    for (const id of ['russia', 'iran', 'hezbollah']) {
      expect(alignmentOn(id, '2020-01-01')).toBe('backs-assad-government');
      expect(alignmentOn(id, '2025-06-01')).toBe('other');
    }
    expect(actor('syrian-democratic-forces')?.periods.map((p) => p.from)).toContain('2025-03-10');
  });

  it('every change of alignment cites the source that dates it', () => {
    for (const a of dataset.actors.actors)
      a.periods.forEach((period, i) => {
        if (i > 0 && period.alignment !== a.periods[i - 1]!.alignment)
          expect(period.sources?.length, `${a.id} period ${i}`).toBeGreaterThan(0);
      });
  });

  it('the main armed groups and the post-2024 institutions are there, al-Julani only as al-Sharaa', () => {
    const names = dataset.actors.actors.map((a) => [a.name, ...a.aliases].join(' | '));
    for (const name of [
      /Hurras al-Din/,
      /Turkistan Islamic Party/,
      /Faylaq al-Sham/,
      /National Front for Liberation/,
      /Jaysh al-Izza/,
      /Wagner/,
      /Quds Force/,
      /Fatemiyoun/,
      /Kurdistan Workers/,
      /Autonomous Administration of North and East Syria/,
      /caretaker government/,
      /transitional government/,
      /People's Assembly/,
      /National Dialogue Conference/,
      /Transitional Justice/,
      /Murhaf Abu Qasra/,
      /Anas Khattab/,
      /Hikmat al-Hijri/,
      /Maher al-Assad/,
      /Soleimani/,
    ])
      expect(names.filter((n) => name.test(n)).length, String(name)).toBeGreaterThan(0);
    expect(names.filter((n) => /Jolani|Julani|Golani/.test(n))).toHaveLength(1);
  });
});
