/**
 * Advance widths, as a share of the font size, for laying out text in exported images where
 * the browser's text metrics are not available (SVG has no automatic wrapping), and where the
 * layout must not depend on whether a font has loaded yet. Slightly generous so that lines
 * never overflow. Inter's Latin averages 0.50 (0.52 in bold), hence 0.56 for any character.
 * Arabic is set in Noto Sans Arabic: shaped with HarfBuzz, the dashboard's Arabic titles and
 * lines average 0.45 a letter in regular and 0.50 in bold, and a short bold title of wide
 * letters reaches 0.54; its Arabic-Indic digits are 0.57 each. Vowel marks and other
 * combining marks sit on their letter and take no width.
 */
const AVERAGE_CHAR_WIDTH = 0.56;
const ARABIC_LETTER_WIDTH = 0.55;
const ARABIC_DIGIT_WIDTH = 0.6;

const COMBINING_MARK = /\p{M}/u;
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const ARABIC = /\p{Script=Arabic}/u;

/** One character's estimated width, in widths of an average Latin character. */
function charUnits(char: string): number {
  if (char.charCodeAt(0) < 0x80) return 1;
  if (COMBINING_MARK.test(char)) return 0;
  if (ARABIC_DIGIT.test(char)) return ARABIC_DIGIT_WIDTH / AVERAGE_CHAR_WIDTH;
  if (ARABIC.test(char)) return ARABIC_LETTER_WIDTH / AVERAGE_CHAR_WIDTH;
  return 1;
}

/** Text's estimated width, in widths of an average Latin character (its length, for Latin). */
function units(text: string): number {
  let total = 0;
  for (const char of text) total += charUnits(char);
  return total;
}

/** The estimated width of a line of text at `fontSize`, in pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return units(text) * fontSize * AVERAGE_CHAR_WIDTH;
}

/** The longest start of `word` that fits in `max` units (at least one character). */
function fittingStart(word: string, max: number): string {
  let taken = '';
  let width = 0;
  for (const char of word) {
    const next = width + charUnits(char);
    if (next > max && taken !== '') break;
    taken += char;
    width = next;
  }
  return taken;
}

/** Splits text into lines that fit `maxWidth` pixels at `fontSize`, breaking between words. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxUnits = Math.max(8, Math.floor(maxWidth / (fontSize * AVERAGE_CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordUnits = units(word);
    if (line === '') [line, lineUnits] = [word, wordUnits];
    else if (lineUnits + 1 + wordUnits <= maxUnits) {
      line += ` ${word}`;
      lineUnits += 1 + wordUnits;
    } else {
      lines.push(line);
      [line, lineUnits] = [word, wordUnits];
    }
    // A single word longer than a line (a long URL) is cut into pieces.
    while (lineUnits > maxUnits) {
      const piece = fittingStart(line, maxUnits);
      lines.push(piece);
      line = line.slice(piece.length);
      lineUnits = units(line);
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

const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LEFT_TO_RIGHT_LETTER =
  /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}])\p{L}/u;

/**
 * The direction a text of an image reads in: the image's own, unless the text has letters of
 * the other direction only (an English series title or a permalink in an Arabic image, a
 * user's Arabic file name in an English one). Decided for a whole text before it is wrapped,
 * so that a line of an Arabic paragraph that starts with "SOHR" still reads right to left.
 */
export function textDirection(text: string, image: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const [own, other] =
    image === 'rtl'
      ? [RIGHT_TO_LEFT_LETTER, LEFT_TO_RIGHT_LETTER]
      : [LEFT_TO_RIGHT_LETTER, RIGHT_TO_LEFT_LETTER];
  if (own.test(text) || !other.test(text)) return image;
  return image === 'rtl' ? 'ltr' : 'rtl';
}
