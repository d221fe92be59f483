import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventCategories } from '@/data/schemas/events';
import {
  BASE,
  BORDER,
  categoryColor,
  CROSSING,
  LAND,
  LAND_SYRIA,
  PLACE_DOT,
  SEA,
  VENUE,
  ZONE,
} from './map-style';

describe('event category colours', () => {
  it('are the same in the stylesheet (map markers) and in code (legend, export)', () => {
    const css = readFileSync(join(process.cwd(), 'src', 'styles', 'app.css'), 'utf8');
    for (const category of eventCategories) {
      const rule = new RegExp(
        `\\.map-event--${category} span \\{\\s*background: (#[0-9A-Fa-f]{6});`,
      ).exec(css);
      expect(rule?.[1]?.toUpperCase(), category).toBe(categoryColor(category).toUpperCase());
    }
  });
});

describe('map colours', () => {
  it('are, in the light theme of the stylesheet, the colours the exported image is drawn with', () => {
    const tokens = readFileSync(join(process.cwd(), 'src', 'styles', 'tokens.css'), 'utf8');
    const light = (token: string) =>
      new RegExp(`--${token}: (?:light-dark\\()?(#[0-9A-Fa-f]{6})`)
        .exec(tokens)?.[1]
        ?.toUpperCase();
    const expected: Record<string, string> = {
      'map-sea': SEA,
      'map-land': LAND,
      'map-land-syria': LAND_SYRIA,
      'map-border': BORDER,
      'map-place': PLACE_DOT,
      'map-mark': VENUE,
      'map-base': BASE,
      'map-crossing': CROSSING,
      'map-zone': ZONE,
    };
    for (const [token, colour] of Object.entries(expected))
      expect(light(token), token).toBe(colour.toUpperCase());
  });
});
