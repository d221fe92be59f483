import { describe, expect, it } from 'vitest';
import {
  cleanName,
  describeView,
  MAX_NAME_LENGTH,
  MAX_VIEWS,
  normaliseSearch,
  parseStoredViews,
  removeView,
  renameView,
  saveView,
  type SavedView,
} from './saved-views';

const at = new Date('2026-12-05T02:00:00Z');
let n = 0;
const id = () => `v${++n}`;

describe('saving views', () => {
  it('adds a view at the top, with its name, query and time', () => {
    const one = saveView([], 'Sochi months', '?from=2018-09-01&to=2018-12-31', at, id);
    const two = saveView(one, '  Astana   4 ', '?round=astana-4', at, id);
    expect(two.map((v) => v.name)).toEqual(['Astana 4', 'Sochi months']);
    expect(two[1]).toMatchObject({
      search: '?from=2018-09-01&to=2018-12-31',
      savedAt: '2026-12-05T02:00:00.000Z',
    });
    expect(new Set(two.map((v) => v.id)).size).toBe(2);
  });
  it('updates a view saved under the same name (any case) instead of adding a second', () => {
    const one = saveView([], 'Idlib', '?from=2019-01-01', at, id);
    const later = new Date('2026-12-06T00:00:00Z');
    const two = saveView(one, 'idlib', '?from=2020-01-01', later, id);
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ id: one[0]!.id, search: '?from=2020-01-01', name: 'idlib' });
  });
  it('refuses an empty name and what is not a query string', () => {
    expect(saveView([], '   ', '?from=2019-01-01', at, id)).toEqual([]);
    expect(saveView([], 'x', 'https://evil.example/?a', at, id)).toEqual([]);
    expect(saveView([], 'x', '?a=b#frag', at, id)).toEqual([]);
    expect(saveView([], 'Default', '', at, id)[0]!.search).toBe('');
  });
  it('renames, keeping names unique, and deletes', () => {
    let views = saveView([], 'A', '?a=1', at, id);
    views = saveView(views, 'B', '?b=1', at, id);
    const [b, a] = views as [SavedView, SavedView];
    expect(renameView(views, a.id, 'B')).toEqual(views);
    expect(renameView(views, a.id, '')).toEqual(views);
    expect(renameView(views, a.id, 'Aleppo 2016').find((v) => v.id === a.id)!.name).toBe(
      'Aleppo 2016',
    );
    expect(removeView(views, b.id)).toEqual([a]);
  });
  it('cuts long names', () => {
    expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
  });
});

describe('reading saved views back', () => {
  it('keeps what is a saved view and drops the rest', () => {
    const good = { id: 'a', name: 'A', search: '?from=2018-01-01', savedAt: at.toISOString() };
    expect(
      parseStoredViews([
        good,
        { ...good }, // the same id twice
        { ...good, id: 'b', search: 'javascript:alert(1)' },
        { ...good, id: 'c', name: '' },
        { id: 'd' },
        null,
        'text',
        { ...good, id: 'e', name: 'E', search: '?' },
      ]),
    ).toEqual([good, { ...good, id: 'e', name: 'E', search: '' }]);
    expect(parseStoredViews({ views: [good] })).toEqual([]);
    expect(parseStoredViews(null)).toEqual([]);
  });
  it('reads at most MAX_VIEWS entries', () => {
    const many = Array.from({ length: MAX_VIEWS + 50 }, (_, i) => ({
      id: `v${i}`,
      name: `View ${i}`,
      search: '',
      savedAt: at.toISOString(),
    }));
    expect(parseStoredViews(many)).toHaveLength(MAX_VIEWS);
  });
  it('accepts only query strings', () => {
    expect(normaliseSearch('?a=b')).toBe('?a=b');
    expect(normaliseSearch('a=b')).toBeNull();
    expect(normaliseSearch('?a b')).toBeNull();
  });
});

describe('describing a view', () => {
  const names = { actor: (i: string) => (i === 'turkey' ? 'Turkey' : undefined) };
  it('says its range and its selections', () => {
    expect(describeView('?from=2018-09-01&to=2018-12-31&actor=turkey&gov=Idleb', names)).toBe(
      '1 Sept 2018 – 31 Dec 2018 · Turkey · Idleb',
    );
    expect(describeView('?from=2018-09-01', names)).toBe('from 1 Sept 2018');
    expect(describeView('?to=2018-12-31&round=astana-4', names)).toBe(
      'until 31 Dec 2018 · astana-4',
    );
    expect(describeView('', names)).toBe('the whole record');
  });
});
