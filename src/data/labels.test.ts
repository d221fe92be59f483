import { describe, expect, it } from 'vitest';
import { meetingShortLabel } from './labels';

const meeting = (track: string, title: string, round: number | null, resolution?: number) =>
  ({
    track,
    title,
    round,
    resolution: resolution === undefined ? undefined : { number: resolution },
  }) as Parameters<typeof meetingShortLabel>[0];

describe('meetingShortLabel', () => {
  it('names rounds of the numbered tracks by their number', () => {
    expect(meetingShortLabel(meeting('astana', 'Astana talks, eleventh round', 11))).toBe(
      'Astana 11',
    );
    expect(
      meetingShortLabel(
        meeting('constitutional-committee', 'Constitutional Committee, third session', 3),
      ),
    ).toBe('Constitutional Committee 3');
    expect(
      meetingShortLabel(meeting('geneva', 'Intra-Syrian talks, Geneva: second round', 2)),
    ).toBe('Geneva talks, round 2');
  });
  it('keeps the name a Geneva round is known by', () => {
    expect(meetingShortLabel(meeting('geneva', 'Geneva IV: fourth round of talks', 4))).toBe(
      'Geneva IV',
    );
  });
  it('names a Security Council resolution by its number', () => {
    expect(
      meetingShortLabel(
        meeting('unsc', 'Security Council resolution 2254 (2015): road map', null, 2254),
      ),
    ).toBe('Resolution 2254');
  });
  it('falls back to the title', () => {
    expect(meetingShortLabel(meeting('other', 'Istanbul summit on Syria', null))).toBe(
      'Istanbul summit on Syria',
    );
  });
});
