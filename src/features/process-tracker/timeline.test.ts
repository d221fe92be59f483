import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { trackLabels } from '@/data/labels';
import { useLanguageStore } from '@/i18n/language';
import { tracks } from '@/data/schemas/meetings';
import { estimateTextWidth } from '@/lib/export/text-layout';
import {
  assignKeys,
  assignRows,
  buildLanes,
  flowColumns,
  labelGutter,
  layoutTimeline,
  markExtent,
  markSpan,
  timeScale,
  TIMELINE,
} from './timeline';

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

describe('markSpan', () => {
  const range = { from: '2021-01-11', to: '2021-01-20' };
  const scale = timeScale(range, 1000);
  it('runs from the start of the first day to the start of the day after the last', () => {
    expect(markSpan({ start: '2021-01-12', end: '2021-01-13' }, range, scale)).toEqual({
      x0: 100,
      x1: 300,
      cutStart: false,
      cutEnd: false,
    });
    expect(markSpan({ start: '2021-01-20', end: '2021-01-20' }, range, scale)).toMatchObject({
      x0: 900,
      x1: 1000,
    });
  });
  it('cuts an item that runs beyond the range at its edges', () => {
    expect(markSpan({ start: '2021-01-01', end: '2021-01-11' }, range, scale)).toEqual({
      x0: 0,
      x1: 100,
      cutStart: true,
      cutEnd: false,
    });
    expect(markSpan({ start: '2021-01-19', end: '2021-02-28' }, range, scale)).toEqual({
      x0: 800,
      x1: 1000,
      cutStart: false,
      cutEnd: true,
    });
  });
});

describe('layoutTimeline', () => {
  const meetings = fixtureDataset().meetings.meetings;
  const range = { from: '2015-01-01', to: '2024-12-31' };
  const { right, minBar } = TIMELINE;
  const gutter = labelGutter(tracks);

  it('places every item on the plot at its dates, as a bar or, when too short, a diamond', () => {
    const width = 1000;
    const layout = layoutTimeline(meetings, range, width, tracks);
    const scale = timeScale(range, width - gutter - right);
    const items = layout.lanes.flatMap((lane) => lane.items);
    expect(items).toHaveLength(meetings.length);
    for (const item of items) {
      const span = markSpan(item.meeting, range, scale);
      expect(item.x0).toBeCloseTo(gutter + span.x0);
      expect(item.x1).toBeCloseTo(gutter + span.x1);
      expect(item.shape).toBe(span.x1 - span.x0 >= minBar ? 'bar' : 'diamond');
    }
    expect(layout.ticks[0]?.x).toBeCloseTo(gutter + scale.x(layout.ticks[0]!.date));
  });

  it("widens the labels' column to the longest track label, never below its minimum", () => {
    // "Other summits and meetings", the longest in English, ran into the plot at 170 px.
    const longest = estimateTextWidth(trackLabels.other, TIMELINE.labelSize);
    expect(gutter).toBeGreaterThanOrEqual(TIMELINE.labelX + longest + TIMELINE.labelGap);
    expect(gutter).toBeGreaterThan(TIMELINE.gutter);
    expect(labelGutter(['astana'])).toBe(TIMELINE.gutter);
    expect(layoutTimeline(meetings, range, 1000, tracks).plotLeft).toBe(gutter);
  });

  it('fits the labels in the language shown: the Arabic ones fit the narrowest column', () => {
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    try {
      for (const track of tracks)
        expect(
          TIMELINE.labelX + estimateTextWidth(trackLabels[track], TIMELINE.labelSize),
        ).toBeLessThan(TIMELINE.gutter);
      expect(labelGutter(tracks)).toBe(TIMELINE.gutter);
    } finally {
      useLanguageStore.setState({ language: 'en', digits: 'arab' });
    }
    expect(labelGutter(tracks)).toBe(gutter);
  });

  it('on a phone, puts each lane label above its marks and gives the plot the width', () => {
    const wide = layoutTimeline(meetings, range, 1000, tracks);
    const narrow = layoutTimeline(meetings, range, 360, tracks);
    expect(wide.plotLeft).toBe(gutter);
    expect(narrow.plotLeft).toBe(TIMELINE.narrowGutter);
    expect(narrow.plotWidth).toBe(360 - TIMELINE.narrowGutter - right);
    for (const lane of narrow.lanes) {
      // The label's line ends above the first row of marks, and the marks stay in the lane.
      const marksTop = Math.min(...lane.items.map((i) => i.y));
      expect(lane.labelY).toBeLessThanOrEqual(marksTop);
      expect(lane.labelY).toBeGreaterThan(lane.top);
      for (const item of lane.items)
        expect(item.y + TIMELINE.mark).toBeLessThanOrEqual(lane.top + lane.height);
    }
    // The wide layout's label sits in the gutter, level with the lane's middle.
    for (const lane of wide.lanes) expect(lane.labelY).toBeCloseTo(lane.top + lane.height / 2 + 4);
  });

  it('keeps room for a label after each mark, and room right of the plot', () => {
    const plain = layoutTimeline(meetings, range, 1000, tracks);
    const keyed = layoutTimeline(meetings, range, 1000, tracks, 400, 30);
    expect(keyed.plotWidth).toBe(plain.plotWidth - 30);
    const rows = (layout: typeof plain) => layout.lanes.reduce((n, l) => n + l.height, 0);
    expect(rows(keyed)).toBeGreaterThanOrEqual(rows(plain));
  });
});

describe('markExtent', () => {
  it('is the days of a bar, and a diamond centred on its days', () => {
    expect(markExtent('bar', 10, 40)).toEqual({ left: 10, right: 40 });
    expect(markExtent('diamond', 10, 12)).toEqual({
      left: 11 - TIMELINE.halfDiamond,
      right: 11 + TIMELINE.halfDiamond,
    });
  });
});

describe('assignKeys', () => {
  it('numbers items by date, then track order, then id', () => {
    const base = fixtureDataset().meetings.meetings[0]!;
    const keys = assignKeys(
      [
        { ...base, id: 'c', track: 'geneva', start: '2020-01-01' },
        { ...base, id: 'b', track: 'astana', start: '2020-01-01' },
        { ...base, id: 'a', track: 'unsc', start: '2021-01-01' },
      ],
      tracks,
    );
    expect(Object.fromEntries(keys)).toEqual({ b: 1, c: 2, a: 3 });
  });
});

describe('flowColumns', () => {
  it('fills columns in order, about equally tall', () => {
    const { placed, height } = flowColumns([10, 10, 10, 10], 2);
    expect(placed).toEqual([
      { column: 0, top: 0 },
      { column: 0, top: 10 },
      { column: 1, top: 0 },
      { column: 1, top: 10 },
    ]);
    expect(height).toBe(20);
  });
  it('puts everything in one column when there is one', () => {
    expect(flowColumns([5, 7, 9], 1).height).toBe(21);
  });
  it('never leaves a column empty at the start of a tall block', () => {
    const { placed } = flowColumns([100, 1, 1], 3);
    expect(placed[0]).toEqual({ column: 0, top: 0 });
  });
});
