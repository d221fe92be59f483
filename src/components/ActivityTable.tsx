import type { ReactNode } from 'react';
import { ArabicName } from './ForeignName';

export interface ActivityRow {
  id: string;
  name: string;
  nameAr?: string;
  /** The detail line under the name. */
  detail: ReactNode;
  meetings: number;
  events: number;
}

/** A table of named things (actors, places) with how many meetings and events each had. */
export function ActivityTable({
  caption,
  nameHeading,
  rows,
}: {
  caption: string;
  nameHeading: string;
  rows: readonly ActivityRow[];
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeading}</th>
          <th scope="col" className="numeric">
            Meetings
          </th>
          <th scope="col" className="numeric">
            Events
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <span className="cell-title">{row.name}</span> <ArabicName>{row.nameAr}</ArabicName>
              <span className="cell-meta">{row.detail}</span>
            </th>
            <td className="numeric">{row.meetings}</td>
            <td className="numeric">{row.events}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
