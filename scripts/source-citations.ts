import { datasetFileNames, datasetFiles, type Dataset } from '../src/data/dataset-files';
import type { Source } from '../src/data/schemas/meta';
import { indexById } from '../src/data/selectors';

/** A source cited by more records than this is listed by `npm run validate:data` for review. */
export const OVER_CITED_THRESHOLD = 5;

/** Where a source id is cited: the file, the record's id, and the field path inside it. */
export type Citation = { file: string; record: string; path: string };

function collect(
  value: unknown,
  path: string,
  file: string,
  record: string,
  out: Map<string, Citation[]>,
) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${path}[${i}]`, file, record, out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === 'sources' && Array.isArray(v) && v.every((id) => typeof id === 'string')) {
        for (const id of v as string[]) {
          const list = out.get(id) ?? [];
          list.push({ file, record, path: at });
          out.set(id, list);
        }
      } else collect(v, at, file, record, out);
    }
  }
}

/**
 * Every citation of every source id in the records of the dataset (meta.json's catalogue
 * itself excluded): a record counts once per place it cites the id (an actor citing a source
 * for itself and for one of its periods cites it twice).
 */
export function citationsBySource(dataset: Partial<Dataset>): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  for (const name of datasetFileNames) {
    if (name === 'meta') continue;
    const data = dataset[name];
    if (!data) continue;
    const list = Object.values(data).find(Array.isArray) as { id: string }[] | undefined;
    for (const record of list ?? []) {
      collect(record, '', datasetFiles[name].file, record.id, out);
    }
  }
  return out;
}

/**
 * Warnings for the sources cited by more than `threshold` distinct records, most cited first:
 * one article rarely says what many records say, so each such source is worth a look (a
 * statistics series citing one data portal for many points may be legitimate).
 */
export function overCitedSources(
  dataset: Partial<Dataset>,
  threshold = OVER_CITED_THRESHOLD,
  /** Sources already checked record by record (scripts/source-audit.json), not listed. */
  audited: ReadonlySet<string> = new Set(),
): string[] {
  const rows: { id: string; records: string[] }[] = [];
  for (const [id, citations] of citationsBySource(dataset)) {
    if (audited.has(id)) continue;
    const records = [...new Set(citations.map((c) => `${c.file}: ${c.record}`))];
    if (records.length > threshold) rows.push({ id, records });
  }
  rows.sort((a, b) => b.records.length - a.records.length || a.id.localeCompare(b.id));
  return rows.map(
    ({ id, records }) =>
      `source ${id} is cited by ${records.length} records: ${records.join(', ')}`,
  );
}

/**
 * Whether a source is the United Nations' own record of a Security Council decision or meeting,
 * published by the UN:
 * - a Security Council press release (SC/nnnnn) on press.un.org or its earlier un.org addresses;
 * - a Council document, a resolution (S/RES/nnnn) or a verbatim record (S/PV.nnnn), on
 *   documents.un.org, undocs.org or the UN Digital Library;
 * - the UN Audiovisual Library's or UN Web TV's entry for a numbered Council meeting;
 * - a briefing to the Council as published by the UN Department of Political and Peacebuilding
 *   Affairs, or a UN mission's own page on a Council decision.
 * A Secretary-General's statement (SG/SM), UN News and any copy outside the UN are not.
 */
export function isUnSecurityCouncilSource(source: Pick<Source, 'url' | 'title'>): boolean {
  const url = source.url.toLowerCase();
  const host = /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? '';
  const decoded = (() => {
    try {
      return decodeURIComponent(url);
    } catch {
      return url;
    }
  })();
  const pressRelease =
    /^https?:\/\/(?:press\.un\.org|www\.un\.org\/(?:press|news\/press))\//.test(url) &&
    /\/sc\d+\.doc\.htm$/.test(url);
  const councilDocument =
    /^(?:documents\.un\.org|(?:www\.)?undocs\.org|digitallibrary\.un\.org)$/.test(host) &&
    (/s\/(?:res\/\d+|pv\.\d+)/.test(decoded) || /\bS\/(?:RES\/\d+|PV\.\d+)/.test(source.title));
  const meetingRecord =
    /^(?:www\.unmultimedia\.org|media\.un\.org|webtv\.un\.org)$/.test(host) &&
    /Security Council, \d+(?:st|nd|rd|th) meeting/i.test(source.title);
  const councilPage =
    (host === 'dppa.un.org' || host.endsWith('.unmissions.org')) &&
    /Security Council/i.test(source.title);
  return pressRelease || councilDocument || meetingRecord || councilPage;
}

/** Ids of the Security Council meetings (track `unsc`) that cite no UN source. */
export function unscMeetingsWithoutUnSource(dataset: Pick<Dataset, 'meetings' | 'meta'>): string[] {
  const sources = indexById(dataset.meta.sources);
  return dataset.meetings.meetings
    .filter((m) => m.track === 'unsc')
    .filter((m) =>
      m.sources.every((id) => {
        const source = sources.get(id);
        return !source || !isUnSecurityCouncilSource(source);
      }),
    )
    .map((m) => m.id);
}

/**
 * Ids of the events that record a Security Council veto (a title that speaks of a veto) and cite
 * no UN record of the vote: a news report of a veto is not the Council's record of it.
 */
export function vetoEventsWithoutUnSource(dataset: Pick<Dataset, 'events' | 'meta'>): string[] {
  const sources = indexById(dataset.meta.sources);
  return dataset.events.events
    .filter((e) => /\bveto/i.test(e.title))
    .filter((e) =>
      e.sources.every((id) => {
        const source = sources.get(id);
        return !source || !isUnSecurityCouncilSource(source);
      }),
    )
    .map((e) => e.id);
}

/** One citation checked against the source's text (scripts/source-audit.json). */
export interface AuditedCitation {
  source: string;
  /** `file: record id`, as `overCitedSources` names records. */
  record: string;
  /** `top`, or the period or presence entry that cites it (`period 1`, `presence 0`). */
  where: string;
  verdict: 'supports' | 'partly' | 'date-only';
}

export interface SourceAudit {
  /** The sources whose every citation was checked. */
  audited: string[];
  citations: AuditedCitation[];
}

/** `sources` → top; `periods[1].sources` → period 1; `presence[0].sources` → presence 0. */
function whereOf(path: string): string {
  if (path === 'sources') return 'top';
  const entry = /^(periods|presence)\[(\d+)\]\.sources$/.exec(path);
  if (!entry) return path;
  return `${entry[1] === 'periods' ? 'period' : 'presence'} ${entry[2]}`;
}

/**
 * What the audit of widely cited sources no longer covers: a citation of an audited source with
 * no verdict (added since, or moved to another period), and a verdict for a citation that is
 * gone (the audit would vouch for nothing). Either way, check the citation against the source.
 */
export function auditGaps(dataset: Partial<Dataset>, audit: SourceAudit): string[] {
  const audited = new Set(audit.audited);
  const key = (source: string, record: string, where: string) => `${source} | ${record} | ${where}`;
  const checked = new Set(audit.citations.map((c) => key(c.source, c.record, c.where)));
  const cited = new Set<string>();
  const gaps: string[] = [];
  for (const [source, citations] of citationsBySource(dataset)) {
    if (!audited.has(source)) continue;
    for (const c of citations) {
      const k = key(source, `${c.file}: ${c.record}`, whereOf(c.path));
      cited.add(k);
      if (!checked.has(k)) gaps.push(`not checked against the source: ${k}`);
    }
  }
  for (const c of audit.citations) {
    const k = key(c.source, c.record, c.where);
    if (!cited.has(k)) gaps.push(`checked but no longer cited: ${k}`);
  }
  return gaps;
}
