import { describe, expect, it, vi } from 'vitest';
import { memoOnInputs } from './memo';

describe('memoOnInputs', () => {
  it('computes once per argument list, comparing every argument by identity', () => {
    const fn = vi.fn((list: readonly number[], by: number, label: string) =>
      list.map((n) => `${label}${n * by}`),
    );
    const memo = memoOnInputs(fn);
    const a = [1, 2];
    const first = memo(a, 2, 'x');
    expect(first).toEqual(['x2', 'x4']);
    expect(memo(a, 2, 'x')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    // Any argument that differs is another entry: a result is keyed by all it depends on.
    expect(memo(a, 3, 'x')).toEqual(['x3', 'x6']);
    expect(memo(a, 2, 'y')).toEqual(['y2', 'y4']);
    expect(memo([1, 2], 2, 'x')).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(4);
    expect(memo(a, 2, 'x')).toBe(first);
  });

  it('remembers undefined and null results too', () => {
    const fn = vi.fn((_: object) => undefined);
    const memo = memoOnInputs(fn);
    const key = {};
    memo(key);
    memo(key);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps results of different shapes of call apart', () => {
    const memo = memoOnInputs((_: object, extra?: string) => `${extra ?? 'none'}`);
    const key = {};
    expect(memo(key)).toBe('none');
    expect(memo(key, 'a')).toBe('a');
    expect(memo(key)).toBe('none');
  });
});
