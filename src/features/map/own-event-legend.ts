import type { OwnLayer } from '@/data/own-events';
import { t } from '@/i18n/t';
import type { LegendItem } from '@/lib/export/types';
import { formatNumber } from '@/lib/format';
import { light, OWN_TYPE_COLOURS, ownTypeToken } from '@/styles/colours';
import { OWN_SIZE_LIMITS } from './own-event-marks';
import { ownTypeName } from '@/i18n/data-names';

/**
 * The legend of the analyst's events, for the screen and the export alike: a ring per kind
 * with a colour (most frequent first), one for the other kinds, in the light theme's colours.
 */
export function ownLegendItems(layer: Pick<OwnLayer, 'types'>): LegendItem[] {
  const named = layer.types.slice(0, OWN_TYPE_COLOURS);
  const others = layer.types.length - named.length;
  return [
    ...named.map((type, i) => ({
      label: t('map.own.legendKind', { kind: ownTypeName(type) }),
      color: light(ownTypeToken(i)),
      symbol: 'ring' as const,
    })),
    ...(others > 0
      ? [
          {
            label: t('map.own.legendOthers', { count: others }),
            color: light(ownTypeToken(-1)),
            symbol: 'ring' as const,
          },
        ]
      : []),
  ];
}

/** What the size of a ring says, under the legend: "(1, 10, 100, 1,000 and more)". */
export function ownSizeNote(): string {
  return t('map.own.sizeNote', {
    limits: OWN_SIZE_LIMITS.map(formatNumber).join(t('common.listSeparator')),
  });
}
