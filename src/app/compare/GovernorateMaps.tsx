import { governorateLabels } from '@/data/labels';
import { useMemo } from 'react';
import type { SyrianGovernorate } from '@/data/schemas/places';
import {
  classBreaks,
  classLabels,
  classOf,
  governoratesAttribution,
  type Governorate,
} from '@/features/map/governorates';
import { useGovernorates } from '@/features/map/use-governorates';
import type { DateRange } from '@/lib/dates';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { periodName, type Pair } from './compare-periods';

const WIDTH = 260;

/**
 * Syria's outline in a box `WIDTH` wide: longitude and latitude to SVG units, with the
 * longitudes shortened by the cosine of the middle latitude (an equirectangular projection: at
 * Syria's size, within a few per cent of the map's own).
 */
function projectionOf(governorates: readonly Governorate[]) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of governorates)
    for (const polygon of g.rings)
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          west = Math.min(west, lon);
          east = Math.max(east, lon);
          south = Math.min(south, lat);
          north = Math.max(north, lat);
        }
  const kx = WIDTH / (east - west);
  const ky = kx / Math.cos((((north + south) / 2) * Math.PI) / 180);
  return { west, north, kx, ky, height: (north - south) * ky };
}

/**
 * The map's view of the comparison: the governorates shaded by the events of each period, side
 * by side, in the same classes (quantiles of both periods' counts together), so that a colour
 * means the same count on either map.
 */
export function GovernorateMaps({
  a,
  b,
  rows,
}: {
  a: DateRange;
  b: DateRange;
  rows: readonly { governorate: SyrianGovernorate; events: Pair }[];
}) {
  const boundaries = useGovernorates(true);
  const counts = useMemo(() => new Map(rows.map((r) => [r.governorate, r.events])), [rows]);
  const breaks = useMemo(() => classBreaks(rows.flatMap((r) => [r.events.a, r.events.b])), [rows]);
  const projection = useMemo(
    () => (boundaries.data ? projectionOf(boundaries.data) : null),
    [boundaries.data],
  );
  const paths = useMemo(() => {
    if (!boundaries.data || !projection) return [];
    const { west, north, kx, ky } = projection;
    const point = ([lon, lat]: [number, number]) =>
      `${((lon - west) * kx).toFixed(2)},${((north - lat) * ky).toFixed(2)}`;
    return boundaries.data.map((g) => ({
      name: g.name,
      d: g.rings
        .flatMap((polygon) => polygon.map((ring) => `M${ring.map(point).join('L')}Z`))
        .join(''),
    }));
  }, [boundaries.data, projection]);

  return (
    <section
      className="compare__maps compare__table--wide"
      aria-labelledby="compare-maps-title"
      data-testid="compare-maps"
    >
      <h3 id="compare-maps-title" className="compare__pace-title">
        {t('compare.maps.title')}
      </h3>
      {boundaries.isError ? (
        <p className="state state--error">{t('compare.maps.error')}</p>
      ) : !projection ? (
        <p role="status">{t('compare.maps.loading')}</p>
      ) : (
        <>
          <div className="compare__maps-row">
            {(['a', 'b'] as const).map((side) => {
              const period = side === 'a' ? a : b;
              return (
                <figure key={side} className="compare__map" data-side={side}>
                  <figcaption>
                    {periodName(side)}: {formatSpan(period.from, period.to)}
                  </figcaption>
                  <svg
                    viewBox={`0 0 ${WIDTH} ${projection.height.toFixed(2)}`}
                    role="img"
                    aria-label={t('compare.maps.label', {
                      span: formatSpan(period.from, period.to),
                    })}
                    data-projection={`${projection.west} ${projection.north} ${projection.kx} ${projection.ky}`}
                  >
                    {paths.map(({ name, d }) => {
                      const count = counts.get(name)?.[side] ?? 0;
                      const shade = classOf(count, breaks);
                      return (
                        <path
                          key={name}
                          d={d}
                          fillRule="evenodd"
                          className="compare__gov"
                          data-governorate={name}
                          data-count={count}
                          data-class={shade}
                          style={{
                            fill: shade === 0 ? 'transparent' : `var(--governorate-${shade})`,
                          }}
                        >
                          <title>
                            {t('compare.maps.shapeTitle', {
                              governorate: governorateLabels[name],
                              count,
                            })}
                          </title>
                        </path>
                      );
                    })}
                  </svg>
                </figure>
              );
            })}
          </div>
          <ul className="compare__maps-key" aria-label={t('compare.maps.key')}>
            {classLabels(breaks).map((label, shade) => (
              <li key={label} data-class={shade}>
                <span className={`compare__maps-swatch map-gov-swatch--c${shade}`} />
                {label}
              </li>
            ))}
          </ul>
          <p className="compare__pace-note">
            {t('compare.maps.note', { count: rows.length })} {governoratesAttribution()}.
          </p>
        </>
      )}
    </section>
  );
}
