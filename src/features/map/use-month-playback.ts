import { useEffect, useMemo, useState } from 'react';
import type { DateRange } from '@/lib/dates';
import { monthSteps } from './map-data';

/** The speeds one can play the range at, in milliseconds per month (named by the controls). */
export const PLAYBACK_SPEEDS = [500, 1000, 2000] as const;

export interface MonthPlayback {
  /** The months of the range, each clipped to it. */
  steps: readonly DateRange[];
  /** The month shown, or null when the whole range is. */
  step: number | null;
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
  const steps = useMemo(() => monthSteps(range), [range]);
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
        return next >= steps.length
          ? { ...now, step: steps.length - 1, playing: false }
          : { ...now, step: next };
      });
    }, speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, steps.length, range]);
  return {
    steps,
    step,
    playing,
    speed,
    setSpeed,
    toggle: () => setPlayed({ ...current, playing: !playing }),
    stop: () => setPlayed({ ...current, playing: false, step: null }),
    window: step !== null && steps[step] ? steps[step] : range,
  };
}
