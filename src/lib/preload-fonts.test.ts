import { describe, expect, it, vi } from 'vitest';
import { PRELOADED_FONTS, preloadFonts } from './preload-fonts';

describe('preloadFonts', () => {
  it('asks for every script the dataset writes in, and shrugs off a failed fetch', async () => {
    const load = vi.fn((font: string, text: string) =>
      font.includes('Arabic') ? Promise.reject(new Error(`offline: ${text}`)) : Promise.resolve([]),
    );
    expect(() => preloadFonts({ load } as unknown as FontFaceSet)).not.toThrow();
    expect(load.mock.calls).toEqual(
      PRELOADED_FONTS.map(({ family, sample }) => [`1em "${family}"`, sample]),
    );
    // The rejected load is caught: no unhandled rejection reaches the test runner.
    await Promise.resolve();
    const samples = load.mock.calls.map(([, text]) => text).join(' ');
    for (const letter of ['Ḥ', 'Б', 'ه']) expect(samples).toContain(letter);
  });

  it('does nothing where there is no font API', () => {
    expect(() => preloadFonts(undefined)).not.toThrow();
  });
});
