import { useEffect, useMemo, useState } from 'react';
import type { DateRange } from '@/lib/dates';
import { monthCount, monthStep } from './map-data';

/** The speeds one can play the range at, in milliseconds per month (named by the controls). */
export const PLAYBACK_SPEEDS = [500, 1000, 2000] as const;

export interface MonthPlayback {
  /** How many calendar months the range touches. */
  months: number;
  /** The month shown (its index), or null when the whole range is. */
  step: number | null;
  /** The month shown, clipped to the range, or null when the whole range is. */
  month: DateRange | null;
  playing: boolean;
  speed: number;
  setSpeed: (ms: number) => void;
  /** Play, pause or resume. */
  toggle: () => void;
  /** Back to the whole range. */
  stop: () => void;
  /** What the map shows: the month played, or the whole range. */
  window: DateRange;
}

/**
 * Steps through the range month by month, with no UI of its own. Playback belongs to the range
 * it was started in: a new range stops it. (Derived, not reset in an effect: setting state
 * on a range change rendered the map twice per change.)
 */
export function useMonthPlayback(range: DateRange): MonthPlayback {
  // Counted, not listed: a range change should not build a list of months nobody plays.
  const months = monthCount(range);
  const [played, setPlayed] = useState<{
    range: DateRange;
    step: number | null;
    playing: boolean;
  }>({ range, step: null, playing: false });
  const current = played.range === range ? played : { range, step: null, playing: false };
  const { step, playing } = current;
  const [speed, setSpeed] = useState(1000);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setPlayed((now) => {
        if (now.range !== range) return now;
        const next = (now.step ?? -1) + 1;
        return next >= months
          ? { ...now, step: months - 1, playing: false }
          : { ...now, step: next };
      });
    }, speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, months, range]);
  // One object while the month is the same: the map holds what it drew by identity, and a
  // month built anew at each render asked for a background render after every one, endlessly.
  const month = useMemo(
    () => (step !== null ? (monthStep(range, step) ?? null) : null),
    [range, step],
  );
  return {
    months,
    step,
    month,
    playing,
    speed,
    setSpeed,
    toggle: () => setPlayed({ ...current, playing: !playing }),
    stop: () => setPlayed({ ...current, playing: false, step: null }),
    window: month ?? range,
  };
}
