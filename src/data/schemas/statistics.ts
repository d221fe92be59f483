import { z } from 'zod';
import { idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

export const measures = ['deaths', 'refugees', 'idps', 'returns', 'population'] as const;

/**
 * How the points of a series are to be read:
 * - `annual-total`: each point is the total for one calendar year (start = 1 Jan, date = 31 Dec);
 * - `period-total`: each point is a total over the period start..date (e.g. OHCHR's 10-year estimate);
 * - `snapshot`: each point is a cumulative or stock figure "as of" its date.
 */
export const seriesKinds = ['annual-total', 'period-total', 'snapshot'] as const;

/**
 * How often the series has a figure, which says which figures a chart may join: two snapshots
 * further apart than their cadence allows (see `maxJoinDays` in the statistics feature) are
 * drawn as separate points, since a line between them would show a trend no one measured.
 * - `weekly`, `monthly`, `quarterly`, `half-yearly`, `yearly`: figures at that interval;
 * - `irregular`: figures at no set interval (press releases, reports): never joined;
 * - `once`: a single figure (a total over one period).
 * Annual totals are `yearly`.
 */
/**
 * Sets of series drawn together apart from the others of their measure:
 * - `refugees-year-end-by-asylum`: UNHCR's year-end statistics of refugees from Syria by country
 *   of asylum, one series per host, drawn in their own chart (not with the registered figures).
 */
export const seriesGroups = ['refugees-year-end-by-asylum'] as const;

export const seriesCadences = [
  'weekly',
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
  'irregular',
  'once',
] as const;

export const statisticPointSchema = z.strictObject({
  /** As-of date for a snapshot; last day of the period for a total. */
  date: isoDateSchema,
  /** First day of the period; required for totals, absent for snapshots. */
  start: isoDateSchema.optional(),
  value: z.number().nonnegative(),
  /** Sources for this point when they differ from the series' sources. */
  sources: z.array(idSchema).optional(),
  note: z.string().optional(),
});

export const statisticSeriesSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    measure: z.enum(measures),
    /** The set this series is drawn with, when not with the other series of its measure. */
    group: z.enum(seriesGroups).optional(),
    /** Exactly what is counted, in the source's own terms. */
    definition: textSchema,
    /** Who produced the figures (e.g. "SOHR", "UNHCR"). */
    publisher: textSchema,
    unit: z.enum(['people']),
    kind: z.enum(seriesKinds),
    cadence: z.enum(seriesCadences),
    /** ISO 3166-1 alpha-2 code of the host country, for refugees by host country. */
    hostCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
      .optional(),
    points: z.array(statisticPointSchema).min(1, 'a series needs at least one point'),
    sources: sourceIdsSchema,
    note: z.string().optional(),
  })
  .superRefine((series, ctx) => {
    if (series.kind === 'annual-total' && series.cadence !== 'yearly') {
      ctx.addIssue({
        code: 'custom',
        path: ['cadence'],
        message: 'must be yearly for an annual-total series',
      });
    }
    if (series.group === 'refugees-year-end-by-asylum') {
      // One host's year-end figures: a yearly snapshot as of 31 December, naming the host.
      if (series.hostCountry === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['hostCountry'],
          message: 'is required for a year-end series by country of asylum',
        });
      if (series.kind !== 'snapshot' || series.cadence !== 'yearly')
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message: 'must be a yearly snapshot for a year-end series by country of asylum',
        });
      series.points.forEach((point, index) => {
        if (!point.date.endsWith('-12-31'))
          ctx.addIssue({
            code: 'custom',
            path: ['points', index, 'date'],
            message: 'must be 31 December in a year-end series',
          });
      });
    }
    if (series.cadence === 'once' && series.points.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['cadence'],
        message: `is once, but the series has ${series.points.length} points`,
      });
    }
    series.points.forEach((point, index) => {
      const isTotal = series.kind !== 'snapshot';
      if (isTotal && point.start === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'start'],
          message: `is required for a ${series.kind} series`,
        });
      }
      if (!isTotal && point.start !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', index, 'start'],
          message: 'must be absent for a snapshot series (use date for the as-of date)',
        });
      }
    });
  });

export const statisticsFileSchema = z.strictObject({ series: z.array(statisticSeriesSchema) });

export type StatisticPoint = z.infer<typeof statisticPointSchema>;
export type StatisticSeries = z.infer<typeof statisticSeriesSchema>;
export type Measure = (typeof measures)[number];
export type SeriesGroup = (typeof seriesGroups)[number];
export type SeriesCadence = (typeof seriesCadences)[number];
export type StatisticsFile = z.infer<typeof statisticsFileSchema>;
