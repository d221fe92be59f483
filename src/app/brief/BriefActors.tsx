import type { Dataset } from '@/data/dataset-files';
import { alignmentLabels } from '@/data/labels';
import { rankActorsByActivity } from '@/data/selectors';
import { alignmentsInRange, standingInRange } from '@/features/actors/actor-periods';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatNumber } from '@/lib/format';

/** How many actors the brief lists: the most active in the range. */
const BRIEF_ACTORS = 10;

/** The most active actors of the range, with the alignment in force then. */
export function BriefActors({
  data,
  range,
}: {
  data: Pick<Dataset, 'actors' | 'meetings' | 'events'>;
  range: DateRange;
}) {
  const active = rankActorsByActivity(
    data.actors.actors,
    data.meetings.meetings,
    data.events.events,
    range,
  ).filter((a) => a.meetings + a.events > 0);
  if (active.length === 0) return <p className="brief__none">{t('brief.actors.none')}</p>;
  return (
    <table className="brief__actors">
      <caption>
        {t('brief.actors.caption', {
          shown: Math.min(BRIEF_ACTORS, active.length),
          count: active.length,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('brief.actors.actor')}</th>
          <th scope="col">{t('brief.actors.alignment')}</th>
          <th scope="col" className="numeric">
            {t('brief.actors.rounds')}
          </th>
          <th scope="col" className="numeric">
            {t('brief.actors.events')}
          </th>
        </tr>
      </thead>
      <tbody>
        {active.slice(0, BRIEF_ACTORS).map(({ actor, meetings, events }) => (
          <tr key={actor.id}>
            <th scope="row">{nameOf(actor)}</th>
            <td>
              {alignmentsInRange(standingInRange(actor, range))
                .map((a) => alignmentLabels[a])
                .join(t('brief.actors.then'))}
            </td>
            <td className="numeric">{formatNumber(meetings)}</td>
            <td className="numeric">{formatNumber(events)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
