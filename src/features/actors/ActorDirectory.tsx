import { EmptyState } from '@/components/DatasetGate';
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DateRange } from '@/lib/dates';
import { useDrawnAfterPaint, useDrawnRange, useRowsOutOfView } from '@/lib/use-in-view';
import { rowShown } from './row-shown';
import { Badge } from '@/components/Badge';
import { actorKindLabels, alignmentLabels } from '@/data/labels';
import { actorKinds, alignments, type Actor, type Alignment } from '@/data/schemas/actors';
import type { ActorActivity } from '@/data/selectors';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatNumber } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import { latestAlignment } from './actor-periods';
import { alignmentSwatchStyle } from './alignment-colors';
import {
  buildSearchIndex,
  filterActors,
  sortActivity,
  type AlignmentsById,
  type DirectoryFilter,
  type DirectorySort,
} from './actor-directory';
import { OtherName } from '@/components/ForeignName';
import { withSlots } from '@/i18n/rich';

interface ActorDirectoryProps {
  /** The range the list counts in. */
  range: DateRange;
  activity: readonly ActorActivity[];
  activeIds: ReadonlySet<string>;
  /** The alignments each actor held in the range, oldest first. */
  alignmentsById: AlignmentsById;
  selectedId: string | null;
  /** The open round: its participants are marked in the list. */
  round: { label: string; participants: ReadonlySet<string> } | null;
  onSelect: (id: string) => void;
}

/**
 * Every actor, searchable by any of its names (English, Arabic, former names), filterable by
 * kind and alignment, sortable by activity in the range. The list is a listbox: arrow keys move,
 * Enter selects.
 */
export function ActorDirectory({
  range,
  activity,
  activeIds,
  alignmentsById,
  selectedId,
  round,
  onSelect,
}: ActorDirectoryProps) {
  // The search, filters and sort are in the store, and so in the link.
  const query = useFiltersStore((s) => s.actorQuery);
  const kind = useFiltersStore((s) => s.actorKind);
  const alignment = useFiltersStore((s) => s.actorAlignment);
  const sort = useFiltersStore((s) => s.actorSort);
  const setView = useFiltersStore((s) => s.setView);
  const filter = useMemo<DirectoryFilter>(
    () => ({ query, kind, alignment }),
    [query, kind, alignment],
  );
  const index = useMemo(() => buildSearchIndex(activity.map((a) => a.actor)), [activity]);
  const rows = useMemo(
    () => sortActivity(filterActors(activity, filter, index, alignmentsById), sort),
    [activity, filter, index, alignmentsById, sort],
  );
  const activeInRange = rows.filter((r) => r.meetings + r.events > 0).length;
  const inRound = round ? rows.filter((r) => round.participants.has(r.actor.id)).length : 0;

  return (
    <div className="directory">
      <div className="toolbar">
        <label className="field field--grow">
          <span className="field__label">{t('actors.searchLabel')}</span>
          <input
            type="search"
            value={filter.query}
            placeholder={t('actors.searchPlaceholder')}
            onChange={(e) => setView({ actorQuery: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('actors.kind')}</span>
          <select
            value={filter.kind}
            onChange={(e) => setView({ actorKind: e.target.value as DirectoryFilter['kind'] })}
          >
            <option value="all">{t('actors.allKinds')}</option>
            {actorKinds.map((k) => (
              <option key={k} value={k}>
                {actorKindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('actors.alignment')}</span>
          <select
            value={filter.alignment}
            onChange={(e) =>
              setView({ actorAlignment: e.target.value as DirectoryFilter['alignment'] })
            }
          >
            <option value="all">{t('actors.allAlignments')}</option>
            {alignments.map((a) => (
              <option key={a} value={a}>
                {alignmentLabels[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('actors.sort')}</span>
          <select
            value={sort}
            onChange={(e) => setView({ actorSort: e.target.value as DirectorySort })}
          >
            <option value="activity">{t('actors.sortActivity')}</option>
            <option value="name">{t('actors.sortName')}</option>
          </select>
        </label>
      </div>
      <p className="summary" data-testid="actors-summary" aria-live="polite">
        {round
          ? t('actors.summaryWithRound', {
              count: rows.length,
              total: activity.length,
              active: activeInRange,
              inRound,
              round: round.label,
            })
          : t('actors.summary', {
              count: rows.length,
              total: activity.length,
              active: activeInRange,
            })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>
          {withSlots(
            t(
              filter.kind !== 'all' || filter.alignment !== 'all'
                ? 'actors.noMatchFiltered'
                : 'actors.noMatch',
            ),
            { query: <bdi translate="no">{filter.query}</bdi> },
          )}{' '}
          <button
            type="button"
            className="button"
            onClick={() => setView({ actorQuery: '', actorKind: 'all', actorAlignment: 'all' })}
          >
            {t('actors.clearSearch')}
          </button>
        </EmptyState>
      ) : (
        <ActorListbox
          range={range}
          rows={rows}
          activeIds={activeIds}
          alignmentsById={alignmentsById}
          selectedId={selectedId}
          round={round}
          onSelect={onSelect}
        />
      )}
    </div>
  );
}

function ActorListbox({
  range,
  rows,
  activeIds,
  alignmentsById,
  selectedId,
  round,
  onSelect,
}: {
  range: DateRange;
  rows: readonly ActorActivity[];
  activeIds: ReadonlySet<string>;
  alignmentsById: AlignmentsById;
  selectedId: string | null;
  round: ActorDirectoryProps['round'];
  onSelect: (id: string) => void;
}) {
  const listId = useId();
  const drawnRange = useDrawnRange(range);
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = rows.findIndex((r) => r.actor.id === selectedId);
  const [cursor, setCursor] = useState(0);
  const focusIndex = Math.min(Math.max(cursor, 0), rows.length - 1);
  // Options are named by actor: aria-activedescendant names the actor under the cursor.
  const optionId = (i: number) => `${listId}-${rows[i]?.actor.id ?? ''}`;

  const moveTo = (i: number) => {
    const next = Math.min(Math.max(i, 0), rows.length - 1);
    setCursor(next);
    listRef.current
      ?.querySelector(`#${CSS.escape(optionId(next))}`)
      ?.scrollIntoView({ block: 'nearest' });
  };
  // One click handler for the list rather than one per row, which would be new on each render.
  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const option = (event.target as Element).closest<HTMLElement>('[data-actor-id]');
    const id = option?.dataset.actorId;
    if (!id) return;
    setCursor(rows.findIndex((r) => r.actor.id === id));
    onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(focusIndex + 1),
      ArrowUp: () => moveTo(focusIndex - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      PageDown: () => moveTo(focusIndex + 10),
      PageUp: () => moveTo(focusIndex - 10),
      Enter: () => rows[focusIndex] && onSelect(rows[focusIndex].actor.id),
      ' ': () => rows[focusIndex] && onSelect(rows[focusIndex].actor.id),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  // What each row shows; one array while nothing it shows changes, so that the background
  // render that draws it asks for no other.
  const options = useMemo(
    () =>
      rows.map(({ actor, meetings, events }, i): ActorOptionProps => {
        const held = alignmentsById.get(actor.id) ?? [];
        return {
          id: `${listId}-${actor.id}`,
          actor,
          alignment: latestAlignment(held),
          formerAlignment: held.length > 1 ? (held[0] ?? null) : null,
          meetings,
          events,
          selected: actor.id === selectedId,
          cursor: i === focusIndex,
          active: activeIds.has(actor.id),
          inRound: round?.participants.has(actor.id) ? round.label : null,
        };
      }),
    [rows, alignmentsById, listId, selectedId, focusIndex, activeIds, round],
  );
  const drawn = useDrawnAfterPaint(options);
  const cursorActorId = options[focusIndex]?.actor.id;
  const [watchRow, outOfView] = useRowsOutOfView<HTMLLIElement>();

  return (
    <ul
      ref={listRef}
      className="listbox"
      data-drawn-range={drawnRange}
      role="listbox"
      aria-label={t('actors.listLabel')}
      tabIndex={0}
      aria-activedescendant={rows.length > 0 ? optionId(focusIndex) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => selectedIndex >= 0 && cursor === 0 && setCursor(selectedIndex)}
      onClick={onClick}
    >
      {options.map((current, i) => {
        // A row scrolled out of the list's view keeps what it showed (memo: nothing of it is
        // rendered) until the background render after the frame that shows the rows in view;
        // not where the list would then show two cursors, selections or cursor's options.
        const shown = rowShown(current, drawn[i], outOfView.has(i), cursorActorId);
        // Keyed by place in the list, not by actor: a range change re-sorts the list, and rows
        // keyed by actor were moved in the DOM, which lays out and shapes the text of every
        // moved row anew, and again once the browser has found which moved rows are in view
        // (content-visibility). In place, a row only takes its new actor's text.
        return <ActorOptionRow key={i} row={i} {...shown} rowRef={watchRow} />;
      })}
    </ul>
  );
}

interface ActorOptionProps {
  id: string;
  actor: Actor;
  /** The alignment in force at the range's end. */
  alignment: Alignment;
  /** The alignment it held at the range's start, when it changed in the range. */
  formerAlignment: Alignment | null;
  meetings: number;
  events: number;
  selected: boolean;
  cursor: boolean;
  active: boolean;
  /** The open round's short name when the actor took part in it. */
  inRound: string | null;
}

/** One actor's row; rendered again only when what it shows changes. */
const ActorOptionRow = memo(function ActorOptionRow({
  id,
  actor,
  alignment,
  formerAlignment,
  meetings,
  events,
  selected,
  cursor,
  active,
  inRound,
  row,
  rowRef,
}: ActorOptionProps & {
  row: number;
  rowRef: (element: HTMLLIElement | null) => (() => void) | undefined;
}) {
  const counts = t('actors.countsInRange', {
    meetings: t('actors.meetingCount', { count: meetings }),
    events: t('actors.eventCount', { count: events }),
  });
  return (
    <li
      ref={rowRef}
      data-row={row}
      id={id}
      data-actor-id={actor.id}
      role="option"
      aria-selected={selected}
      data-cursor={cursor || undefined}
      data-in-round={inRound ? true : undefined}
      className={`listbox__option${active ? '' : ' listbox__option--inactive'}${inRound ? ' listbox__option--in-round' : ''}`}
    >
      <span className="swatch" aria-hidden="true" style={alignmentSwatchStyle(alignment)} />
      <span className="listbox__text">
        <span className="cell-title">{nameOf(actor)}</span>{' '}
        <OtherName name={actor.name} nameAr={actor.nameAr} />
        <span className="cell-meta">
          <Badge wrap>
            {(formerAlignment ? [formerAlignment, alignment] : [alignment])
              .map((a) => alignmentLabels[a])
              .join(t('actors.alignmentArrow'))}
          </Badge>{' '}
          {actorKindLabels[actor.kind]}
          {inRound ? (
            <span className="in-round"> · {t('actors.tookPartIn', { round: inRound })}</span>
          ) : null}
        </span>
      </span>
      <span className="listbox__count" title={counts}>
        <span className="visually-hidden">{counts}</span>
        <span aria-hidden="true">{formatNumber(meetings + events)}</span>
      </span>
    </li>
  );
});
