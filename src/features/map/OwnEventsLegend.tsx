import type { OwnLayer } from '@/data/own-events';
import { OWN_TYPE_COLOURS } from '@/styles/colours';
import { OWN_SIZE_NOTE, ownLegendItems } from './own-event-marks';

/** The legend of the analyst's events on screen: the export's items, a ring per kind. */
export function OwnEventsLegend({ layer }: { layer: OwnLayer }) {
  return (
    <ul
      className="legend__group map__legend own-legend"
      aria-label={`Legend of your events (${layer.fileName})`}
    >
      {ownLegendItems(layer).map((item, i) => (
        <li key={item.label}>
          <span
            className={`own-legend__ring own-t${Math.min(i, OWN_TYPE_COLOURS)}`}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
      <li>{OWN_SIZE_NOTE}</li>
    </ul>
  );
}
