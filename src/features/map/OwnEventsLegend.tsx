import type { OwnLayer } from '@/data/own-events';
import { t } from '@/i18n/t';
import { OWN_TYPE_COLOURS } from '@/styles/colours';
import { ownLegendItems, ownSizeNote } from './own-event-legend';
import { withSlots } from '@/i18n/rich';
import { OwnType } from '@/components/OwnType';

/**
 * The legend of the analyst's events on screen: the export's items, a ring per kind. A kind is
 * the file's own word, left untranslated.
 */
export function OwnEventsLegend({ layer }: { layer: OwnLayer }) {
  return (
    <ul
      className="legend__group map__legend own-legend"
      aria-label={t('map.own.legendLabel', { file: layer.fileName })}
    >
      {ownLegendItems(layer).map((item, i) => (
        <li key={item.label}>
          <span
            className={`own-legend__ring own-t${Math.min(i, OWN_TYPE_COLOURS)}`}
            aria-hidden="true"
          />
          {i < OWN_TYPE_COLOURS && i < layer.types.length
            ? withSlots(t('map.own.legendKind'), {
                kind: <OwnType type={layer.types[i]!} />,
              })
            : item.label}
        </li>
      ))}
      <li>{ownSizeNote()}</li>
    </ul>
  );
}
