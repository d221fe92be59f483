import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { CsvReader, detectSeparator, type Separator } from './csv';

function readAll(text: string, separator: Separator = ',', chunkSizes: number[] = [text.length]) {
  const rows: [number, string[]][] = [];
  const reader = new CsvReader(separator, (fields, record) => rows.push([record, fields]));
  let at = 0;
  for (let i = 0; at < text.length; i += 1) {
    const size = chunkSizes[i % chunkSizes.length]!;
    reader.push(text.slice(at, at + size));
    at += size;
  }
  reader.end();
  return rows;
}

describe('detectSeparator', () => {
  it('tells comma, semicolon and tab apart by what is outside quotes', () => {
    expect(detectSeparator('a,b,c')).toBe(',');
    expect(detectSeparator('a;b;"c,d,e"')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('single')).toBe(',');
  });
});

describe('CsvReader', () => {
  it('reads quoted fields with separators, line breaks and doubled quotes', () => {
    const text =
      '\ufeffid,notes,n\r\n1,"He said ""no"", then left",3\n2,"two\nlines",\n\n3,plain,4';
    expect(readAll(text)).toEqual([
      [1, ['id', 'notes', 'n']],
      [2, ['1', 'He said "no", then left', '3']],
      [3, ['2', 'two\nlines', '']],
      [5, ['3', 'plain', '4']],
    ]);
  });

  it('reads semicolon and tab tables', () => {
    expect(readAll('a;b\n"x;y";2\n', ';')).toEqual([
      [1, ['a', 'b']],
      [2, ['x;y', '2']],
    ]);
    expect(readAll('a\tb\nx\t2', '\t')).toEqual([
      [1, ['a', 'b']],
      [2, ['x', '2']],
    ]);
  });

  it('gives the same records whatever the chunks the text arrives in', () => {
    const random = seededRandom(7);
    const words = ['a', 'b c', 'd,e', 'f"g', 'h\ni', '', '"', 'j\r\nk'];
    const quote = (w: string) => (/[",\r\n]/.test(w) ? `"${w.replaceAll('"', '""')}"` : w);
    const rows = Array.from({ length: 200 }, () =>
      Array.from({ length: 4 }, () => words[Math.floor(random() * words.length)]!),
    );
    const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
    const whole = readAll(text).map(([, fields]) => fields);
    expect(whole).toEqual(rows.filter((r) => !(r.length === 1 && r[0] === '')));
    for (const sizes of [[1], [2, 3], [7], [64, 1, 5]]) {
      expect(readAll(text, ',', sizes).map(([, fields]) => fields)).toEqual(whole);
    }
  });

  it('keeps a trailing empty field and an unclosed quote at the end of the file', () => {
    expect(readAll('a,b,')).toEqual([[1, ['a', 'b', '']]]);
    expect(readAll('a,"open')).toEqual([[1, ['a', 'open']]]);
  });
});
