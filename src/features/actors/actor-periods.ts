import type { Actor, ActorPeriod, Alignment } from '@/data/schemas/actors';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';

/** An actor's part in the war as the selected range sees it. */
export interface StandingInRange {
  /** The period in force at the range's end (or the nearest one, when none overlaps the range). */
  current: ActorPeriod;
  /** The periods that overlap the range, oldest first: more than one when it changed in the range. */
  inRange: readonly ActorPeriod[];
}

const periodOverlaps = (period: ActorPeriod, range: DateRange) =>
  spanOverlapsRange(period.from ?? '0000-01-01', period.to ?? '9999-12-31', range);

/**
 * The periods of the actor that overlap the range and the one in force at its end. When none
 * overlaps (the range lies before the actor's first period or in a gap), the one shown is the
 * last that began by the range's end, or the first.
 */
export function standingInRange(actor: Actor, range: DateRange): StandingInRange {
  const inRange = actor.periods.filter((period) => periodOverlaps(period, range));
  const begun = actor.periods.filter((period) => (period.from ?? '') <= range.to);
  const current = inRange.at(-1) ?? begun.at(-1) ?? (actor.periods[0] as ActorPeriod);
  return { current, inRange };
}

/** The alignments the actor held in the range, oldest first, each once: ["jihadist", "transitional-authorities"]. */
export function alignmentsInRange(standing: StandingInRange): Alignment[] {
  const seen: Alignment[] = [];
  for (const period of standing.inRange)
    if (seen.at(-1) !== period.alignment) seen.push(period.alignment);
  return seen.length > 0 ? seen : [standing.current.alignment];
}

/** The alignment in force at the range's end, from what `alignmentsInRange` gave (never empty). */
export function latestAlignment(held: readonly Alignment[] | undefined): Alignment {
  return held?.at(-1) ?? 'other';
}
