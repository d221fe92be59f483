import { describe, expect, it } from 'vitest';
import { legendSymbolShapes } from './legend-symbol';

describe('legend symbols', () => {
  it('a swatch is a rectangle filled in its colour inside its outline', () => {
    const [shape, ...rest] = legendSymbolShapes('swatch', '#fe9929', { outline: '#5b4636' });
    expect(rest).toEqual([]);
    expect(shape!.tag).toBe('rect');
    expect(shape!.attrs).toMatchObject({ fill: '#fe9929', stroke: '#5b4636' });
    expect(shape!.attrs['fill-opacity']).toBeUndefined();
  });

  it('a swatch for no figures is an empty outline', () => {
    const [shape] = legendSymbolShapes('swatch', 'none', { outline: '#5b4636' });
    expect(shape!.attrs).toMatchObject({ fill: 'none', stroke: '#5b4636' });
  });

  it('an area (a zone) stays a pale fill inside a line of its own colour', () => {
    const [shape] = legendSymbolShapes('area', '#CC79A7', { dash: '5 3' });
    expect(shape!.attrs).toMatchObject({
      fill: '#CC79A7',
      'fill-opacity': 0.15,
      stroke: '#CC79A7',
      'stroke-dasharray': '5 3',
    });
  });
});
