import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventCategories } from '@/data/schemas/events';
import { categoryColor, GOVERNORATE_FILLS } from '@/features/map/map-style';
import { colours, coloursCss, GOVERNORATE_CLASSES, light, type ThemedColour } from './colours';

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Where colours may be written: this module and the palette it names. */
const COLOUR_HOMES = ['styles/colours.ts', 'lib/palette.ts'];
const HEX = /#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b/g;

describe('one source of colours', () => {
  it('no colour literal is written anywhere in src/ but colours.ts and the palette', () => {
    const found = sourceFiles(SRC)
      .filter((path) => !COLOUR_HOMES.includes(relative(SRC, path).replaceAll('\\', '/')))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            [...line.matchAll(HEX)].map((m) => `${relative(SRC, path)}:${i + 1} ${m[0]}`),
          ),
      );
    expect(found).toEqual([]);
  });

  it('every custom property the stylesheets and the code refer to is defined', () => {
    const files = sourceFiles(SRC).map((path) => readFileSync(path, 'utf8'));
    // Defined in a stylesheet (`--name: …`), or set from code (`'--name'`).
    const defined = new Set(
      [coloursCss(eventCategories), ...files].flatMap((text) =>
        [...text.matchAll(/(--[a-z0-9-]+)\s*:|['"](--[a-z0-9-]+)['"]/g)].map((m) => m[1] ?? m[2]!),
      ),
    );
    // Names built from a template (`var(--category-${…})`) end in '-': the generated sheet's.
    const used = new Set(
      files.flatMap((text) =>
        [...text.matchAll(/var\((--[a-z0-9-]*[a-z0-9])[,)]/g)].map((m) => m[1]!),
      ),
    );
    // Tokens the code names through cssVar('…') are checked by its type.
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});

describe('the generated stylesheet', () => {
  const css = coloursCss(eventCategories);
  it('declares each token, with its light and dark value where the themes differ', () => {
    for (const [token, value] of Object.entries(colours) as [string, ThemedColour][]) {
      const expected =
        typeof value === 'string' ? value : `light-dark(${value.light}, ${value.dark})`;
      expect(css, token).toContain(`--${token}: ${expected};`);
    }
  });
  it('gives each event category the colour the legend and the export use', () => {
    for (const category of eventCategories) {
      expect(css).toContain(`--category-${category}: ${categoryColor(category)};`);
      expect(css).toContain(
        `.map-event--${category} { --event-colour: var(--category-${category}); }`,
      );
    }
  });
  it('gives each governorate class the fill the map and the export use', () => {
    expect(GOVERNORATE_FILLS).toHaveLength(GOVERNORATE_CLASSES);
    expect(css).toContain('.map-gov-swatch--c0 { background: transparent; }');
    for (let i = 1; i < GOVERNORATE_CLASSES; i++) {
      expect(css).toContain(`.map-gov-swatch--c${i} { background: var(--governorate-${i}); }`);
      expect(light(`governorate-${i}` as keyof typeof colours)).toBe(GOVERNORATE_FILLS[i]);
    }
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('text is readable in both themes', () => {
  const pairs: [keyof typeof colours, keyof typeof colours][] = [
    ['color-text', 'color-surface'],
    ['color-text', 'color-bg'],
    ['color-text-muted', 'color-surface'],
    ['color-text-muted', 'color-surface-muted'],
    ['color-header-text', 'color-header'],
    ['color-header-muted', 'color-header'],
    ['color-accent-contrast', 'color-accent'],
    ['tone-neutral-fg', 'tone-neutral-bg'],
    ['tone-positive-fg', 'tone-positive-bg'],
    ['tone-warning-fg', 'tone-warning-bg'],
    ['tone-negative-fg', 'tone-negative-bg'],
    ['tone-info-fg', 'tone-info-bg'],
    ['map-mark-text', 'map-mark'],
  ];
  for (const theme of ['light', 'dark'] as const)
    it(`at 4.5:1 or more, ${theme}`, () => {
      const value = (token: keyof typeof colours) => {
        const v: ThemedColour = colours[token];
        return typeof v === 'string' ? v : v[theme];
      };
      for (const [text, ground] of pairs)
        expect(contrast(value(text), value(ground)), `${text} on ${ground}`).toBeGreaterThanOrEqual(
          4.5,
        );
    });
});
