import { describe, expect, it } from 'vitest';
import { categoricalColor, categoricalPalette } from './palette';

describe('categoricalColor', () => {
  it('walks the Okabe–Ito palette in order and wraps around', () => {
    expect(categoricalColor(0)).toBe('#0072B2');
    expect(categoricalColor(categoricalPalette.length)).toBe('#0072B2');
    expect(categoricalColor(-1)).toBe(categoricalPalette[categoricalPalette.length - 1]);
  });
  it('has no repeated colour', () => {
    expect(new Set(categoricalPalette).size).toBe(categoricalPalette.length);
  });
});
