import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventCategories } from '@/data/schemas/events';
import { categoryColor } from './map-style';

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
