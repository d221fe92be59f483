import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import { composeExportSvg } from './compose';
import { ExportFrame } from './ExportFrame';
import { embeddedFontCss, fontStack } from './font';
import { FRAME, layoutFrame } from './frame-layout';
import { viewReadme } from './readme';
import { estimateTextWidth, textDirection, wrapText } from './text-layout';
import type { ExportInfo } from './types';

const arabic: ExportInfo = {
  title: 'الوفيات حسب المصدر',
  subtitle: '١ كانون الثاني ٢٠١٨ – ٣١ كانون الأول ٢٠١٨',
  sourceLine: 'المصادر: SOHR؛ SNHR',
  datasetLine: 'مجموعة البيانات 2026.12.04، حتى ١٨ كانون الثاني ٢٠٢٦ · CC BY 4.0',
  permalink: 'https://example.org/?from=2018-01-01&to=2018-12-31&lang=ar',
  legend: [
    { label: 'المرصد السوري لحقوق الإنسان', color: 'red' },
    { label: 'Deaths (SOHR)', color: 'blue', dashed: true },
    { label: 'الشبكة السورية لحقوق الإنسان', color: 'green' },
  ],
};

const englishText = {
  title: 'Deaths by source',
  subtitle: '1 Jan 2018 – 31 Dec 2018',
  sourceLine: 'Sources: SOHR; SNHR',
  datasetLine: 'Dataset 2026.12.04, as of 18 Jan 2026 · CC BY 4.0',
};

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')];

afterEach(() => {
  useLanguageStore.setState({ language: 'en' });
  vi.unstubAllGlobals();
});

describe('the export frame in Arabic', () => {
  beforeEach(() => useLanguageStore.setState({ language: 'ar' }));

  it('sets every line from the right margin, right to left; the chart keeps its place', () => {
    const layout = layoutFrame(arabic, 600, 300);
    const right = layout.width - FRAME.margin;
    expect(layout.direction).toBe('rtl');
    expect(layout.chart).toMatchObject({ x: FRAME.margin, width: 600, height: 300 });
    for (const line of [...layout.header, ...layout.footer.slice(0, -1)]) {
      expect(line).toMatchObject({ x: right, direction: 'rtl', anchor: 'start' });
    }
    // The permalink reads left to right, its end on the right margin with the rest.
    expect(layout.footer.at(-1)).toMatchObject({
      text: arabic.permalink,
      x: right,
      direction: 'ltr',
      anchor: 'end',
    });
  });

  it('flows the legend from the right: symbol first, then its label to its left', () => {
    const legend = Array.from({ length: 10 }, (_, i) => ({
      label: `السلسلة رقم ${i + 1} من البيانات`,
      color: 'black',
    }));
    const layout = layoutFrame({ ...arabic, legend }, 400, 200);
    const right = layout.width - FRAME.margin;
    const rows = [...new Set(layout.legend.map((l) => l.y))];
    expect(rows.length).toBeGreaterThan(1);
    for (const y of rows) {
      const first = layout.legend.find((l) => l.y === y)!;
      expect(first.x).toBe(right - FRAME.legendSymbolWidth);
      expect(first.label).toMatchObject({ x: right - FRAME.legendLabelOffset, anchor: 'start' });
    }
    for (const placed of layout.legend) {
      expect(placed.label.direction).toBe('rtl');
      // Each item's label ends inside the frame.
      expect(
        placed.label.x - estimateTextWidth(placed.item.label, FRAME.legendSize),
      ).toBeGreaterThan(FRAME.margin - 1);
    }
    // Along a row, each item stands to the left of the one before.
    const firstRow = layout.legend.filter((l) => l.y === rows[0]);
    expect(firstRow.map((l) => l.x)).toEqual([...firstRow.map((l) => l.x)].sort((a, b) => b - a));
  });

  it('draws the Arabic title and range right to left in the Arabic font, the English label left to right', () => {
    const layout = layoutFrame(arabic, 600, 300);
    const doc = parse(renderToStaticMarkup(<ExportFrame layout={layout} title={arabic.title} />));
    const root = doc.documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    // The image itself has no direction: the chart inside is drawn as on the page.
    expect(root.hasAttribute('direction')).toBe(false);
    expect(root.getAttribute('font-family')).toMatch(
      /^'Noto Sans Arabic Variable', 'Inter Variable'/,
    );

    const right = String(layout.width - FRAME.margin);
    const title = texts(doc).find((t) => t.textContent === arabic.title)!;
    expect(title.getAttribute('x')).toBe(right);
    expect(title.getAttribute('direction')).toBe('rtl');
    expect(title.getAttribute('text-anchor') ?? 'start').toBe('start');
    expect(title.getAttribute('font-family')).toBe(fontStack('ar'));
    const range = texts(doc).find((t) => t.textContent === arabic.subtitle)!;
    expect(range.getAttribute('x')).toBe(right);
    expect(range.getAttribute('direction')).toBe('rtl');

    const english = texts(doc).find((t) => t.textContent === 'Deaths (SOHR)')!;
    expect(english.getAttribute('direction')).toBe('ltr');
    expect(english.getAttribute('text-anchor')).toBe('end');
    expect(english.getAttribute('lang')).toBe('en');
    const permalink = texts(doc).find((t) => t.textContent === arabic.permalink)!;
    expect(permalink.getAttribute('x')).toBe(right);
    expect(permalink.getAttribute('direction')).toBe('ltr');
    expect(permalink.getAttribute('text-anchor')).toBe('end');
  });
});

describe('the export frame in English', () => {
  it('sets its text from the left margin, with no direction written', () => {
    const layout = layoutFrame({ ...arabic, ...englishText }, 600, 300);
    expect(layout.direction).toBe('ltr');
    for (const line of [...layout.header, ...layout.footer]) {
      expect(line).toMatchObject({ x: FRAME.margin, direction: 'ltr', anchor: 'start' });
    }
    expect(layout.legend[0]).toMatchObject({ x: FRAME.margin, label: { x: FRAME.margin + 30 } });
    const doc = parse(renderToStaticMarkup(<ExportFrame layout={layout} title="Deaths" />));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/^'Inter Variable'/);
    for (const text of texts(doc).filter((t) => !/\p{Script=Arabic}/u.test(t.textContent!))) {
      expect(text.hasAttribute('direction')).toBe(false);
      expect(text.hasAttribute('text-anchor')).toBe(false);
    }
  });

  it('sets an Arabic-only legend label (a user’s file name) right to left, flush left', () => {
    const layout = layoutFrame({ ...arabic, ...englishText }, 600, 300, 'en');
    expect(layout.legend[0]!.label).toMatchObject({
      x: FRAME.margin + 30,
      direction: 'rtl',
      anchor: 'end',
    });
  });
});

describe('the fonts an export embeds', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => ({
        ok: true,
        arrayBuffer: async () =>
          new Uint8Array(String(url).includes('noto-sans-arabic') ? [1, 2, 3] : [4, 5, 6]).buffer,
      })),
    );
  });

  it('embeds Noto Sans Arabic, for Arabic letters only, in Arabic only', async () => {
    const english = (await embeddedFontCss('en'))!;
    expect(english).toContain("font-family:'Inter Variable'");
    expect(english).not.toContain('Noto Sans Arabic');
    const arabicCss = (await embeddedFontCss('ar'))!;
    expect(arabicCss).toContain("font-family:'Inter Variable'");
    expect(arabicCss).toMatch(
      /@font-face\{font-family:'Noto Sans Arabic Variable';[^}]*data:font\/woff2;base64,AQID[^}]*unicode-range:U\+0600-06FF/,
    );
  });

  it('composes an Arabic SVG with both fonts, the Arabic title set from the right, the chart where it was', async () => {
    useLanguageStore.setState({ language: 'ar' });
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    Object.defineProperty(chart, 'viewBox', { value: { baseVal: { width: 400, height: 200 } } });
    chart.innerHTML = '<text x="10" y="20">٢٠١٨</text>';
    document.body.appendChild(chart);
    try {
      const { svg, width } = await composeExportSvg(chart, arabic);
      const doc = parse(svg);
      const style = doc.querySelector('style')!.textContent!;
      expect(style).toContain("font-family:'Inter Variable'");
      expect(style).toContain("font-family:'Noto Sans Arabic Variable'");
      const title = texts(doc).find((t) => t.textContent === arabic.title)!;
      expect(title.getAttribute('direction')).toBe('rtl');
      expect(title.getAttribute('x')).toBe(String(width - FRAME.margin));
      const copy = doc.documentElement.querySelector('svg')!;
      expect(copy.getAttribute('x')).toBe(String(FRAME.margin));
      expect(copy.getAttribute('width')).toBe('400');

      useLanguageStore.setState({ language: 'en' });
      const english = parse((await composeExportSvg(chart, { ...arabic, ...englishText })).svg);
      expect(english.querySelector('style')!.textContent).not.toContain('Noto Sans Arabic');
    } finally {
      chart.remove();
    }
  });
});

describe('text in Arabic', () => {
  it('estimates Arabic by its letters: vowel marks take no width', () => {
    expect(estimateTextWidth('سُورِيَا', 10)).toBe(estimateTextWidth('سوريا', 10));
    expect(estimateTextWidth('abc', 10)).toBeCloseTo(3 * 5.6);
    // Noto Sans Arabic's letters are a little narrower than the Latin average, its digits wider.
    expect(estimateTextWidth('سوريا', 10)).toBeLessThan(estimateTextWidth('Syria', 10));
    expect(estimateTextWidth('٢٠١٨', 10)).toBeGreaterThan(estimateTextWidth('2018', 10));
  });

  it('wraps Arabic between words, every line within the width', () => {
    const text = 'حدود مناطق السيطرة تقريبية، وتُرسم بحسب آخر تحديث متاح للمصادر المذكورة أدناه';
    const lines = wrapText(text, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(200);
  });

  it('reads a text in the image’s direction unless it has letters of the other only', () => {
    expect(textDirection('المصادر: SOHR؛ SNHR', 'rtl')).toBe('rtl');
    expect(textDirection('SOHR: عدد القتلى', 'rtl')).toBe('rtl');
    expect(textDirection('https://example.org/?lang=ar', 'rtl')).toBe('ltr');
    expect(textDirection('٢٠١٨ – ٢٠٢١', 'rtl')).toBe('rtl');
    expect(textDirection('2018 – 2021', 'rtl')).toBe('rtl');
    expect(textDirection('Deaths (SOHR)', 'ltr')).toBe('ltr');
    expect(textDirection('أحداثي', 'ltr')).toBe('rtl');
  });
});

describe('the README of a view in Arabic', () => {
  it('is written in Arabic, its commas Arabic', () => {
    useLanguageStore.setState({ language: 'ar' });
    const lines = viewReadme({
      range: '١ أيلول ٢٠١٨ – ٣١ كانون الأول ٢٠١٨',
      selections: [],
      permalink: 'https://dash.example/?lang=ar',
      dataset: 'مجموعة البيانات 2026.12.04',
      files: [{ name: 'deaths.png', title: 'الوفيات حسب المصدر' }],
      sources: [
        { publisher: 'UNHCR', title: 'A report', url: 'https://example.org/a', date: '2018-12-31' },
      ],
      madeAt: new Date('2026-12-05T02:30:00Z'),
    }).split('\r\n');
    expect(lines[0]).toBe('لوحة متابعة النزاع والدبلوماسية في سوريا: ملفات عرض واحد');
    expect(lines).toContain('الفترة: ١ أيلول ٢٠١٨ – ٣١ كانون الأول ٢٠١٨');
    expect(lines).toContain('الاختيارات: لا شيء');
    expect(lines).toContain('تاريخ الإعداد: 2026-12-05 02:30 UTC');
    expect(lines).toContain('الملفات (١):');
    expect(lines).toContain('  deaths.png: الوفيات حسب المصدر');
    expect(lines.find((l) => l.startsWith('  UNHCR'))).toMatch(
      /^ {2}UNHCR، "A report"، ٣١ كانون الأول ٢٠١٨\. https:\/\/example\.org\/a$/,
    );
    expect(lines).toContain('طريقة الاستشهاد:');
  });
});
