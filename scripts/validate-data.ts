/**
 * `npm run validate:data [dir]`: checks every dataset file against its schema and across files,
 * prints each problem as `file: record id: field: message`, and exits 1 if there is any; then
 * prints the coverage, and exits 1 if it falls below a floor (`coverageFloors`); then exits 1 if a
 * citation of a source audited record by record (scripts/source-audit.json) has no verdict
 * there, or a verdict outlives its citation. Last it warns,
 * without failing, of the sources cited by more than `OVER_CITED_THRESHOLD` records, so that
 * each can be checked to say what every record citing it says.
 * The directory defaults to public/data.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { floorsMissed, formatCoverage } from './dataset-coverage';
import { validateDatasetDirectory } from './dataset-directory';
import {
  auditGaps,
  OVER_CITED_THRESHOLD,
  overCitedSources,
  vetoEventsWithoutUnSource,
  type SourceAudit,
} from './source-citations';

const dir = resolve(process.argv[2] ?? 'public/data');
const { problems, coverage, dataset } = await validateDatasetDirectory(dir, (file) =>
  readFile(join(dir, file), 'utf8'),
);

for (const line of problems) console.log(line);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(`${dir}: valid`);
if (coverage) {
  for (const line of formatCoverage(coverage)) console.log(`  ${line}`);
  const missed = floorsMissed(coverage);
  for (const line of missed) console.log(`below the floor: ${line}`);
  if (missed.length > 0) process.exit(1);
}
if (dataset) {
  const audit = JSON.parse(
    await readFile(new URL('./source-audit.json', import.meta.url), 'utf8'),
  ) as SourceAudit;
  const gaps = auditGaps(dataset, audit);
  console.log(
    `  citations of widely cited sources checked against their text: ${audit.citations.length} (${audit.audited.length} sources, scripts/source-audit.json)`,
  );
  for (const line of gaps) console.log(`source audit: ${line}`);
  if (gaps.length > 0) process.exit(1);
  // Sources already read against every record citing them are not listed again.
  const warnings = overCitedSources(dataset, OVER_CITED_THRESHOLD, new Set(audit.audited));
  if (warnings.length > 0) {
    console.log(
      `\nwarning: ${warnings.length} source${warnings.length === 1 ? ' is' : 's are'} cited by more than ${OVER_CITED_THRESHOLD} records and not yet audited; check that each says what every one of them says:`,
    );
    for (const line of warnings) console.log(`  ${line}`);
  }
  const vetoes = vetoEventsWithoutUnSource(dataset);
  if (vetoes.length > 0) {
    console.log(
      `\nwarning: vetoes cited only by news, without the UN's record: ${vetoes.join(', ')}`,
    );
  }
}
