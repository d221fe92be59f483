import { categoricalColor, categoricalPalette } from '../lib/palette';

// Every colour of the app, in one place. The stylesheet gets them as custom properties from the
// generated sheet `virtual:colours.css` (see coloursCss and vite.config.ts), so CSS refers to
// them by name and never spells a colour; code that draws for an export (which has no
// stylesheet) reads the light theme's value with `light()`. A test forbids colour literals
// anywhere else in src/.
//
// Imported by vite.config.ts: relative imports only, no `@/`.

/** A colour for both themes, or one for the light theme and one for the dark. */
export type ThemedColour = string | { readonly light: string; readonly dark: string };

const themed = (light: string, dark: string) => ({ light, dark }) as const;

/** The Okabe–Ito colours by name (palette.ts holds their order for categories). */
export const okabeIto = {
  blue: categoricalPalette[0],
  orange: categoricalPalette[1],
  green: categoricalPalette[2],
  purple: categoricalPalette[3],
  sky: categoricalPalette[4],
  vermillion: categoricalPalette[5],
  yellow: categoricalPalette[6],
} as const;

/**
 * The colour tokens, each a CSS custom property of the same name (`--color-bg`). The dark values
 * are the dark surfaces and their text; the map's sit the basemap in the page instead of
 * glaring out of it, and turn the marks that are navy or brown on light land light on dark land.
 */
export const colours = {
  'color-bg': themed('#f4f5f7', '#0f1419'),
  'color-surface': themed('#ffffff', '#171e26'),
  'color-surface-muted': themed('#f0f2f5', '#1e2731'),
  'color-border': themed('#d9dde3', '#2c3843'),
  'color-border-strong': themed('#b5bcc6', '#43525f'),
  'color-text': themed('#17202a', '#e6eaef'),
  'color-text-muted': themed('#4f5b69', '#a4b0bd'),
  'color-axis': themed('#666666', '#7d8995'),
  'color-accent': themed('#0b5394', '#7fb8e6'),
  'color-accent-contrast': themed('#ffffff', '#0d1b26'),
  'color-focus': themed(okabeIto.blue, okabeIto.sky),
  'color-header': themed('#0d2538', '#0a1016'),
  'color-header-text': themed('#f2f5f8', '#e6eaef'),
  'color-header-muted': themed('#b9c6d2', '#98a6b4'),
  /** Controls in the header, which is dark in both themes. */
  'header-control': '#16344c',
  'header-control-border': '#50667a',
  'header-control-invalid': '#f5ad8c',
  'tone-neutral-bg': themed('#e8ebef', '#26313c'),
  'tone-neutral-fg': themed('#323d49', '#d3dae2'),
  'tone-positive-bg': themed('#dcefe7', '#143a2d'),
  'tone-positive-fg': themed('#0b5a40', '#8fdcbc'),
  'tone-warning-bg': themed('#fbecd3', '#3d2c0c'),
  'tone-warning-fg': themed('#7a4a00', '#f2c879'),
  'tone-negative-bg': themed('#f9ddd3', '#44200f'),
  'tone-negative-fg': themed('#8a2d05', '#f5ad8c'),
  'tone-info-bg': themed('#dcebf7', '#13324b'),
  'tone-info-fg': themed('#0a4a7d', '#9fcdf2'),
  /** Marks that stand for "other" or for no camp: a neutral grey. */
  'neutral-mark': '#8c8c8c',
  /** The events of the chosen actor on the statistics charts. */
  'actor-event-mark': '#6b7785',
  'map-sea': themed('#c9dcea', '#0d1b26'),
  'map-land': themed('#e9e4d8', '#1e2731'),
  'map-land-syria': themed('#f7f3ea', '#2c3843'),
  'map-border': themed('#9b9484', '#5d6d7b'),
  'map-country-label': themed('#6b6356', '#98a6b4'),
  'map-place': themed('#3d3a33', '#e6eaef'),
  'map-halo': themed('#ffffff', '#0f1419'),
  'map-mark': themed('#0b3954', '#9fcdf2'),
  'map-mark-text': themed('#ffffff', '#0d1b26'),
  /** The white edge around markers and chart dots, in both themes. */
  'mark-edge': '#ffffff',
  /** Markers of the chosen actor's events. */
  'map-highlight': okabeIto.vermillion,
  'map-base': themed('#5b4636', '#e0c3a3'),
  'map-base-russia': themed('#b2182b', '#f28b82'),
  'map-base-united-states': themed('#2166ac', '#8ab4f8'),
  'map-base-turkey': themed('#b35806', '#fdb863'),
  /** Border crossings: vermillion, the palette's colour after the event categories'. */
  'map-crossing': okabeIto.vermillion,
  'map-zone': okabeIto.purple,
  /** Popups are white in both themes (Leaflet's). */
  'map-popup-muted': '#4f5b69',
  /**
   * The governorate view's classes, light to dark (ColorBrewer YlOrBr); class 0, no events, is
   * left unfilled. Drawn at 80% opacity, readable on the light and the dark basemap.
   */
  'governorate-1': '#fed98e',
  'governorate-2': '#fe9929',
  'governorate-3': '#d95f0e',
  'governorate-4': '#993404',
  'governorate-line': '#5b4636',
  /**
   * The analyst's own events, by kind (most frequent first; the rest "other"): Paul Tol's muted
   * scheme, apart from the Okabe–Ito colours of the curated categories, and drawn as rings, not
   * discs, so that the two layers are never taken for one.
   */
  'own-1': themed('#882255', '#e07fb0'),
  'own-2': '#117733',
  'own-3': themed('#332288', '#9d8fe8'),
  'own-4': '#999933',
  'own-5': '#44aa99',
  'own-6': '#cc6677',
  'own-other': themed('#6b7785', '#a4b0bd'),
} as const satisfies Record<string, ThemedColour>;

export type ColourToken = keyof typeof colours;

/** A token's value in the light theme: what an exported image is drawn with. */
export function light(token: ColourToken): string {
  const value: ThemedColour = colours[token];
  return typeof value === 'string' ? value : value.light;
}

/** A token as CSS refers to it. */
export function cssVar(token: ColourToken): string {
  return `var(--${token})`;
}

/** The kinds of the analyst's own events with a colour of their own; the rest are "other". */
export const OWN_TYPE_COLOURS = 6;

/** The colour token of the analyst's events of the kind at this place in the layer's list. */
export function ownTypeToken(index: number): ColourToken {
  return index >= 0 && index < OWN_TYPE_COLOURS ? (`own-${index + 1}` as ColourToken) : 'own-other';
}

/** The number of classes of the governorate view, class 0 (no events) included. */
export const GOVERNORATE_CLASSES = 5;

/**
 * The generated stylesheet: every token as a custom property (light-dark() where the themes
 * differ), a token per event category (the palette in the order given: the schema's), the
 * light-only scope `.light-paper`, and the classes that give a category or a governorate class
 * its colour.
 */
export function coloursCss(eventCategories: readonly string[]): string {
  const declarations = Object.entries(colours).map(([token, value]: [string, ThemedColour]) =>
    typeof value === 'string'
      ? `  --${token}: ${value};`
      : `  --${token}: light-dark(${value.light}, ${value.dark});`,
  );
  const categories = eventCategories.map(
    (category, i) => `  --category-${category}: ${categoricalColor(i)};`,
  );
  const rules = [
    ...eventCategories.map(
      (category) => `.map-event--${category} { --event-colour: var(--category-${category}); }`,
    ),
    ...Array.from(
      { length: OWN_TYPE_COLOURS + 1 },
      (_, i) =>
        `.own-t${i} { --own-colour: var(--${ownTypeToken(i < OWN_TYPE_COLOURS ? i : -1)}); }`,
    ),
    ...Array.from({ length: GOVERNORATE_CLASSES }, (_, i) =>
      i === 0
        ? `.map-gov-swatch--c0 { background: transparent; }`
        : `.map-gov-swatch--c${i} { background: var(--governorate-${i}); }`,
    ),
  ];
  // Paper is light whatever the theme: `.light-paper` (the printed brief) takes every token's
  // light value (light-dark() in a custom property is resolved by the page's scheme).
  const lightPaper = Object.entries(colours).flatMap(([token, value]: [string, ThemedColour]) =>
    typeof value === 'string' ? [] : [`  --${token}: ${value.light};`],
  );
  return `:root {\n${[...declarations, ...categories].join('\n')}\n}\n.light-paper {\n  color-scheme: light;\n${lightPaper.join('\n')}\n}\n${rules.join('\n')}\n`;
}
