import { eventCategoryLabels } from '@/data/labels';
import { eventCategories, type ConflictEvent } from '@/data/schemas/events';
import { t } from '@/i18n/t';
import { formatNumber, formatSpan } from '@/lib/format';

/** How many places a cluster's summary names. */
const TOP_PLACES = 5;

/**
 * What an event cluster holds, for its popup: how many events, over which days, of which
 * categories, at which places (the busiest first), and a button to zoom in on it. Built when
 * the popup opens, for the cluster someone looks at.
 */
export function ClusterSummary({
  places,
  onZoomIn,
}: {
  /**
   * The cluster's places, each with its events in the range: asked for only once the popup is
   * open, so a range change does not look up the events of every cluster on the map.
   */
  places: () => readonly { name: string; events: readonly ConflictEvent[] }[];
  onZoomIn: () => void;
}) {
  const here = places();
  const all = here.flatMap((p) => p.events);
  let first = all[0]?.date ?? '';
  let last = first;
  const byCategory = new Map<ConflictEvent['category'], number>();
  for (const event of all) {
    if (event.date < first) first = event.date;
    const end = event.endDate ?? event.date;
    if (end > last) last = end;
    byCategory.set(event.category, (byCategory.get(event.category) ?? 0) + 1);
  }
  const busiest = [...here]
    .filter((p) => p.events.length > 0)
    .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  const top = busiest
    .slice(0, TOP_PLACES)
    .map((p) => `${p.name} (${formatNumber(p.events.length)})`)
    .join(t('common.listSeparator'));
  return (
    <div className="map-popup" data-testid="cluster-popup">
      <p className="map-popup__title">
        {t('map.cluster.heading', {
          events: t('map.count.events', { count: all.length }),
          places: t('map.count.places', { count: busiest.length }),
        })}
      </p>
      {all.length > 0 ? (
        <p className="map-popup__date" data-testid="cluster-span">
          {formatSpan(first, last)}
        </p>
      ) : null}
      <ul className="map-popup__list" aria-label={t('map.cluster.byCategory')}>
        {eventCategories
          .filter((c) => byCategory.has(c))
          .map((c) => (
            <li key={c}>
              {eventCategoryLabels[c]}: {formatNumber(byCategory.get(c) ?? 0)}
            </li>
          ))}
      </ul>
      <p className="map-popup__summary" data-testid="cluster-places">
        {busiest.length > TOP_PLACES
          ? t('map.cluster.mostAtAndMore', { places: top, count: busiest.length - TOP_PLACES })
          : t('map.cluster.mostAt', { places: top })}
      </p>
      <button type="button" className="button button--small" onClick={onZoomIn}>
        {t('map.zoomIn')}
      </button>
    </div>
  );
}
