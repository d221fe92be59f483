import { z } from 'zod';
import { t } from '@/i18n/t';
import { formatDate } from '@/lib/format';

/** A view kept in the browser: a name for the address of a view of the dashboard. */
export interface SavedView {
  id: string;
  name: string;
  /** The view's query string, `?from=…&to=…` (empty: the default view). */
  search: string;
  /** When it was saved or last updated (ISO date and time). */
  savedAt: string;
}

export const MAX_NAME_LENGTH = 80;
/** More than anyone keeps by hand; a bound on what a page reads from storage. */
export const MAX_VIEWS = 200;

const savedViewSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  search: z.string().max(4000),
  savedAt: z.string().max(40),
});

/**
 * The views read back from storage: what another version of the page, an extension or a full
 * disk left there is checked entry by entry, and whatever is not a saved view is dropped
 * instead of breaking the page.
 */
export function parseStoredViews(stored: unknown): SavedView[] {
  if (!Array.isArray(stored)) return [];
  const views: SavedView[] = [];
  const ids = new Set<string>();
  for (const entry of stored.slice(0, MAX_VIEWS)) {
    const parsed = savedViewSchema.safeParse(entry);
    if (!parsed.success || ids.has(parsed.data.id)) continue;
    const search = normaliseSearch(parsed.data.search);
    if (search === null) continue;
    ids.add(parsed.data.id);
    views.push({ ...parsed.data, name: cleanName(parsed.data.name), search });
  }
  return views;
}

/** A name as kept: spaces collapsed, cut to MAX_NAME_LENGTH; empty when nothing is left. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** A query string as kept (`?a=b`, or '' for the default view); null if it is not one. */
export function normaliseSearch(search: string): string | null {
  if (search === '' || search === '?') return '';
  if (!search.startsWith('?') || /[\s#]/.test(search)) return null;
  return search;
}

/**
 * Saves the view under a name. A name already used is updated to the new view (and moves to
 * the top); otherwise the view is added at the top. Returns the new list, or the list as it
 * was if the name is empty or the search is not a query string.
 */
export function saveView(
  views: readonly SavedView[],
  name: string,
  search: string,
  now: Date,
  newId: () => string,
): SavedView[] {
  const cleaned = cleanName(name);
  const normalised = normaliseSearch(search);
  if (!cleaned || normalised === null) return [...views];
  const existing = views.find((v) => v.name.toLowerCase() === cleaned.toLowerCase());
  const view: SavedView = {
    id: existing?.id ?? newId(),
    name: cleaned,
    search: normalised,
    savedAt: now.toISOString(),
  };
  return [view, ...views.filter((v) => v !== existing)].slice(0, MAX_VIEWS);
}

/** Renames a view; a name that is empty or taken by another view leaves the list as it was. */
export function renameView(views: readonly SavedView[], id: string, name: string): SavedView[] {
  const cleaned = cleanName(name);
  const taken = views.some((v) => v.id !== id && v.name.toLowerCase() === cleaned.toLowerCase());
  if (!cleaned || taken) return [...views];
  return views.map((v) => (v.id === id ? { ...v, name: cleaned } : v));
}

export function removeView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id);
}

/**
 * What a view shows, in words of the language shown: its range ("1 Sept 2018 – 31 Dec 2018",
 * "from 1 Sept 2018", "until 31 Dec 2018", "the whole record") and the selections it opens,
 * named by `names`.
 */
export function describeView(
  search: string,
  names: { actor?: (id: string) => string | undefined; round?: (id: string) => string | undefined },
): string {
  const params = new URLSearchParams(search);
  const date = (key: string) => {
    const value = params.get(key);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  };
  const [from, to] = [date('from'), date('to')];
  const range =
    from && to
      ? `${formatDate(from)} – ${formatDate(to)}`
      : from
        ? t('savedViews.fromDate', { date: formatDate(from) })
        : to
          ? t('common.until', { date: formatDate(to) })
          : t('savedViews.wholeRecord');
  const parts = [range];
  const actor = params.get('actor');
  if (actor) parts.push(names.actor?.(actor) ?? actor);
  const round = params.get('round');
  if (round) parts.push(names.round?.(round) ?? round);
  const governorate = params.get('gov');
  if (governorate) parts.push(governorate);
  return parts.join(' · ');
}
