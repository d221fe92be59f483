import { summaryOf, type OwnLayer } from '@/data/own-events';
import { t } from '@/i18n/t';
import { addDays, addMonths, timeOfIso } from '@/lib/dates';
import type { ChartLine, ChartPoint } from './series';

/**
 * The analyst's events as two lines of monthly totals, each month a level over the month:
 * events (a month of the file's span without events is 0) and deaths the file reports (a month
 * where no event states deaths is a gap).
 */
export function ownMonthlyLines(layer: OwnLayer): ChartLine[] {
  const months = summaryOf(layer).months;
  const file = layer.fileName;
  const sources = [t('statistics.ownLine.source', { file })];
  const point = (month: string, value: number | null): ChartPoint => {
    const start = `${month}-01`;
    const end = addDays(addMonths(start, 1), -1);
    const mid = addDays(start, 14);
    return { t: timeOfIso(mid), date: mid, start, end, value, sources };
  };
  const line = (
    id: string,
    label: string,
    definition: string,
    points: ChartPoint[],
  ): ChartLine => ({
    id,
    label,
    definition,
    publisher: t('statistics.ownLine.publisher', { file }),
    points,
    allPoints: points,
    shape: 'period',
    maxJoinDays: 0,
  });
  return [
    line(
      'own-events',
      t('statistics.ownLine.events'),
      t('statistics.ownLine.eventsDefinition', { file }),
      months.map((m) => point(m.month, m.events)),
    ),
    line(
      'own-deaths',
      t('statistics.ownLine.deaths'),
      t('statistics.ownLine.deathsDefinition', { file }),
      months.map((m) => point(m.month, m.deaths)),
    ),
  ];
}
