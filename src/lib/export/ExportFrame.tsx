import { Fragment, type SVGProps } from 'react';
import { LegendSymbolSvg } from '@/lib/legend-symbol-svg';
import { light } from '@/styles/colours';
import { fontStack } from './font';
import {
  FRAME,
  textSize,
  type Direction,
  type FrameLayout,
  type FrameLine,
  type TextPlacement,
  type TextRole,
} from './frame-layout';

const TEXT = light('color-text');
const MUTED = light('color-text-muted');
const LOOK: Record<TextRole, { fill: string; weight: number }> = {
  title: { fill: TEXT, weight: 700 },
  subtitle: { fill: MUTED, weight: 400 },
  details: { fill: TEXT, weight: 600 },
  footer: { fill: MUTED, weight: 400 },
};

/**
 * The attributes that set a text in its direction. Written on each text, not on the image: the
 * chart inside inherits from the image and keeps its own drawing. An Arabic text is set with
 * `direction="rtl"` from the right margin, its start (the right end, in Arabic) anchored
 * there; a text reading against the image's direction is anchored by its end. An image in
 * English with only English text carries none of them.
 */
function placed(placement: TextPlacement, frame: Direction): SVGProps<SVGTextElement> {
  return {
    x: placement.x,
    direction: frame === 'rtl' || placement.direction === 'rtl' ? placement.direction : undefined,
    textAnchor: placement.anchor === 'end' ? 'end' : undefined,
    // Text in English only (a series' title) in an Arabic image.
    lang: frame === 'rtl' && placement.direction === 'ltr' ? 'en' : undefined,
  };
}

function Line({ line, frame, font }: { line: FrameLine; frame: Direction; font: string }) {
  const { fill, weight } = LOOK[line.role];
  return (
    <text
      {...placed(line, frame)}
      y={line.y}
      fontSize={textSize(line.role)}
      fontWeight={weight}
      fill={fill}
      fontFamily={font}
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
  const { width, height, direction, language } = layout;
  const font = fontStack(language);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={font}
      lang={language}
    >
      <title>{title}</title>
      <rect x={0} y={0} width={width} height={height} fill={light('color-surface')} />
      {layout.header.map((line, i) => (
        <Line key={i} line={line} frame={direction} font={font} />
      ))}
      <g data-chart-slot="" />
      {layout.legend.map(({ item, x, y, label }, i) => (
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
          <text
            {...placed(label, direction)}
            y={y}
            fontSize={FRAME.legendSize}
            fill={TEXT}
            fontFamily={font}
          >
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
        <Line key={i} line={line} frame={direction} font={font} />
      ))}
    </svg>
  );
}
