import { addDays, addYears, type DateRange } from '@/lib/dates';
import { CONFLICT_START } from './url-state';

export interface RangePreset {
  id: string;
  label: string;
  /** Why the preset starts where it does, for a tooltip. */
  description: string;
  range: DateRange;
}

/**
 * The quick ranges in the header. Those anchored to an event run to `today`; "last 12 months
 * of data" ends on the latest day the dataset describes and is absent until that is known.
 */
export function buildRangePresets(today: string, latestDataDate?: string): RangePreset[] {
  const presets: RangePreset[] = [
    {
      id: 'whole-conflict',
      label: 'Whole conflict',
      description: 'From the first protests of 15 March 2011',
      range: { from: CONFLICT_START, to: today },
    },
    {
      id: 'since-russian-intervention',
      label: 'Since Russian intervention',
      description: 'Russia began air strikes in Syria on 30 September 2015',
      range: { from: '2015-09-30', to: today },
    },
    {
      id: 'since-sochi-memorandum',
      label: 'Since Sochi memorandum',
      description:
        'Russia and Turkey agreed the Idlib demilitarised zone in Sochi on 17 September 2018',
      range: { from: '2018-09-17', to: today },
    },
    {
      id: 'since-fall-of-assad',
      label: 'Since fall of Assad',
      description: 'The Assad government fell on 8 December 2024',
      range: { from: '2024-12-08', to: today },
    },
  ];
  if (latestDataDate) {
    presets.push({
      id: 'last-12-months-of-data',
      label: 'Last 12 months of data',
      description: `The twelve months up to the latest dated record, ${latestDataDate}`,
      range: { from: addDays(addYears(latestDataDate, -1), 1), to: latestDataDate },
    });
  }
  return presets;
}

/** The preset whose range is exactly the given one, if any (to mark it as pressed). */
export function findActivePreset(
  presets: readonly RangePreset[],
  range: DateRange,
): RangePreset | undefined {
  return presets.find((p) => p.range.from === range.from && p.range.to === range.to);
}
