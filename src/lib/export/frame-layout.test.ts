import { describe, expect, it } from 'vitest';
import { FRAME, layoutFrame } from './frame-layout';
import type { ExportInfo } from './types';

const info: ExportInfo = {
  title: 'Deaths by source',
  subtitle: '1 Jan 2018 – 31 Dec 2018',
  sourceLine: 'Sources: SOHR; SNHR',
  datasetLine: 'Dataset 2026-01-18, CC BY 4.0',
  permalink: 'https://example.org/?from=2018-01-01',
};

describe('the export frame', () => {
  it('stacks title, subtitle, chart, rule and footer without overlap, and ends under the last line', () => {
    const layout = layoutFrame(info, 600, 300);
    expect(layout.width).toBe(600 + 2 * FRAME.margin);
    expect(layout.header.map((l) => l.role)).toEqual(['title', 'subtitle']);
    const [title, subtitle] = layout.header;
    expect(title!.y).toBe(FRAME.margin + FRAME.titleSize);
    expect(subtitle!.y - title!.y).toBeGreaterThanOrEqual(FRAME.subtitleSize);
    // The chart starts under the subtitle's descenders and the rule under the chart.
    expect(layout.chart.y).toBeGreaterThan(subtitle!.y + 4);
    expect(layout.chart).toMatchObject({ x: FRAME.margin, width: 600, height: 300 });
    expect(layout.ruleY).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(layout.footer.map((l) => l.text)).toEqual([
      info.sourceLine,
      info.datasetLine,
      info.permalink,
    ]);
    expect(layout.footer[0]!.y).toBeGreaterThan(layout.ruleY + FRAME.footerSize - 1);
    expect(layout.height).toBeGreaterThan(layout.footer.at(-1)!.y);
  });

  it('names the open round and the note when there are some', () => {
    const layout = layoutFrame(
      { ...info, details: 'Open round: Astana 4', note: 'Zone outlines are approximate.' },
      600,
      300,
    );
    expect(layout.header.map((l) => l.text)).toContain('Open round: Astana 4');
    expect(layout.footer[0]!.text).toBe('Zone outlines are approximate.');
  });

  it('flows the legend in rows that fit the width, under the chart', () => {
    const legend = Array.from({ length: 12 }, (_, i) => ({
      label: `Series number ${i + 1}`,
      color: 'black',
    }));
    const layout = layoutFrame({ ...info, legend }, 400, 200);
    expect(layout.legend).toHaveLength(12);
    const rows = [...new Set(layout.legend.map((l) => l.y))];
    expect(rows.length).toBeGreaterThan(1);
    for (const placed of layout.legend) {
      expect(placed.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
      expect(placed.x).toBeGreaterThanOrEqual(FRAME.margin);
      // Each row starts at the margin and stays inside the frame.
      expect(placed.x + 30).toBeLessThan(layout.width - FRAME.margin);
    }
    for (const y of rows) expect(layout.legend.find((l) => l.y === y)!.x).toBe(FRAME.margin);
    expect(layout.ruleY).toBeGreaterThan(Math.max(...rows));
  });

  it('wraps a long title onto several lines, all inside the width', () => {
    const layout = layoutFrame({ ...info, title: 'A very long title '.repeat(12) }, 300, 200);
    const titles = layout.header.filter((l) => l.role === 'title');
    expect(titles.length).toBeGreaterThan(1);
    expect(titles[1]!.y - titles[0]!.y).toBeCloseTo(FRAME.titleSize * FRAME.lineGap);
  });
});
