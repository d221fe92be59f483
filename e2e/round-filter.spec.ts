import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axesOf, day, readDrawn } from './chart-geometry';
import { trackLabels } from '../src/data/labels';
import type { Track } from '../src/data/schemas/meetings';
import { panel, readDataset, type MeetingRecord } from './helpers';

/**
 * An open round is a filter like an actor: a pill says so and clears it, and every panel marks
 * what belongs to the round: its participants among the actors, its venue on the map, its date
 * on every chart.
 */

const meetings = readDataset<{
  meetings: (MeetingRecord & { participants: string[]; placeId: string })[];
}>('meetings.json').meetings;
const places = readDataset<{ places: { id: string; lat: number; lon: number }[] }>(
  'places.json',
).places;
const actors = readDataset<{ actors: { id: string; name: string }[] }>('actors.json').actors;

const round = meetings.find((m) => m.id === 'astana-round-11')!;
const RANGE = 'from=2018-01-01&to=2019-12-31';

test('an open round shows a pill that clears it, and can be combined with an actor', async ({
  page,
}) => {
  await page.goto(`./?${RANGE}&round=${round.id}`);
  const pill = page.getByTestId('round-pill');
  await expect(pill).toHaveText(/^Round: Astana 11\s*Clear$/);
  await expect(page.getByTestId('pills-combined')).toHaveCount(0);

  // An actor as well: both pills, joined, and the group says they combine.
  const russia = actors.find((a) => a.id === 'russia')!;
  await page.goto(`./?${RANGE}&round=${round.id}&actor=${russia.id}`);
  await expect(page.getByTestId('actor-pill')).toContainText(russia.name);
  await expect(page.getByTestId('round-pill')).toContainText('Astana 11');
  await expect(page.getByTestId('pills-combined')).toHaveText('and');
  await expect(page.getByRole('group', { name: /an actor and a round, combined/ })).toBeVisible();

  // Clearing the round keeps the actor, and the link follows.
  await page.getByRole('button', { name: 'Clear round selection (Astana 11)' }).click();
  await expect(page.getByTestId('round-pill')).toHaveCount(0);
  await expect(page).not.toHaveURL(/round=/);
  await expect(page).toHaveURL(new RegExp(`actor=${russia.id}`));
  await expect(page.getByTestId('pills-combined')).toHaveCount(0);
});

/** The ids of the elements under `selector` that carry data-in-round, and of all of them. */
function inRound(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) => ({
    all: elements.map((e) => (e as HTMLElement).dataset.actorId ?? ''),
    marked: elements
      .filter((e) => (e as HTMLElement).dataset.inRound === 'true')
      .map((e) => (e as HTMLElement).dataset.actorId ?? ''),
  }));
}

test('the open round marks exactly its participants in the directory and the graph', async ({
  page,
}) => {
  await page.goto(`./?${RANGE}&round=${round.id}`);
  const actorsPanel = panel(page, 'Actors');
  const options = '[role="listbox"][aria-label="Actors"] [data-actor-id]';
  await expect(actorsPanel.locator(options).first()).toBeVisible();
  const listed = await inRound(page, options);
  const expected = round.participants.filter((id) => listed.all.includes(id)).sort();
  expect(expected.length).toBeGreaterThanOrEqual(5);
  expect(listed.marked.sort()).toEqual(expected);
  await expect(page.getByTestId('actors-summary')).toContainText(
    `${expected.length} took part in Astana 11`,
  );

  await actorsPanel.getByRole('button', { name: 'Relations graph' }).click();
  const nodes = '.graph__node[data-actor-id]';
  await expect(actorsPanel.locator(nodes).first()).toBeVisible();
  const drawn = await inRound(page, nodes);
  expect(drawn.marked.sort()).toEqual(
    round.participants.filter((id) => drawn.all.includes(id)).sort(),
  );
  expect(drawn.marked.length).toBeGreaterThan(0);

  // Closing the round takes the marks away.
  await page.getByRole('button', { name: /Clear round selection/ }).click();
  await expect(actorsPanel.locator(`${nodes}[data-in-round]`)).toHaveCount(0);
});

test('with an actor selected as well, the graph dims neither its neighbours nor the round’s participants', async ({
  page,
}) => {
  // Iran: Astana's participants include actors that are no neighbours of Iran in the graph.
  await page.goto(`./?${RANGE}&round=${round.id}&actor=iran&actorsview=graph`);
  const nodes = panel(page, 'Actors').locator('.graph__node[data-actor-id]');
  await expect(nodes.first()).toBeVisible();
  await expect(panel(page, 'Actors').getByText('Took part in the open round')).toBeVisible();
  const drawn = await nodes.evaluateAll((elements) =>
    elements.map((e) => ({
      id: (e as SVGElement).dataset.actorId ?? '',
      inRound: (e as SVGElement).dataset.inRound === 'true',
      opacity: Number(e.getAttribute('opacity')),
    })),
  );
  const participants = drawn.filter((n) => n.inRound);
  expect(participants.length).toBeGreaterThanOrEqual(3);
  for (const node of participants) expect(node, node.id).toMatchObject({ opacity: 1 });
  // Those neither next to Iran nor in the round are dimmed, as before.
  expect(drawn.filter((n) => n.opacity < 1).length).toBeGreaterThan(0);
});

test('the open round’s venue is marked on the map, where its coordinates put it', async ({
  page,
}) => {
  await page.goto(`./?${RANGE}&round=${round.id}`);
  const map = panel(page, 'Map');
  const marked = map.locator('.map-venue--open-round');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-place-ids', round.placeId);
  const place = places.find((p) => p.id === round.placeId)!;
  const { centre, projected } = await map.locator('.map__canvas').evaluate(
    (container, [lat, lon]) => {
      const leaflet = (
        container as HTMLElement & {
          leafletMap?: { latLngToContainerPoint(c: [number, number]): { x: number; y: number } };
        }
      ).leafletMap!;
      const box = container.getBoundingClientRect();
      const p = leaflet.latLngToContainerPoint([lat!, lon!]);
      const shape = container
        .querySelector('.map-venue--open-round .map-venue__shape')!
        .getBoundingClientRect();
      return {
        centre: { x: shape.left + shape.width / 2, y: shape.top + shape.height / 2 },
        projected: {
          x: box.left + container.clientLeft + p.x,
          y: box.top + container.clientTop + p.y,
        },
      };
    },
    [place.lat, place.lon],
  );
  expect(Math.abs(centre.x - projected.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(centre.y - projected.y)).toBeLessThanOrEqual(2);
  await expect(map.getByTestId('map-summary')).toContainText("the open round's venue is ringed");

  // The export rings the same venue, at the map's projection of its coordinates, and says why.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    map.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const ring = /<path[^>]*d="M([-\d.]+),([-\d.]+)l13,13[^"]*"[^>]*data-open-round="true"/.exec(svg);
  expect(ring).not.toBeNull();
  const container = await map.locator('.map__canvas').evaluate(
    (element, [lat, lon]) =>
      (
        element as HTMLElement & {
          leafletMap?: { latLngToContainerPoint(c: [number, number]): { x: number; y: number } };
        }
      ).leafletMap!.latLngToContainerPoint([lat!, lon!]),
    [place.lat, place.lon],
  );
  expect(Math.abs(Number(ring![1]) - container.x)).toBeLessThanOrEqual(0.1);
  expect(Math.abs(Number(ring![2]) + 13 - container.y)).toBeLessThanOrEqual(0.1);
  expect(svg).toContain("Open round's venue (ringed)");
  expect(svg).toContain(`Open round: ${round.title} (its venue is ringed)`);

  // Astana lies outside the default view of Syria; a button brings it to the centre.
  await map.getByRole('button', { name: "Show the open round's venue" }).click();
  await expect
    .poll(() =>
      map.locator('.map__canvas').evaluate((container) => {
        const box = container.getBoundingClientRect();
        const shape = container
          .querySelector('.map-venue--open-round .map-venue__shape')!
          .getBoundingClientRect();
        return Math.hypot(
          shape.left + shape.width / 2 - (box.left + box.width / 2),
          shape.top + shape.height / 2 - (box.top + box.height / 2),
        );
      }),
    )
    .toBeLessThanOrEqual(2);

  // A range without the round: no venue is marked, and the summary says why.
  await page.goto(`./?from=2021-01-01&to=2021-12-31&round=${round.id}`);
  await expect(map.getByTestId('map-summary')).toContainText('is not on the map in this range');
  await expect(map.locator('.map-venue--open-round')).toHaveCount(0);
});

test('the open round’s mark stands out on every chart, at its date on the drawn time axis', async ({
  page,
}) => {
  await page.goto(`./?${RANGE}&round=${round.id}`);
  const charts = panel(page, 'Casualties and displacement').locator('.chart');
  await expect(charts.first().locator('.chart__annotation:visible').first()).toBeVisible();
  const count = await charts.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i += 1) {
    const chart = charts.nth(i);
    const mark = chart.locator(`.chart__annotation[data-annotation-id="${round.id}"]`);
    await expect(mark).toHaveAttribute('data-emphasised', 'true');
    // Only the open round (no actor is selected, no round picked for before/after).
    await expect(chart.locator('.chart__annotation[data-emphasised]')).toHaveCount(1);
    const { x } = axesOf(await readDrawn(chart));
    const left = await mark
      .locator('line, rect:not(.chart__annotation-tab)')
      .first()
      .evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(left - x(day(round.start)))).toBeLessThanOrEqual(1.5);
  }
});

test('a chart’s export names the open round whose mark it emphasises', async ({ page }) => {
  await page.goto(`./?${RANGE}&round=${round.id}`);
  const chart = panel(page, 'Casualties and displacement').locator('.chart').first();
  await expect(
    chart.locator(`.chart__annotation[data-annotation-id="${round.id}"]`),
  ).toHaveAttribute('data-emphasised', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  // The export's lines of text, joined: a long line may be wrapped over several.
  const text = [...readFileSync((await download.path())!, 'utf8').matchAll(/<text[^>]*>([^<]*)</g)]
    .map((m) => m[1])
    .join(' ');
  expect(text).toContain(`Open round: ${trackLabels[round.track as Track]}: ${round.title}`);
  expect(text).toMatch(/its mark (is )?emphasised/);
});
