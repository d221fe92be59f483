import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/data/problems';
import { fixtureDataset } from '../src/test/fixture-dataset';
import { findInternalRemarks, findTitleNotes } from './internal-remarks';

const lines = (dataset: Parameters<typeof findInternalRemarks>[0]) =>
  findInternalRemarks(dataset).map(formatProblem);

describe('findInternalRemarks', () => {
  it('finds nothing in a dataset whose texts speak about their subject', () => {
    expect(lines(fixtureDataset())).toEqual([]);
  });

  it('flags remarks about gathering in any user-visible text, naming the field', () => {
    const data = fixtureDataset();
    data.actors.actors[0] = {
      ...data.actors.actors[0]!,
      description: 'Listed in the seed article among the participants.',
    };
    data.places.places[0] = {
      ...data.places.places[0]!,
      note: 'Coordinates were not re-checked; no GeoNames page was found through search.',
    };
    data.events.events[0] = {
      ...data.events.events[0]!,
      summary: 'Later totals were seen only as rounded press figures.',
    };
    data.meta = { ...data.meta, description: 'Figures from a blog copy of the portal.' };
    expect(lines(data)).toEqual([
      'meta.json: meta: description: reads as an internal remark about what was seen where ("blog copy"); say what the record is or cites instead',
      'actors.json: state-x: description: reads as an internal remark about a "seed" input ("seed article"); say what the record is or cites instead',
      'places.json: city-p: note: reads as an internal remark about a check that was or was not made ("re-checked"); say what the record is or cites instead',
      'events.json: ev-1: summary: reads as an internal remark about what was seen where ("seen only as"); say what the record is or cites instead',
    ]);
  });

  it('flags the dataset’s own field names and record talk in a user-visible note', () => {
    const data = fixtureDataset();
    data.actors.actors[0] = { ...data.actors.actors[0]!, note: 'activeTo is left open.' };
    data.events.events[0] = {
      ...data.events.events[0]!,
      note: 'Its predecessors have their own records.',
    };
    expect(lines(data)).toEqual([
      'actors.json: state-x: note: reads as an internal remark about the fields and records of the dataset ("activeTo"); say what the record is or cites instead',
      'events.json: ev-1: note: reads as an internal remark about the fields and records of the dataset ("have their own records"); say what the record is or cites instead',
    ]);
  });

  it('leaves source titles alone and reads subject matter as such', () => {
    const data = fixtureDataset();
    data.meta.sources[0] = { ...data.meta.sources[0]!, title: 'Bodies retrieved from the rubble' };
    data.events.events[0] = {
      ...data.events.events[0]!,
      summary: 'A tribal figure seen as close to Saudi Arabia was elected; seeds were distributed.',
    };
    expect(lines(data)).toEqual([]);
  });

  it('keeps notes of ours out of source titles: how a title was read is its titleFrom', () => {
    expect(findTitleNotes(fixtureDataset())).toEqual([]);
    const data = fixtureDataset();
    data.meta.sources[0] = {
      ...data.meta.sources[0]!,
      title: 'Embassy Row (headline as given in the URL)',
    };
    data.meta.sources[1] = {
      ...data.meta.sources[1]!,
      title: '[headline not shown] Syria: Aleppo barrel bombs',
    };
    expect(findTitleNotes(data).map(formatProblem)).toEqual([
      `meta.json: ${data.meta.sources[0].id}: title: carries a note on how it was read ("as given in the URL"); keep the source's own words and say it with titleFrom`,
      `meta.json: ${data.meta.sources[1].id}: title: carries a note on how it was read ("[headline not shown]"); keep the source's own words and say it with titleFrom`,
    ]);
  });
});
