import { useMemo, useState } from 'react';
import { ownRangePositions, summaryOf, type OwnLayer } from '@/data/own-events';
import type { Actor } from '@/data/schemas/actors';
import { indexById } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import { formatNumber, formatRange } from '@/lib/format';
import { memoOnInputs } from '@/lib/memo';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { actorMatcher, countFileActors } from './file-actors';
import { withSlots } from '@/i18n/rich';

/** Rows listed before "Show all": the file's most active actors. */
const ROWS_FIRST = 12;

// One matcher per list of actors: it remembers each name it has matched.
const matcherOf = memoOnInputs(actorMatcher);

/**
 * The actors of the analyst's file in the range, with their events and deaths, each matched to
 * the dashboard's actor of that name or alias (a button that selects it) or shown as the file
 * names it. The file's names are never merged into the dashboard's list.
 */
export function FileActors({
  layer,
  actors,
  range,
  selectedId,
  onSelect,
}: {
  layer: OwnLayer;
  actors: readonly Actor[];
  range: DateRange;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const rows = useMemo(
    () =>
      countFileActors(
        layer.table,
        summaryOf(layer).actors,
        ownRangePositions(layer.table, range),
        matcherOf(actors),
      ),
    [layer, actors, range],
  );
  const byId = useMemo(() => indexById(actors), [actors]);
  const matched = rows.filter((r) => r.actorId !== null).length;
  const shown = showAll ? rows : rows.slice(0, ROWS_FIRST);
  return (
    <section
      className="file-actors"
      aria-labelledby="file-actors-heading"
      data-testid="file-actors"
    >
      <h3 id="file-actors-heading" className="chart__title">
        {t('actors.fileTitle', { range: formatRange(range) })}
      </h3>
      <p className="cell-meta">
        {withSlots(t('actors.fileIntro', { count: rows.length, matched }), {
          file: <bdi translate="no">{layer.fileName}</bdi>,
        })}
      </p>
      {rows.length === 0 ? (
        <p className="cell-meta">{t('actors.fileEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="file-actors-table">
            <thead>
              <tr>
                <th scope="col">{t('actors.colFileActor')}</th>
                <th scope="col" className="numeric">
                  {t('actors.colEvents')}
                </th>
                <th scope="col" className="numeric">
                  {t('actors.colDeaths')}
                </th>
                <th scope="col">{t('actors.colInDashboard')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const actor = row.actorId ? byId.get(row.actorId) : undefined;
                return (
                  <tr
                    key={`${row.actorId ?? ''}|${row.name}`}
                    data-file-actor={row.name}
                    data-actor-id={row.actorId ?? undefined}
                  >
                    <th scope="row" translate="no">
                      {row.name}
                    </th>
                    <td className="numeric">{formatNumber(row.events)}</td>
                    <td className="numeric">
                      {row.deaths === null ? '–' : formatNumber(row.deaths)}
                    </td>
                    <td>
                      {actor ? (
                        <button
                          type="button"
                          className="link-button"
                          aria-pressed={selectedId === actor.id}
                          onClick={() => onSelect(actor.id)}
                        >
                          {nameOf(actor)}
                        </button>
                      ) : (
                        <span className="cell-meta">{t('actors.notMatched')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > ROWS_FIRST ? (
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('actors.showFirst', { count: ROWS_FIRST })
            : t('actors.showAll', { count: rows.length })}
        </button>
      ) : null}
    </section>
  );
}
