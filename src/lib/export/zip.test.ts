import { describe, expect, it } from 'vitest';
import { readZip } from '@/test/read-zip';
import { crc32, zipStore } from './zip';

const text = (s: string) => new TextEncoder().encode(s);

describe('zip', () => {
  it('computes CRC-32 as ZIP does', () => {
    expect(crc32(text('hello'))).toBe(0x3610a686);
    expect(crc32(text(''))).toBe(0);
    expect(crc32(text('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
  it('stores files that read back whole, in order, with their names in UTF-8', () => {
    const png = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const zip = zipStore([
      { name: 'README.txt', data: text('Range: 1 Sept 2018 – 31 Dec 2018') },
      { name: 'charts/deaths.png', data: png },
      { name: 'حلب.csv', data: text('a,b\r\n1,2\r\n') },
    ]);
    const files = readZip(zip);
    expect(files.map((f) => f.name)).toEqual(['README.txt', 'charts/deaths.png', 'حلب.csv']);
    expect(new TextDecoder().decode(files[0]!.data)).toBe('Range: 1 Sept 2018 – 31 Dec 2018');
    expect(files[1]!.data).toEqual(png);
    for (const file of files) expect(file.crc).toBe(crc32(file.data));
  });
  it('refuses two files of the same name', () => {
    expect(() =>
      zipStore([
        { name: 'a.csv', data: text('1') },
        { name: 'a.csv', data: text('2') },
      ]),
    ).toThrow(/two files named a.csv/);
  });
});
