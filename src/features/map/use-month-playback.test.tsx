import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMonthPlayback } from './use-month-playback';

const range = { from: '2018-09-17', to: '2019-01-10' };

describe('useMonthPlayback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands the map one window object per month shown, whatever else renders', () => {
    const { result, rerender } = renderHook(({ r }) => useMonthPlayback(r), {
      initialProps: { r: range },
    });
    expect(result.current.window).toBe(range);
    act(() => result.current.toggle());
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    act(() => result.current.toggle());
    const paused = result.current;
    expect(paused.step).toBe(0);
    expect(paused.window).toEqual({ from: '2018-09-17', to: '2018-09-30' });
    // Rendered again on the same month (the map's own background render, a new speed): the
    // same object, so what the map holds by identity stays drawn.
    rerender({ r: range });
    expect(result.current.window).toBe(paused.window);
    act(() => result.current.setSpeed(500));
    expect(result.current.month).toBe(paused.month);

    act(() => result.current.toggle());
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(result.current.step).toBe(1);
    expect(result.current.window).toEqual({ from: '2018-10-01', to: '2018-10-31' });
  });
});
