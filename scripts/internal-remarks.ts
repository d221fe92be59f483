import { datasetFileNames, datasetFiles, type Dataset } from '../src/data/dataset-files';
import type { DataProblem } from '../src/data/problems';

/**
 * Phrases that betray a remark about how the data was gathered ("the seed article says…",
 * "not re-checked", "was not retrieved") rather than about the subject. The dashboard shows
 * notes, descriptions, summaries and outcomes to its users, so they must not contain these
 * (DATA-SOURCES rule 10): a caveat about a source is worded as a statement about the record
 * ("no UN press release is cited", "coordinates from a photo geotag").
 */
export const internalRemarkPatterns: readonly { pattern: RegExp; says: string }[] = [
  { pattern: /\bseed (?:articles?|figures?)\b|\bseed articles'/i, says: 'a "seed" input' },
  { pattern: /\bre-?checked\b/i, says: 'a check that was or was not made' },
  {
    pattern: /\bthrough search\b|\bseen in search\b|\bsources (?:searched|collected)\b/i,
    says: 'how sources were searched',
  },
  {
    pattern: /\b(?:was|were|not|be) retrieved\b|\bretrieved excerpt\b|\bwhat was retrieved\b/i,
    says: 'what was retrieved',
  },
  {
    pattern: /\bseen only (?:as|in)\b|\b(?:copy|version) seen\b|\bblog copy\b/i,
    says: 'what was seen where',
  },
  { pattern: /\btaken earlier\b/i, says: 'when a value was taken' },
  { pattern: /\bcatalogued source\b|\bnot catalogued\b/i, says: 'the state of the catalogue' },
  {
    pattern:
      /\b(?:activeFrom|activeTo|validFrom|validTo|placeId|establishedBy|hostCountry|nameAr)\b|\bhave their own records\b/,
    says: 'the fields and records of the dataset',
  },
];

/**
 * Every text a user can see in the records of the dataset: every string field of every record
 * except the source catalogue of meta.json (its titles are the sources' own words). Ids, dates
 * and enum values are included too; none of them can contain the phrases above.
 */
function textsOf(value: unknown, path: string, out: { path: string; text: string }[]) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) textsOf(v, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** The records of a file with their ids; meta.json's own texts form one record, "meta". */
function recordsOf(name: keyof Dataset, dataset: Partial<Dataset>) {
  const data = dataset[name];
  if (!data) return [];
  if (name === 'meta') {
    return [
      { id: 'meta', record: { ...(data as Dataset['meta']), sources: undefined } as unknown },
    ];
  }
  const list = Object.values(data).find(Array.isArray) as { id: string }[] | undefined;
  return (list ?? []).map((record) => ({ id: record.id, record: record as unknown }));
}

/** Problems for every user-visible text that reads as an internal remark. */
export function findInternalRemarks(dataset: Partial<Dataset>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const name of datasetFileNames) {
    for (const { id, record } of recordsOf(name, dataset)) {
      for (const { path, text } of textsOf(record, '', [])) {
        for (const { pattern, says } of internalRemarkPatterns) {
          const match = pattern.exec(text);
          if (match) {
            problems.push({
              file: datasetFiles[name].file,
              record: id,
              field: path,
              message: `reads as an internal remark about ${says} ("${match[0]}"); say what the record is or cites instead`,
            });
            break;
          }
        }
      }
    }
  }
  return problems;
}

/**
 * A note in a source's title about how the title was read ("(headline as given in the URL)",
 * "[headline not shown]"): the title is the source's own words, and how it was read is the
 * field `titleFrom`, which the dashboard says in the reader's language.
 */
const titleNote = /\bas given in the URL\b|\[headline not shown\]/i;

/** Problems for every source title that carries a note of ours. */
export function findTitleNotes(dataset: Partial<Dataset>): DataProblem[] {
  return (dataset.meta?.sources ?? []).flatMap((source) => {
    const match = titleNote.exec(source.title);
    return match
      ? [
          {
            file: datasetFiles.meta.file,
            record: source.id,
            field: 'title',
            message: `carries a note on how it was read ("${match[0]}"); keep the source's own words and say it with titleFrom`,
          },
        ]
      : [];
  });
}
