import { EmptyState } from '@/components/DatasetGate';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { ExportMenu } from '@/components/ExportMenu';
import { Publisher } from '@/components/Publisher';
import { LineSwatch, type LegendSymbol } from '@/components/LineSwatch';
import type { Source } from '@/data/schemas/meta';
import { sourceTitleText } from '@/data/source-title';
import { DAY_MS, type DateRange, timeOfIso } from '@/lib/dates';
import { t, useLanguage } from '@/i18n/t';
import { toCsv } from '@/lib/export/csv';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { timeTicks } from '@/lib/time-ticks';
import { useElementWidth } from '@/lib/use-element-width';
import { useKeyed } from '@/lib/use-keyed';
import { valueTickCount, valueTicks } from '@/lib/value-ticks';
import { useFiltersStore, useSelectedRoundId } from '@/stores/filters';
import type { TableViewId } from '@/stores/view-state';
import type { Annotation } from './annotation-layer';
import {
  HEIGHT,
  MARGIN,
  openRoundLine,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
  type ChartWindows,
} from './chart-frame';
import { LinesPlot, StackPlot, type AxesSettings, type PlotProps } from './chart-plots';
import { linesInRange } from './series-lines';
import {
  drawnMax,
  lineGeometry,
  type ChartLine,
  type ChartPoint,
  type ColoredLine,
} from './series';
import { stackableRows, stackRowsWithGaps, stackTops } from './stacks';
import { SegmentedControl } from '@/components/SegmentedControl';
import { lineLegendLabel, semicolon } from './dataset-names';
import { LegendName, LineDefinition, LineName } from './dataset-text';

const chartViews = () =>
  [
    { value: 'chart', label: t('statistics.chart.chart') },
    { value: 'table', label: t('statistics.chart.table') },
  ] as const;

export interface TimeChartProps {
  title: string;
  /** Names the exported files, and the chart in the link's list of views shown as tables. */
  fileName: TableViewId;
  /**
   * Every line of the chart, whole: what the plot draws (the same array whatever the range).
   * The legend, table and exports take those with a figure in the range, cut to it.
   */
  allLines: readonly ColoredLine[];
  range: DateRange;
  /** Stack the lines as areas, on the dates where all have a figure. */
  stacked?: boolean;
  annotations: readonly Annotation[];
  onPickAnnotation: (id: string) => void;
  onBrush: (range: DateRange) => void;
  catalogue: ReadonlyMap<string, Source>;
  /** Mode switches shown above the chart. */
  controls?: ReactNode;
  /** Shown between the header and the plot (e.g. a picker of the lines to draw). */
  above?: ReactNode;
  /** Shown under the chart and printed on exports. */
  note?: string;
  /** Shown under the chart instead of `note` where it holds what is not to be translated. */
  screenNote?: ReactNode;
  /** Printed on exports after the note: what the chart's companions show on screen. */
  exportNote?: string;
  /** The windows of a before/after comparison, shaded on the plot. */
  windows?: ChartWindows;
  children?: ReactNode;
}

/**
 * A time chart over the global range, with the process annotations, a drag-to-zoom brush, a
 * tooltip naming value, date and source, a table view with the same rows, and PNG/SVG/CSV export.
 */
export function TimeChart(props: TimeChartProps) {
  const {
    title,
    fileName,
    allLines,
    range,
    stacked = false,
    annotations,
    onPickAnnotation,
    onBrush,
    catalogue,
    controls,
    above,
    note,
    screenNote,
    exportNote,
    windows,
    children,
  } = props;
  // The chart's <svg> takes focus (recharts' keyboard layer); it says what it is and where
  // the same figures are as text.
  const accessibleName = t('statistics.chart.accessibleName', { title });
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const view = useFiltersStore((s) => (s.tableViews.includes(fileName) ? 'table' : 'chart'));
  const showTable = useFiltersStore((s) => s.showTable);
  const roundId = useSelectedRoundId();
  const setView = (next: 'chart' | 'table') => showTable(fileName, next === 'table');
  const lines = useMemo(() => linesInRange(allLines, range), [allLines, range]);
  const commonRows = useMemo(() => (stacked ? stackableRows(lines) : []), [stacked, lines]);
  // The top of each band of the stack, where the tooltip puts a line's dot; the top band's is
  // the stack's total.
  const tops = useMemo(() => stackTops(lines, commonRows), [lines, commonRows]);
  const stackRows = useMemo(() => stackRowsWithGaps(commonRows, lines), [commonRows, lines]);
  // What each line draws, in data units: built once per line, whatever the range.
  const geometries = useMemo(
    () => new Map(allLines.map((line) => [line.id, lineGeometry(line)])),
    [allLines],
  );
  const domain = useMemo<[number, number]>(
    () => [timeOfIso(range.from), timeOfIso(range.to) + DAY_MS],
    [range],
  );
  // The value axis holds everything drawn in the range: dots and levels in it, and where a
  // line crosses the plot's edge towards a figure outside it, the value there; for a stack,
  // its totals.
  const yMax = useMemo(() => {
    let max = 0;
    if (stacked) {
      const top = lines.length > 0 ? tops.get(lines.at(-1)!.id) : undefined;
      for (const total of top?.values() ?? []) max = Math.max(max, total);
    } else {
      for (const line of lines) {
        const geometry = geometries.get(line.id);
        if (geometry) max = Math.max(max, drawnMax(geometry, domain[0], domain[1]));
      }
    }
    return max;
  }, [stacked, tops, lines, geometries, domain]);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const fittedTicks = valueTicks(yMax, valueTickCount(plotHeight, 12));
  const yTicks = useKeyed(fittedTicks, fittedTicks.join(','));
  // As many time labels as the plot's width holds apart (`.chart__axis text` is 12 px), none
  // reaching left of the plot, where the value axis' labels are.
  const plotWidth = width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH;
  const xTicks = useMemo(
    () =>
      timeTicks(range, {
        width: plotWidth,
        fontSize: 12,
        anchor: 'middle',
        overhangRight: MARGIN.right,
      }).map((tick) => ({ t: timeOfIso(tick.date), label: tick.label })),
    [range, plotWidth],
  );
  const axes = useMemo<AxesSettings>(() => ({ domain, xTicks, yTicks }), [domain, xTicks, yTicks]);
  const sourceName = useCallback((id: string) => catalogue.get(id)?.publisher ?? id, [catalogue]);

  const rows = useMemo(
    () =>
      lines.flatMap((line) =>
        line.points
          .filter((p): p is ChartPoint & { value: number } => p.value !== null)
          .map((point) => ({ line, point })),
      ),
    [lines],
  );
  const csv = () =>
    toCsv(
      [
        'series',
        'publisher',
        'definition',
        'derived',
        'date',
        'period_start',
        'period_end',
        'value',
        'sources',
      ],
      rows.map(({ line, point }) => [
        line.label,
        line.publisher,
        line.definition,
        line.derived ? t('statistics.chart.summedCsv') : '',
        point.start ? '' : point.date,
        point.start ?? '',
        point.end ?? '',
        point.value,
        point.sources.map((id) => catalogue.get(id)?.url ?? id).join(' | '),
      ]),
    );

  const legend = lines.map((l) => ({
    line: l,
    label: lineLegendLabel(l),
    definition: l.definition,
    color: l.color,
    dashed: l.derived,
    symbol: legendSymbol(l, stacked),
  }));
  const empty = lines.length === 0;
  // In Arabic, a series' English title is marked as such, its definition put on the title.
  const arabic = useLanguage() === 'ar';
  const marked = (line: ChartLine) => arabic && line.dataset !== undefined;
  // What both plots take; each prop keeps its identity across renders, so LinesPlot's memo holds.
  const plotProps: PlotProps = {
    width,
    title: accessibleName,
    axes,
    lines,
    annotations,
    onPickAnnotation,
    onBrush,
    sourceName,
    windows,
  };

  return (
    <section className="chart" aria-label={title}>
      <div className="chart__header">
        <h3 className="chart__title">{title}</h3>
        <div className="chart__tools">
          {controls}
          <SegmentedControl
            small
            label={t('statistics.chart.views', { title })}
            options={chartViews()}
            value={view}
            onChange={setView}
          />
          <ExportMenu
            title={title}
            fileName={fileName}
            getChart={
              empty
                ? undefined
                : () => containerRef.current?.querySelector('svg.recharts-surface') ?? null
            }
            legend={legend}
            details={() => openRoundLine(annotations, roundId, range)}
            sourceIds={[...new Set(rows.flatMap((r) => r.point.sources))]}
            publishers={[...new Set(lines.map((l) => l.publisher))]}
            csv={rows.length > 0 ? csv : undefined}
            note={[
              note,
              exportNote,
              windows
                ? t('statistics.chart.shaded', {
                    label: windows.label,
                    before: formatSpan(windows.before.from, windows.before.to),
                    after: formatSpan(windows.after.from, windows.after.to),
                  })
                : undefined,
            ]
              .filter(Boolean)
              .join(' ')}
          />
        </div>
      </div>
      {above}
      <div ref={containerRef} className="chart__body" hidden={view !== 'chart'}>
        {empty ? (
          <EmptyState>
            {t('statistics.chart.empty', {
              from: formatDate(range.from),
              to: formatDate(range.to),
            })}
          </EmptyState>
        ) : width === 0 ? null : !stacked ? (
          <LinesPlot {...plotProps} geometries={geometries} />
        ) : commonRows.length < 2 ? (
          <EmptyState>
            {t(
              commonRows.length === 0
                ? 'statistics.chart.noCommonDate'
                : 'statistics.chart.oneCommonDate',
            )}
          </EmptyState>
        ) : (
          <StackPlot {...plotProps} rows={stackRows} tops={tops} />
        )}
        {empty ? null : (
          <ul className="legend__group chart__legend">
            {legend.map((item) => (
              <li key={item.label} title={marked(item.line) ? undefined : item.definition}>
                <LineSwatch
                  color={item.color}
                  strokeWidth={3}
                  dash={item.dashed ? '5 3' : undefined}
                  symbol={item.symbol}
                />
                {/* One flex item beside the swatch: the gap would part names from brackets. */}
                <span>
                  {marked(item.line) ? <LegendName line={item.line} /> : item.label}
                  <span className="visually-hidden">
                    : <LineDefinition line={item.line} />
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {view === 'table' ? (
        <div className="table-scroll">
          <table className="data-table data-table--cards" data-testid={`${fileName}-table`}>
            <caption className="visually-hidden">
              {t('statistics.chart.caption', { title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.chart.series')}</th>
                <th scope="col">{t('statistics.chart.date')}</th>
                <th scope="col" className="numeric">
                  {t('statistics.chart.value')}
                </th>
                <th scope="col">{t('statistics.chart.source')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ line, point }) => (
                <tr key={`${line.id}-${point.date}`}>
                  <th scope="row">
                    <span className="cell-title">
                      <LineName line={line} />
                    </span>
                    <span className="cell-meta">
                      <LineDefinition line={line} />
                      {line.derived ? ` ${t('statistics.chart.summed')}` : ''}
                    </span>
                  </th>
                  <td className="nowrap" data-label={t('statistics.chart.date')}>
                    {point.start && point.end
                      ? formatSpan(point.start, point.end)
                      : t('statistics.chart.asOf', { date: formatDate(point.date) })}
                  </td>
                  <td className="numeric" data-label={t('statistics.chart.value')}>
                    {formatNumber(point.value)}
                  </td>
                  <td data-label={t('statistics.chart.source')}>
                    {point.sources.map((id, i) => {
                      const source = catalogue.get(id);
                      return (
                        <span key={id}>
                          {i > 0 ? semicolon() : null}
                          {source ? (
                            // In Arabic: the source's title in its own language, the publisher's
                            // name in the catalogue's Latin spelling.
                            <a
                              href={source.url}
                              target="_blank"
                              rel="noopener noreferrer"
                              title={sourceTitleText(source)}
                              lang={arabic ? (source.language ?? 'en') : undefined}
                            >
                              <Publisher name={source.publisher} />
                            </a>
                          ) : (
                            id
                          )}
                        </span>
                      );
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {screenNote || note ? <p className="chart__note">{screenNote ?? note}</p> : null}
      {children}
    </section>
  );
}

/** How a line's legend entry draws its symbol: as the chart draws the line. */
function legendSymbol(line: ColoredLine, stacked: boolean): LegendSymbol {
  if (stacked) return 'band';
  if (line.shape === 'levels') return 'levels';
  if (line.shape === 'period') return 'span';
  return line.maxJoinDays > 0 ? 'line-dots' : 'dots';
}
