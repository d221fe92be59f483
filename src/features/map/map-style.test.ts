import { describe, expect, it } from 'vitest';
import { eventCategories } from '@/data/schemas/events';
import { categoricalPalette } from '@/lib/palette';
import { categoryColor } from './map-style';

describe('event category colours', () => {
  it('are the palette in the schema order, each category its own', () => {
    expect(eventCategories.map(categoryColor)).toEqual(
      categoricalPalette.slice(0, eventCategories.length),
    );
  });
});
