import type { OwnLayer } from '@/data/own-events';
import { OWN_TYPE_COLOURS } from '@/styles/colours';
import { OWN_SIZE_LIMITS } from './own-event-marks';

/** The legend of the analyst's events: a ring per kind, and what the ring's size says. */
export function OwnEventsLegend({ layer }: { layer: OwnLayer }) {
  const named = layer.types.slice(0, OWN_TYPE_COLOURS);
  const others = layer.types.length - named.length;
  return (
    <ul
      className="legend__group map__legend own-legend"
      aria-label={`Legend of your events (${layer.fileName})`}
    >
      <li className="own-legend__title">Your events ({layer.format}):</li>
      {named.map((type, i) => (
        <li key={type}>
          <span className={`own-legend__ring own-t${i}`} aria-hidden="true" />
          {type}
        </li>
      ))}
      {others > 0 ? (
        <li>
          <span className={`own-legend__ring own-t${OWN_TYPE_COLOURS}`} aria-hidden="true" />
          {others} other kinds
        </li>
      ) : null}
      <li>
        Ring size: deaths reported (
        {OWN_SIZE_LIMITS.map((n) => n.toLocaleString('en-GB')).join(', ')} and more); a number
        inside: events clustered
      </li>
    </ul>
  );
}
