import { expect, test, type Page } from '@playwright/test';
import { seededRandom } from '../src/lib/random';
import { mutate } from '../src/test/damage';
import { panel, readDataset } from './helpers';

/**
 * Every data file, broken in every way the issue lists and then at random, served to the real
 * app in Chromium: the panels that need the file show an error naming file, record and field
 * with a Reload button, the others render, and nothing throws.
 */

type Json = Record<string, unknown> & { [key: string]: unknown };
type Records = Json[];

const PANELS = {
  actors: { name: 'Actors', files: ['actors', 'meetings', 'events'] },
  tracker: { name: 'Peace process tracker', files: ['meetings', 'places', 'actors'] },
  statistics: { name: 'Casualties and displacement', files: ['statistics'] },
  map: { name: 'Map', files: ['places', 'events', 'meetings', 'actors'] },
} as const;

/** The files whose records cite each file's ids: damage to a file can surface in them. */
const CITED_BY: Record<string, string[]> = {
  meta: ['actors', 'places', 'meetings', 'events', 'statistics'],
  actors: ['meetings', 'events'],
  places: ['meetings', 'events'],
  meetings: ['places'],
  events: [],
  statistics: [],
};

interface Variant {
  name: string;
  status?: number;
  body: string;
  /** Text the error must contain: "file: record: field: …" or the whole-file message. */
  expected: string;
}

/** The record lists of each file and how to break one record of it. */
const FILES: Record<
  string,
  {
    list: (data: Json) => Records;
    /** A field whose value is turned into the wrong type. */
    typed: string;
    /** A required field that is removed. */
    required: string;
    /** Points one record at an id that does not exist; returns the field named in the error. */
    unknownId: (records: Records) => { record: Json; field: string };
    /** Makes one record end before it starts; returns the field named in the error. */
    reversed?: (records: Records) => { record: Json; field: string };
  }
> = {
  meta: {
    list: (d) => d.sources as Records,
    typed: 'date',
    required: 'publisher',
    // The catalogue cites nothing; its own ids must be unique.
    unknownId: (sources) => {
      sources.push({ ...sources[0]!, title: 'A second entry under the same id' });
      return { record: sources[0]!, field: 'id' };
    },
  },
  actors: {
    list: (d) => d.actors as Records,
    typed: 'name',
    required: 'kind',
    unknownId: (actors) => {
      const actor = actors.find((a) => (a.relations as Records).length > 0)!;
      (actor.relations as Records)[0]!.target = 'no-such-actor';
      return { record: actor, field: 'relations[0].target' };
    },
    reversed: (actors) => {
      Object.assign(actors[0]!, { activeFrom: '2020-01-01', activeTo: '2019-01-01' });
      return { record: actors[0]!, field: 'activeTo' };
    },
  },
  places: {
    list: (d) => d.places as Records,
    typed: 'lat',
    required: 'name',
    unknownId: (places) => {
      (places[0]!.sources as string[])[0] = 'no-such-source';
      return { record: places[0]!, field: 'sources[0]' };
    },
    reversed: (places) => {
      Object.assign(places[0]!, { validFrom: '2020-01-01', validTo: '2019-01-01' });
      return { record: places[0]!, field: 'validTo' };
    },
  },
  meetings: {
    list: (d) => d.meetings as Records,
    typed: 'start',
    required: 'title',
    unknownId: (meetings) => {
      (meetings[0]!.participants as string[])[0] = 'no-such-actor';
      return { record: meetings[0]!, field: 'participants[0]' };
    },
    reversed: (meetings) => {
      Object.assign(meetings[0]!, { start: '2020-01-02', end: '2020-01-01' });
      return { record: meetings[0]!, field: 'end' };
    },
  },
  events: {
    list: (d) => d.events as Records,
    typed: 'title',
    required: 'date',
    unknownId: (events) => {
      events[0]!.placeId = 'no-such-place';
      return { record: events[0]!, field: 'placeId' };
    },
    reversed: (events) => {
      Object.assign(events[0]!, { date: '2020-01-02', endDate: '2020-01-01' });
      return { record: events[0]!, field: 'endDate' };
    },
  },
  statistics: {
    list: (d) => d.series as Records,
    typed: 'unit',
    required: 'measure',
    unknownId: (series) => {
      (series[0]!.sources as string[])[0] = 'no-such-source';
      return { record: series[0]!, field: 'sources[0]' };
    },
    reversed: (series) => {
      const point = (series[0]!.points as Records)[0]!;
      point.start = '2099-01-01';
      return { record: series[0]!, field: 'points[0].date' };
    },
  },
};

/** 10 MB of printable junk: the app must refuse it without freezing. */
const JUNK = (() => {
  const random = seededRandom(7);
  const chars: string[] = [];
  for (let i = 0; i < 1024; i += 1) chars.push(String.fromCharCode(33 + Math.floor(random() * 90)));
  return chars.join('').repeat(10 * 1024);
})();

function variantsOf(file: string): Variant[] {
  const json = `${file}.json`;
  const text = JSON.stringify(readDataset(json));
  const spec = FILES[file]!;
  const edit = (change: (records: Records) => { record: Json; field: string }) => {
    const data = readDataset<Json>(json);
    const { record, field } = change(spec.list(data));
    return { body: JSON.stringify(data), expected: `${json}: ${String(record.id)}: ${field}:` };
  };
  const whole = (message: string) => `${json}: (file): (file): ${message}`;
  const variants: Variant[] = [
    {
      name: 'truncated JSON',
      body: text.slice(0, text.length / 2),
      expected: whole('is not valid JSON'),
    },
    { name: 'an empty file', body: '', expected: whole('the file is empty') },
    {
      name: 'a 404',
      status: 404,
      body: 'Not found',
      expected: whole('could not be loaded: HTTP 404'),
    },
    { name: '10 MB of junk', body: JUNK, expected: whole('is not valid JSON') },
    {
      name: 'a wrong type',
      ...edit((records) => {
        records[0]![spec.typed] = { nested: [42] };
        return { record: records[0]!, field: spec.typed };
      }),
    },
    {
      name: 'a missing required field',
      ...edit((records) => {
        delete records[0]![spec.required];
        return { record: records[0]!, field: spec.required };
      }),
    },
    { name: 'an unknown id', ...edit(spec.unknownId) },
  ];
  if (spec.reversed) variants.push({ name: 'reversed dates', ...edit(spec.reversed) });
  return variants;
}

/** Page errors and console errors, leaving out the browser's own note of a failed request. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Serves `current()` in place of the file; everything else as built. */
async function serveFile(page: Page, file: string, current: () => Variant | undefined) {
  await page.route(`**/data/${file}.json`, async (route) => {
    const variant = current();
    if (!variant) return route.continue();
    return route.fulfill({
      status: variant.status ?? 200,
      contentType: 'application/json',
      body: variant.body,
    });
  });
}

const affectedBy = (file: string) =>
  Object.values(PANELS).filter((p) => (p.files as readonly string[]).includes(file));

for (const file of Object.keys(FILES)) {
  test(`${file}.json broken in ${variantsOf(file).length} ways: its panels name the problem, the rest work`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = recordErrors(page);
    let current: Variant | undefined;
    await serveFile(page, file, () => current);
    const affected = affectedBy(file);
    const unaffected = Object.values(PANELS).filter((p) => !affected.includes(p));

    for (const variant of variantsOf(file)) {
      await test.step(variant.name, async () => {
        current = variant;
        await page.goto('./');
        for (const p of affected) {
          const alert = panel(page, p.name).getByRole('alert');
          await expect(alert).toContainText(variant.expected);
          await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
        }
        if (file === 'meta') {
          const footer = page.getByRole('contentinfo').getByRole('alert');
          await expect(footer).toContainText(variant.expected);
          await expect(footer.getByRole('button', { name: 'Reload' })).toBeVisible();
        }
        // The other panels render in full, deferred charts and map included.
        await expect(page.locator('[data-rendered-range]')).toHaveCount(unaffected.length);
        for (const p of unaffected)
          await expect(panel(page, p.name).getByRole('alert')).toHaveCount(0);
        expect(errors, variant.name).toEqual([]);
      });
    }

    // Once the file is good again, Reload brings the panels back without a page reload.
    current = variantsOf(file).find((v) => v.name === 'an unknown id');
    await page.goto('./');
    const alert =
      file === 'meta'
        ? page.getByRole('contentinfo').getByRole('alert')
        : panel(page, affected[0]!.name).getByRole('alert');
    await expect(alert).toBeVisible();
    current = undefined;
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('[data-rendered-range]')).toHaveCount(4);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

// Each seed is a full page load. The breadth of random damage is covered where it is cheap, in
// src/data/dataset-fuzz.test.ts (300 damaged copies of every file through the parser); here a
// few seeds check that what the parser reports reaches the screen and nothing throws.
const RANDOM_VARIANTS = 4;

for (const file of Object.keys(FILES)) {
  test(`${file}.json damaged at random ${RANDOM_VARIANTS} times: never blank, never throws`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = recordErrors(page);
    const json = `${file}.json`;
    const original = readDataset<unknown>(json);
    let current: Variant | undefined;
    await serveFile(page, file, () => current);
    // An error may name this file or one whose records cite it (a removed actor makes the
    // meetings that cite it wrong).
    const blamable = [file, ...CITED_BY[file]!].map((name) => `${name}.json`);

    for (let seed = 1; seed <= RANDOM_VARIANTS; seed += 1) {
      const random = seededRandom(seed * 7919 + file.length);
      let value = original;
      for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i += 1)
        value = mutate(value, random);
      current = { name: `seed ${seed}`, body: JSON.stringify(value) ?? '', expected: '' };
      await page.goto('./');
      for (const p of Object.values(PANELS)) {
        const region = panel(page, p.name);
        // Each panel ends up either rendered or showing an error: never blank, never stuck.
        await expect(region.locator('[data-rendered-range], [role="alert"]').first()).toBeVisible();
        const alert = region.getByRole('alert');
        if ((await alert.count()) > 0) {
          const text = (await alert.textContent()) ?? '';
          expect(
            blamable.some((name) => text.includes(`${name}: `)),
            `seed ${seed}: ${p.name}: ${text}`,
          ).toBe(true);
          await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
        }
      }
      await expect(page.getByRole('banner')).toBeVisible();
      expect(errors, `seed ${seed}`).toEqual([]);
    }
  });
}
