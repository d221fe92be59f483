import type { StatisticSeries } from '@/data/schemas/statistics';

// Series for the statistics tests: annual totals and snapshots built from plain numbers.

/** An annual-total series of deaths, a figure per year. */
export const annual = (
  id: string,
  values: Record<number, number>,
  publisher = id,
): StatisticSeries => ({
  id,
  title: `${id} deaths`,
  measure: 'deaths',
  definition: `deaths counted by ${id}`,
  publisher,
  unit: 'people',
  kind: 'annual-total',
  cadence: 'yearly',
  points: Object.entries(values).map(([year, value]) => ({
    start: `${year}-01-01`,
    date: `${year}-12-31`,
    value,
  })),
  sources: [`src-${id}`],
});

/** A snapshot series, figures as of dates. */
export const snapshot = (
  id: string,
  measure: StatisticSeries['measure'],
  values: Record<string, number>,
  hostCountry?: string,
  cadence: StatisticSeries['cadence'] = 'yearly',
): StatisticSeries => ({
  id,
  title: id,
  measure,
  definition: id,
  publisher: 'P',
  unit: 'people',
  kind: 'snapshot',
  cadence,
  hostCountry,
  points: Object.entries(values).map(([date, value]) => ({ date, value })),
  sources: ['s'],
});

/** A range that holds every test figure. */
export const whole = { from: '2011-01-01', to: '2030-12-31' };
