import { describe, expect, it } from 'vitest';
import { tracks } from '@/data/schemas/meetings';
import { fixtureDataset } from '@/test/fixture-dataset';
import { summarizeTracks } from './track-summary';

const meetings = fixtureDataset().meetings.meetings;

describe('summarizeTracks', () => {
  it('counts held and not-held items and finds the first and latest in the range', () => {
    const [astana, cc, unsc] = summarizeTracks(
      meetings,
      { from: '2020-01-01', to: '2021-12-31' },
      tracks,
    );
    expect(astana).toMatchObject({ track: 'astana', total: 2, held: 1, notHeld: 1, scheduled: 0 });
    expect(astana!.first.id).toBe('track-a-1');
    expect(astana!.latest.id).toBe('track-a-2');
    // Round 2 (1 Mar 2021) came 416 days after round 1 (10 Jan 2020), the last held one before it.
    expect(astana!.previous?.id).toBe('track-a-1');
    expect(astana!.daysSincePrevious).toBe(416);
    expect(cc).toMatchObject({ track: 'constitutional-committee', total: 1, held: 1 });
    expect(cc!.previous).toBeUndefined();
    expect(unsc).toMatchObject({ track: 'unsc', total: 1, held: 1 });
  });

  it('looks before the range for the previous round', () => {
    const [astana] = summarizeTracks(meetings, { from: '2021-01-01', to: '2021-12-31' }, tracks);
    expect(astana).toMatchObject({ total: 1, held: 0, notHeld: 1, daysSincePrevious: 416 });
  });

  it('leaves out tracks with nothing in the range', () => {
    expect(summarizeTracks(meetings, { from: '2011-01-01', to: '2011-12-31' }, tracks)).toEqual([]);
  });
});
