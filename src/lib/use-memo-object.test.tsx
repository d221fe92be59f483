import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMemoObject } from './use-memo-object';

describe('useMemoObject', () => {
  it('keeps the object while its values are the same ones, and gives the new one when any changes', () => {
    const list = [1, 2];
    const { result, rerender } = renderHook(({ a, b }) => useMemoObject({ a, b }), {
      initialProps: { a: list, b: 'x' },
    });
    const first = result.current;
    rerender({ a: list, b: 'x' });
    expect(result.current).toBe(first);
    // An equal list that is another object counts as a change, as in useMemo.
    rerender({ a: [1, 2], b: 'x' });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual({ a: [1, 2], b: 'x' });
    const second = result.current;
    rerender({ a: result.current.a, b: 'y' });
    expect(result.current).not.toBe(second);
    expect(result.current.b).toBe('y');
  });
});
