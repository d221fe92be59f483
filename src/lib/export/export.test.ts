import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { MAX_PNG_PIXELS, pngDensity } from './rasterise';
import { exportFileStem, wrapText } from './text-layout';

describe('wrapText', () => {
  it('breaks between words to fit the width', () => {
    const lines = wrapText(
      'Sources: UN Security Council press releases; Kazinform; TASS; Anadolu Agency',
      200,
      10,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / 5.6));
    expect(lines.join(' ')).toBe(
      'Sources: UN Security Council press releases; Kazinform; TASS; Anadolu Agency',
    );
  });
  it('cuts a word longer than a line, such as a long permalink', () => {
    const url = `https://example.org/?${'x'.repeat(120)}`;
    const lines = wrapText(url, 300, 10);
    expect(lines.join('')).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
  });
  it('returns no line for empty text', () => {
    expect(wrapText('  ', 300, 10)).toEqual([]);
  });
});

describe('exportFileStem', () => {
  it('makes a file name from the title and the range', () => {
    expect(exportFileStem('Peace process tracker: timeline', '2018-09-17', '2021-12-31')).toBe(
      'peace-process-tracker-timeline_2018-09-17_2021-12-31',
    );
    expect(exportFileStem('Erdoğan’s meetings', '2021-01-01', '2021-12-31')).toBe(
      'erdogan-s-meetings_2021-01-01_2021-12-31',
    );
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('Geneva, Palais des Nations')).toBe('"Geneva, Palais des Nations"');
    expect(csvField('the "small body"')).toBe('"the ""small body"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(350209)).toBe('350209');
    expect(csvField(undefined)).toBe('');
  });
  it('neutralises formulas but keeps negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe('-5');
  });
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['track', 'held'],
        [
          ['astana', 22],
          ['geneva', 9],
        ],
      ),
    ).toBe('track,held\r\nastana,22\r\ngeneva,9\r\n');
  });
});

describe('pngDensity', () => {
  const pixels = (width: number, height: number) => {
    const density = pngDensity(width, height);
    return Math.round(width * density) * Math.round(height * density);
  };
  it('draws a chart-sized image at 2×', () => {
    expect(pngDensity(1200, 700)).toBe(2);
    expect(pngDensity(1800, 1200)).toBe(2);
  });
  it('keeps a tall image within the pixel cap, as dense as fits', () => {
    // The tracker's export with its list of 85 items is about 1,406 × 2,157.
    const density = pngDensity(1406, 2157);
    expect(density).toBeLessThan(2);
    expect(pixels(1406, 2157)).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    // One step denser would not fit.
    const denser = density + 0.01;
    expect(Math.round(1406 * denser) * Math.round(2157 * denser)).toBeGreaterThan(MAX_PNG_PIXELS);
  });
  it('never draws smaller than the image is on screen', () => {
    expect(pngDensity(3000, 6000)).toBe(1);
    expect(pngDensity(2480, 3508)).toBe(1);
  });
});
