/**
 * Average advance width of Inter, as a share of the font size, for laying out text in exported
 * images where the browser's text metrics are not available (SVG has no automatic wrapping).
 * Slightly generous so that lines never overflow.
 */
const AVERAGE_CHAR_WIDTH = 0.56;

/** Splits text into lines that fit `maxWidth` pixels at `fontSize`, breaking between words. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * AVERAGE_CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    // A single word longer than a line (a long URL) is cut into pieces.
    while (line.length > maxChars) {
      lines.push(line.slice(0, maxChars));
      line = line.slice(maxChars);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A safe file name stem: "Peace process timeline" + range → "peace-process-timeline_2018-09-17_2021-12-31". */
export function exportFileStem(title: string, from: string, to: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'chart'}_${from}_${to}`;
}
