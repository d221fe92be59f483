import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaDocuments } from './json-schema';

describe('public/data/schema', () => {
  it.each(jsonSchemaDocuments())(
    '$fileName is up to date with the zod schema (run npm run schema:data)',
    ({ fileName, text }) => {
      expect(readFileSync(join('public', 'data', 'schema', fileName), 'utf8')).toBe(text);
    },
  );

  it('describes the record fields other tools need', () => {
    const meetings = JSON.parse(
      jsonSchemaDocuments().find((d) => d.fileName === 'meetings.schema.json')!.text,
    );
    const item = meetings.properties.meetings.items;
    expect(item.required).toEqual(
      expect.arrayContaining(['id', 'track', 'start', 'end', 'placeId', 'status', 'sources']),
    );
    expect(item.properties.status.enum).toEqual(['held', 'postponed', 'cancelled', 'scheduled']);
    expect(item.additionalProperties).toBe(false);
  });
});
