import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useKeyed } from './use-keyed';

describe('useKeyed', () => {
  it('keeps the first value while the key stays the same, and takes the new one when it changes', () => {
    const first = ['a', 'b'];
    const { result, rerender } = renderHook(({ value }) => useKeyed(value, value.join()), {
      initialProps: { value: first },
    });
    expect(result.current).toBe(first);
    rerender({ value: ['a', 'b'] });
    expect(result.current).toBe(first);
    const changed = ['a', 'c'];
    rerender({ value: changed });
    expect(result.current).toBe(changed);
  });
});
