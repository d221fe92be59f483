import { Fragment } from 'react';
import { LegendSymbolSvg } from '@/lib/legend-symbol-svg';
import { light } from '@/styles/colours';
import { FONT_STACK } from './font';
import { FRAME, textSize, type FrameLayout, type FrameLine, type TextRole } from './frame-layout';

const TEXT = light('color-text');
const MUTED = light('color-text-muted');
const LOOK: Record<TextRole, { fill: string; weight: number }> = {
  title: { fill: TEXT, weight: 700 },
  subtitle: { fill: MUTED, weight: 400 },
  details: { fill: TEXT, weight: 600 },
  footer: { fill: MUTED, weight: 400 },
};

function Line({ line }: { line: FrameLine }) {
  const { fill, weight } = LOOK[line.role];
  return (
    <text
      x={FRAME.margin}
      y={line.y}
      fontSize={textSize(line.role)}
      fontWeight={weight}
      fill={fill}
      fontFamily={FONT_STACK}
    >
      {line.text}
    </text>
  );
}

/**
 * The exported image around its chart: background, title, subtitle and details, the legend
 * (each symbol drawn as the chart draws it), a rule, and the note, sources, dataset and
 * permalink. The chart goes where `data-chart-slot` stands. Rendered to static markup, never
 * shown on the page.
 */
export function ExportFrame({ layout, title }: { layout: FrameLayout; title: string }) {
  const { width, height } = layout;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={FONT_STACK}>
      <title>{title}</title>
      <rect x={0} y={0} width={width} height={height} fill={light('color-surface')} />
      {layout.header.map((line, i) => (
        <Line key={i} line={line} />
      ))}
      <g data-chart-slot="" />
      {layout.legend.map(({ item, x, y }, i) => (
        <Fragment key={i}>
          <g data-legend-symbol={item.symbol ?? 'line'}>
            <LegendSymbolSvg
              symbol={item.symbol ?? 'line'}
              color={item.color}
              options={{
                x,
                y: y - 9,
                strokeWidth: 3,
                dash: item.dashed ? '5 3' : undefined,
                outline: item.outline,
              }}
            />
          </g>
          <text x={x + 30} y={y} fontSize={FRAME.legendSize} fill={TEXT} fontFamily={FONT_STACK}>
            {item.label}
          </text>
        </Fragment>
      ))}
      <line
        x1={FRAME.margin}
        x2={width - FRAME.margin}
        y1={layout.ruleY}
        y2={layout.ruleY}
        stroke={light('color-border')}
        strokeWidth={1}
      />
      {layout.footer.map((line, i) => (
        <Line key={i} line={line} />
      ))}
    </svg>
  );
}
