import type { Meeting } from '@/data/schemas/meetings';
import { addDays, addYears, type DateRange } from '@/lib/dates';
import { CONFLICT_START } from './view-state';

export interface RangePreset {
  id: string;
  label: string;
  /** Why the preset starts where it does, for a tooltip. */
  description: string;
  range: DateRange;
}

/**
 * The quick ranges in the header. Those anchored to an event run to the end of the default
 * range (the dataset's as-of date, once known); "last 12 months of data" ends on the as-of
 * date and is absent until that is known.
 */
export function buildRangePresets(defaults: DateRange, asOf?: string): RangePreset[] {
  const to = defaults.to;
  const presets: RangePreset[] = [
    {
      id: 'whole-conflict',
      label: 'Whole conflict',
      description: 'From the first protests of 15 March 2011',
      range: { from: CONFLICT_START, to },
    },
    {
      id: 'since-russian-intervention',
      label: 'Since Russian intervention',
      description: 'Russia began air strikes in Syria on 30 September 2015',
      range: { from: '2015-09-30', to },
    },
    {
      id: 'since-sochi-memorandum',
      label: 'Since Sochi memorandum',
      description:
        'Russia and Turkey agreed the Idlib demilitarised zone in Sochi on 17 September 2018',
      range: { from: '2018-09-17', to },
    },
    {
      id: 'since-fall-of-assad',
      label: 'Since fall of Assad',
      description: 'The Assad government fell on 8 December 2024',
      range: { from: '2024-12-08', to },
    },
  ];
  if (asOf) {
    presets.push({
      id: 'last-12-months-of-data',
      label: 'Last 12 months of data',
      description: `The twelve months up to the dataset's as-of date, ${asOf}`,
      range: { from: addDays(addYears(asOf, -1), 1), to: asOf },
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

/** Roman numerals for round numbers (Geneva IV–VIII), up to 39. */
function roman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX'][Math.floor(n / 10)] ?? '';
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '';
  return tens + ones;
}

/**
 * Presets anchored to the peace process, computed from the meetings so that a new round moves
 * them: all numbered Astana rounds, all held Constitutional Committee sessions, Geneva IV–VIII.
 */
export function buildProcessPresets(meetings: readonly Meeting[]): RangePreset[] {
  const presets: RangePreset[] = [];
  const span = (items: readonly Meeting[]) => ({
    from: items.reduce((min, m) => (m.start < min ? m.start : min), items[0]!.start),
    to: items.reduce((max, m) => (m.end > max ? m.end : max), items[0]!.end),
  });

  const astana = meetings.filter(
    (m) => m.track === 'astana' && m.kind === 'round' && m.round !== null && m.status === 'held',
  );
  if (astana.length > 0) {
    const numbers = astana.map((m) => m.round ?? 0);
    presets.push({
      id: 'astana-rounds',
      label: `Astana ${Math.min(...numbers)}–${Math.max(...numbers)}`,
      description: `Every numbered round of the Astana format held, ${astana.length} in all`,
      range: span(astana),
    });
  }

  const sessions = meetings.filter(
    (m) =>
      m.track === 'constitutional-committee' &&
      m.kind === 'session' &&
      m.round !== null &&
      m.status === 'held',
  );
  if (sessions.length > 0) {
    presets.push({
      id: 'constitutional-committee-sessions',
      label: 'Constitutional Committee sessions',
      description: `From the first to the last session held, ${sessions.length} in all`,
      range: span(sessions),
    });
  }

  const geneva = meetings.filter(
    (m) =>
      m.track === 'geneva' &&
      m.kind === 'round' &&
      m.round !== null &&
      m.round >= 4 &&
      m.round <= 8,
  );
  if (geneva.length > 0) {
    const numbers = geneva.map((m) => m.round ?? 0);
    presets.push({
      id: 'geneva-iv-viii',
      label: `Geneva ${roman(Math.min(...numbers))}–${roman(Math.max(...numbers))}`,
      description: 'The UN-facilitated Geneva rounds of 2017',
      range: span(geneva),
    });
  }
  return presets;
}
