/**
 * Issue 18: the bundled events cover 2011–2018 densely enough for an analyst, with the phases
 * of the war's turning points (start, decisive moments, end) each dated and placed. Checked by
 * what the records say (date, place, category), not by their ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../src/data/dataset-files';
import type { ConflictEvent } from '../src/data/schemas/events';

const { events } = parseDatasetFile(
  'events',
  readFileSync(join('public', 'data', 'events.json'), 'utf8'),
);

function eventOn(date: string, placeId: string, category?: ConflictEvent['category']) {
  return events.filter(
    (e) =>
      e.placeId === placeId &&
      (category === undefined || e.category === category) &&
      e.date <= date &&
      (e.endDate ?? e.date) >= date,
  );
}

/** [what, date, place, category] for the phases the dataset must hold. */
const phases: [string, string, string, ConflictEvent['category']][] = [
  ['rebel offensive on Aleppo', '2012-07-19', 'aleppo', 'military'],
  ['army counter-attack on Salaheddine', '2012-08-08', 'aleppo', 'military'],
  ['army offensive on east Aleppo announced', '2016-09-22', 'aleppo', 'military'],
  ['Hanano falls', '2016-11-26', 'aleppo', 'military'],
  [
    'Russia–Turkey ceasefire and evacuation deal for east Aleppo',
    '2016-12-13',
    'aleppo',
    'diplomatic',
  ],
  ['army declares Aleppo retaken', '2016-12-22', 'aleppo', 'military'],
  ['Khalidiya taken in Homs', '2013-07-29', 'homs', 'military'],
  ['Homs Old City humanitarian pause', '2014-02-07', 'homs', 'humanitarian'],
  ['al-Waer evacuation begins', '2017-03-18', 'homs', 'humanitarian'],
  ['al-Waer final evacuation', '2017-05-20', 'homs', 'humanitarian'],
  ['Ghouta chemical attack', '2013-08-21', 'eastern-ghouta', 'military'],
  ['Eastern Ghouta split in three', '2018-03-11', 'eastern-ghouta', 'military'],
  ['Douma final agreement', '2018-04-08', 'douma', 'military'],
  ['ISIL takes Raqqa', '2014-01-14', 'raqqa', 'military'],
  ['Raqqa encircled by the SDF', '2017-06-29', 'raqqa', 'military'],
  ['ISIL takes most of Deir ez-Zor city', '2014-07-14', 'deir-ez-zor', 'military'],
  ['Deir ez-Zor air base relieved', '2017-09-09', 'deir-ez-zor', 'military'],
  ['Kobani airdrop', '2014-10-19', 'kobani', 'military'],
  ['pro-government militias enter Afrin', '2018-02-20', 'afrin', 'military'],
  ['Palmyra prison destroyed by ISIL', '2015-05-30', 'palmyra', 'military'],
  ['Nasib crossing retaken', '2018-07-06', 'daraa', 'military'],
  ['Quneitra surrender deal', '2018-07-19', 'quneitra', 'military'],
  ['OPCW Douma interim report', '2018-07-06', 'the-hague', 'statement'],
  ['OPCW-UN JIM third report', '2016-08-24', 'un-headquarters-new-york', 'statement'],
];

describe('turning points of 2011–2018', () => {
  it.each(phases)('%s (%s) is an event at its place', (_what, date, placeId, category) => {
    expect(eventOn(date, placeId, category).length).toBeGreaterThan(0);
  });

  it('every year from 2011 to 2018 holds at least 45 events', () => {
    for (let year = 2011; year <= 2018; year += 1) {
      const count = events.filter((e) => e.date.startsWith(String(year))).length;
      expect({ year, enough: count >= 45 }).toEqual({ year, enough: true });
    }
  });
});

/** Phases of 2019–2025 that the dataset must hold (issue 18, second part). */
const laterPhases: [string, string, string, ConflictEvent['category']][] = [
  ['SDF final battle for Baghuz launched', '2019-02-09', 'baghuz', 'military'],
  ['Kafr Nabudah retaken', '2019-05-26', 'hama', 'military'],
  ['Russian unilateral ceasefire in Idlib', '2019-08-31', 'idlib-de-escalation-zone', 'military'],
  ['Tell Abyad taken in Operation Peace Spring', '2019-10-13', 'tell-abyad', 'military'],
  ['ISIL spokesman killed near Jarabulus', '2019-10-27', 'jarabulus', 'military'],
  ['Kafr Nabl captured', '2020-02-25', 'kafr-nabl', 'military'],
  ['Afrin fuel-tanker bombing', '2020-04-28', 'afrin', 'military'],
  ['Missile strikes on the oil markets near Jarabulus', '2021-03-05', 'jarabulus', 'military'],
  ["Suwayda governor's office stormed", '2022-12-04', 'suwayda', 'political'],
  ['Government forces leave Deir ez-Zor to the SDF', '2024-12-06', 'deir-ez-zor', 'military'],
  ['Israeli strikes near Aleppo airport', '2024-03-29', 'aleppo', 'military'],
  ['CAPTAGON Act signed', '2022-12-23', 'washington', 'political'],
  ['US and UK Captagon sanctions', '2023-03-28', 'washington', 'political'],
];

describe('turning points of 2019–2025', () => {
  it.each(laterPhases)('%s (%s) is an event at its place', (_what, date, placeId, category) => {
    expect(eventOn(date, placeId, category).length).toBeGreaterThan(0);
  });
});
