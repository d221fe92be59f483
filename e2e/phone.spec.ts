/**
 * A phone (390 × 844) and a desktop (1440 × 900): nothing in a panel reaches past it, no two
 * axis labels overlap, tables read as cards on the phone, and the date range stays in view.
 */
import { expect, test, type Page } from '@playwright/test';
import { overflows, panel } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/**
 * Opens the page on a range (or the default one) and waits until every panel has drawn it; a
 * loaded two-core machine may take a while over the first load.
 */
async function open(page: Page, range?: { from: string; to: string }) {
  await page.goto(range ? `./?from=${range.from}&to=${range.to}` : './');
  const drawn = range
    ? page.locator(`[data-rendered-range="${range.from}..${range.to}"]`)
    : page.locator('[data-rendered-range]');
  await expect(drawn).toHaveCount(4, { timeout: 60_000 });
}

test('at 390 px nothing in any panel reaches past it, tables and graph open', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page);
  await expect(page.getByTestId('map-summary')).toBeVisible();
  // Every view a panel has: the charts' tables, the map's event table, an actor's card, a round.
  const statistics = panel(page, 'Casualties and displacement');
  const tableButtons = await statistics.getByRole('button', { name: 'Table', exact: true }).all();
  expect(tableButtons.length).toBeGreaterThanOrEqual(4);
  for (const button of tableButtons) await button.click();
  await expect(statistics.locator('table[data-testid$="-table"]')).toHaveCount(tableButtons.length);
  await panel(page, 'Map')
    .getByText(/Events on the map as a table/)
    .click();
  await expect(page.getByTestId('map-table')).toBeVisible();
  await panel(page, 'Actors').getByRole('listbox').getByRole('option').first().click();
  await page.locator('.timeline__item').first().click();
  expect(await overflows(page)).toEqual([]);

  await panel(page, 'Actors').getByRole('button', { name: 'Relations graph' }).click();
  await expect(panel(page, 'Actors').locator('svg.graph__svg')).toBeVisible();
  expect(await overflows(page)).toEqual([]);
});

test('at 390 px every cell of the progress table is in view and says which column it is', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await open(page);
  const table = page.getByTestId('progress-table');
  await expect(table).toBeVisible();
  const cells = await table.evaluate((t) => {
    const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    return [...t.querySelectorAll('tbody tr')].flatMap((row) =>
      [...row.children].map((cell, column) => {
        const r = cell.getBoundingClientRect();
        const before = getComputedStyle(cell, '::before');
        return {
          left: r.left,
          right: r.right,
          header: headers[column],
          label: cell.getAttribute('data-label'),
          shown: before.display !== 'none' && before.content !== 'none',
          isRowHeader: cell.tagName === 'TH',
        };
      }),
    );
  });
  expect(cells.length).toBeGreaterThan(6);
  for (const cell of cells) {
    expect(cell.left, `${cell.header} starts in view`).toBeGreaterThanOrEqual(0);
    expect(cell.right, `${cell.header} ends in view`).toBeLessThanOrEqual(PHONE.width);
    // The row's title heads its card; every other cell carries its column's name.
    if (!cell.isRowHeader) {
      expect(cell.label).toBe(cell.header);
      expect(cell.shown, `${cell.header} is labelled`).toBe(true);
    }
  }
});

/** The boxes of SVG labels as drawn (for evaluateAll), those with text. */
function boxesOf(nodes: Element[]) {
  return nodes
    .filter((n) => (n.textContent ?? '').trim() !== '')
    .map((n) => {
      const r = n.getBoundingClientRect();
      const text = n.textContent ?? '';
      return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
}

type Box = ReturnType<typeof boxesOf>[number];

function overlapping(boxes: readonly Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        pairs.push(`"${a.text}" and "${b.text}"`);
  return pairs;
}

const RANGES = [
  { from: '2011-03-15', to: '2025-12-31' },
  { from: '2015-09-30', to: '2025-12-31' },
  { from: '2020-07-01', to: '2022-06-30' },
  { from: '2019-03-01', to: '2019-10-31' },
];

for (const viewport of [PHONE, DESKTOP]) {
  test(`at ${viewport.width} px no two axis labels overlap, on the timeline or any chart`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    for (const range of RANGES) {
      await open(page, range);
      const where = `${range.from}..${range.to}`;
      const timeline = await page.locator('.timeline__axis text').evaluateAll(boxesOf);
      expect(timeline.length, `${where}: timeline labels`).toBeGreaterThanOrEqual(2);
      expect(overlapping(timeline), `${where}: timeline`).toEqual([]);
      const trackerBox = (await panel(page, 'Peace process tracker').boundingBox())!;
      for (const label of timeline)
        expect(label.right, `${where}: "${label.text}" inside the tracker`).toBeLessThanOrEqual(
          trackerBox.x + trackerBox.width,
        );

      const charts = page.locator('.chart__body:not([hidden]) svg.recharts-surface');
      const count = await charts.count();
      // A chart without a figure in the range shows a note instead; the default range has all.
      expect(count, where).toBeGreaterThanOrEqual(range === RANGES[0] ? 3 : 1);
      for (let i = 0; i < count; i++) {
        const chart = charts.nth(i);
        const name = `${where}: chart ${i + 1}`;
        const x = await chart.locator('.recharts-xAxis-tick-labels text').evaluateAll(boxesOf);
        const y = await chart.locator('.recharts-yAxis-tick-labels text').evaluateAll(boxesOf);
        expect(x.length, `${name}: time labels`).toBeGreaterThanOrEqual(2);
        expect(y.length, `${name}: value labels`).toBeGreaterThanOrEqual(2);
        expect(overlapping([...x, ...y]), name).toEqual([]);
        const body = (await chart.locator('xpath=ancestor::section[1]').boundingBox())!;
        for (const label of x)
          expect(label.right, `${name}: "${label.text}" inside the chart`).toBeLessThanOrEqual(
            body.x + body.width,
          );
      }
    }
  });
}

// Windows whose page scrolls: a phone, and a laptop below the at-a-glance layout (from 1366×768
// the four panels fit the first screen; e2e/glance.spec.ts checks the bar there).
for (const viewport of [PHONE, { width: 1280, height: 720 }]) {
  test(`at ${viewport.width} px the range bar stays in view after scrolling to the map`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open(page);
    await panel(page, 'Map').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(viewport.height);
    const bar = page.getByRole('group', { name: 'Date range for every panel' });
    for (const control of [
      bar.getByLabel('From'),
      bar.getByLabel('To'),
      bar.getByRole('group', { name: 'Preset ranges' }),
    ]) {
      await expect(control).toBeInViewport({ ratio: 1 });
      // Nothing is drawn over it: the element at its centre is the control itself or inside it.
      const box = (await control.boundingBox())!;
      const hit = await control.evaluate(
        (e, [x, y]) => {
          const top = document.elementFromPoint(x!, y!);
          return top !== null && (e === top || e.contains(top));
        },
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe(true);
    }
    // A preset still works from there.
    await bar.getByRole('button', { name: 'Since Sochi memorandum' }).click();
    await expect(bar.getByLabel('From')).toHaveValue('2018-09-17');
  });
}
