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
    /** Exactly what is counted, in the source's own terms. */
    definition: textSchema,
    /** Who produced the figures (e.g. "SOHR", "UNHCR"). */
    publisher: textSchema,
    unit: z.enum(['people']),
    kind: z.enum(seriesKinds),
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
export type StatisticsFile = z.infer<typeof statisticsFileSchema>;
