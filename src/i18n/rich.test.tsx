import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withSlots } from './rich';

describe('a message with elements in its places', () => {
  it('puts each element where its placeholder is, in the order of the language', () => {
    const file = <bdi translate="no">events.csv</bdi>;
    expect(renderToStaticMarkup(<p>{withSlots('From {file}, 3 names.', { file })}</p>)).toBe(
      '<p>From <bdi translate="no">events.csv</bdi>, 3 names.</p>',
    );
    expect(renderToStaticMarkup(<p>{withSlots('من {file}، ٣ أسماء.', { file })}</p>)).toBe(
      '<p>من <bdi translate="no">events.csv</bdi>، ٣ أسماء.</p>',
    );
  });

  it('leaves a placeholder it has no element for as it is', () => {
    expect(renderToStaticMarkup(<p>{withSlots('{a} and {b}', { a: 'A' })}</p>)).toBe(
      '<p>A and {b}</p>',
    );
  });
});
