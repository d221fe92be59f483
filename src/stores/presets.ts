import type { Meeting } from '@/data/schemas/meetings';
import { currentLanguage } from '@/i18n/language';
import { t } from '@/i18n/t';
import { addDays, addYears, type DateRange } from '@/lib/dates';
import { formatDateInFull, formatYear } from '@/lib/format';
import { CONFLICT_START } from './view-state';

export interface RangePreset {
  id: string;
  label: string;
  /** Why the preset starts where it does, for a tooltip. */
  description: string;
  range: DateRange;
}

/**
 * The quick ranges in the header, named in the language shown. Those anchored to an event run
 * to the end of the default range (the dataset's as-of date, once known); "last 12 months of
 * data" ends on the as-of date and is absent until that is known.
 */
export function buildRangePresets(defaults: DateRange, asOf?: string): RangePreset[] {
  const to = defaults.to;
  const presets: RangePreset[] = [
    {
      id: 'whole-conflict',
      label: t('data.preset.wholeConflict'),
      description: t('data.preset.wholeConflictWhy', { date: formatDateInFull(CONFLICT_START) }),
      range: { from: CONFLICT_START, to },
    },
    {
      id: 'since-russian-intervention',
      label: t('data.preset.russianIntervention'),
      description: t('data.preset.russianInterventionWhy', {
        date: formatDateInFull('2015-09-30'),
      }),
      range: { from: '2015-09-30', to },
    },
    {
      id: 'since-sochi-memorandum',
      label: t('data.preset.sochiMemorandum'),
      description: t('data.preset.sochiMemorandumWhy', { date: formatDateInFull('2018-09-17') }),
      range: { from: '2018-09-17', to },
    },
    {
      id: 'since-fall-of-assad',
      label: t('data.preset.fallOfAssad'),
      description: t('data.preset.fallOfAssadWhy', { date: formatDateInFull('2024-12-08') }),
      range: { from: '2024-12-08', to },
    },
  ];
  if (asOf) {
    presets.push({
      id: 'last-12-months-of-data',
      label: t('data.preset.lastMonths', { months: 12 }),
      description: t('data.preset.lastMonthsWhy', { date: formatDateInFull(asOf) }),
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

/**
 * Geneva's rounds by their numbers: Roman in English, as the rounds of 2017 are known (Geneva
 * IV–VIII); in Arabic in digits, as Arabic writes them (جنيف ٤–٨).
 */
function genevaSpan(first: number, last: number): string {
  const number = currentLanguage() === 'en' ? roman : formatYear;
  return t('data.preset.genevaRounds', { first: number(first), last: number(last) });
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
      label: t('data.preset.astanaRounds', {
        first: formatYear(Math.min(...numbers)),
        last: formatYear(Math.max(...numbers)),
      }),
      description: t('data.preset.astanaRoundsWhy', { count: astana.length }),
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
      label: t('data.preset.committeeSessions'),
      description: t('data.preset.committeeSessionsWhy', { count: sessions.length }),
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
      label: genevaSpan(Math.min(...numbers), Math.max(...numbers)),
      description: t('data.preset.genevaRoundsWhy', { year: formatYear(2017) }),
      range: span(geneva),
    });
  }
  return presets;
}
