import { describe, expect, it } from 'vitest';
import { rowShown, type ListRow } from './row-shown';

const row = (id: string, state: Partial<ListRow> = {}): ListRow => ({
  actor: { id },
  cursor: false,
  selected: false,
  ...state,
});

describe('rowShown', () => {
  it('holds back a row out of view, and shows a row in view as it is now', () => {
    const [now, before] = [row('russia'), row('turkey')];
    expect(rowShown(now, before, true, 'iran')).toBe(before);
    expect(rowShown(now, before, false, 'iran')).toBe(now);
  });

  it('shows a row as it is now when it has not been drawn yet', () => {
    const now = row('russia');
    expect(rowShown(now, undefined, true, 'iran')).toBe(now);
  });

  it('never holds back the cursor’s row, nor the row the cursor has just left', () => {
    // The cursor moved from this row, now out of view: held back, two rows would be the cursor.
    expect(rowShown(row('russia'), row('russia', { cursor: true }), true, 'iran').cursor).toBe(
      false,
    );
    const cursor = row('russia', { cursor: true });
    expect(rowShown(cursor, row('turkey'), true, 'russia')).toBe(cursor);
  });

  it('never holds back a row that shows or showed the selected actor', () => {
    const now = row('russia');
    expect(rowShown(now, row('turkey', { selected: true }), true, 'iran')).toBe(now);
    const selected = row('russia', { selected: true });
    expect(rowShown(selected, row('turkey'), true, 'iran')).toBe(selected);
  });

  it('never holds back a row that showed the cursor’s actor: its option id would be on two rows', () => {
    const now = row('turkey');
    expect(rowShown(now, row('iran'), true, 'iran')).toBe(now);
  });
});
