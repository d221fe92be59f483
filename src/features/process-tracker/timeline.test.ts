import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { assignRows, buildLanes, timeScale } from './timeline';

describe('assignRows', () => {
  it('puts non-overlapping spans in one row and overlapping ones in the next free row', () => {
    const { rows, count } = assignRows(
      [
        { id: 'a', start: '2021-01-01', end: '2021-01-05' },
        { id: 'b', start: '2021-01-03', end: '2021-01-04' },
        { id: 'c', start: '2021-01-10', end: '2021-01-10' },
        { id: 'd', start: '2021-01-05', end: '2021-01-06' },
      ],
      0,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, d: 1, c: 0 });
    expect(count).toBe(2);
  });

  it('keeps marks that would touch on screen apart by the minimum gap', () => {
    const spans = [
      { id: 'a', start: '2021-01-01', end: '2021-01-01' },
      { id: 'b', start: '2021-01-04', end: '2021-01-04' },
    ];
    expect(assignRows(spans, 2).count).toBe(1);
    expect(assignRows(spans, 5).count).toBe(2);
  });
});

describe('buildLanes', () => {
  it('makes one lane per track with items, in track order', () => {
    const lanes = buildLanes(
      fixtureDataset().meetings.meetings,
      ['unsc', 'geneva', 'astana', 'constitutional-committee'],
      0,
    );
    expect(lanes.map((l) => [l.track, l.items.length, l.rows])).toEqual([
      ['unsc', 1, 1],
      ['astana', 2, 1],
      ['constitutional-committee', 1, 1],
    ]);
  });
});

describe('timeScale', () => {
  const scale = timeScale({ from: '2021-01-01', to: '2021-01-10' }, 1000);
  it('maps days to pixels and back', () => {
    expect(scale.pxPerDay).toBe(100);
    expect(scale.x('2021-01-01')).toBe(0);
    expect(scale.x('2021-01-06')).toBe(500);
    expect(scale.dateAt(550)).toBe('2021-01-06');
  });
  it('clamps positions outside the plot to the range', () => {
    expect(scale.dateAt(-20)).toBe('2021-01-01');
    expect(scale.dateAt(5000)).toBe('2021-01-10');
  });
});
