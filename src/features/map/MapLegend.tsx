import { t } from '@/i18n/t';
import { mapLegendFor, type MapLegendContext } from './map-legend';

/** The legend under the map: the same items, from the same list, as the exported image's. */
export function MapLegend({ context }: { context: MapLegendContext }) {
  return (
    <ul className="legend__group map__legend" aria-label={t('map.legend.label')}>
      {mapLegendFor(context).map((item) => (
        <li key={item.label}>
          <span
            className={`legend__symbol legend__symbol--${item.symbol}`}
            data-symbol={item.symbol}
            style={{ color: item.screenColor }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
