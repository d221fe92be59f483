import { expect, test, type Page } from '@playwright/test';
import { PANEL_NAMES, panel, readDataset } from './helpers';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const LONG_WORD = 'Ḥayʾat'.repeat(60);
const MIXED = 'هيئة تحرير الشام (HTS) — الجولاني 🚩 «Idlib»';

/** Serves actors.json and events.json with one hostile actor and one hostile event added. */
async function serveHostileData(page: Page) {
  const actors = readDataset<{ actors: Record<string, unknown>[] }>('actors.json');
  const events = readDataset<{ events: Record<string, unknown>[] }>('events.json');
  const hostileActor = {
    ...actors.actors[0]!,
    id: 'hostile-actor',
    name: `${HOSTILE} ${LONG_WORD}`,
    nameAr: MIXED,
    periods: [{ alignment: 'other', role: HOSTILE }],
    description: `${MIXED} ${HOSTILE}`,
    relations: [],
  };
  const hostileEvent = {
    ...events.events[0]!,
    id: 'hostile-event',
    title: `${HOSTILE} ${LONG_WORD}`,
    summary: HOSTILE,
    actors: ['hostile-actor'],
  };
  await page.route('**/data/actors.json', (route) =>
    route.fulfill({ json: { actors: [...actors.actors, hostileActor] } }),
  );
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ json: { events: [...events.events, hostileEvent] } }),
  );
}

test('text from the data is shown as text: no HTML, no script, layout intact', async ({ page }) => {
  await serveHostileData(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto('./?actor=hostile-actor');
  const card = page.getByTestId('actor-card');
  await expect(card).toContainText('<script>window.__pwned=1</script>');
  await expect(card).toContainText(MIXED);
  await expect(page.getByTestId('actor-participation')).toContainText('onerror=');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  // A 360-character word wraps inside its panel instead of widening the page.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(panel(page, 'Actors')).toBeVisible();
});

test('a javascript: link in the data is refused, naming the file, record and field', async ({
  page,
}) => {
  const meta = readDataset<{ sources: { id: string; url: string }[] }>('meta.json');
  const broken = structuredClone(meta);
  broken.sources[0]!.url = 'javascript:alert(1)';
  await page.route('**/data/meta.json', (route) => route.fulfill({ json: broken }));
  await page.goto('./');
  await expect(page.getByRole('contentinfo')).toContainText(
    `meta.json: ${meta.sources[0]!.id}: url: must be an http(s) URL`,
  );
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
});

/** Where each panel sits across the page: left edge and width, rounded to the pixel. */
async function panelColumns(page: Page) {
  return Promise.all(
    PANEL_NAMES.map(async (name) => {
      const box = (await panel(page, name).boundingBox())!;
      return { name, x: Math.round(box.x), width: Math.round(box.width) };
    }),
  );
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`hostile text leaves the layout as it is without it, at ${viewport.width} px`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('./?actor=turkey');
    await expect(page.locator('[data-rendered-range]')).toHaveCount(4);
    const plain = await panelColumns(page);

    await serveHostileData(page);
    await page.goto('./?actor=hostile-actor');
    await expect(page.locator('[data-rendered-range]')).toHaveCount(4);
    await expect(page.getByTestId('actor-card')).toContainText(MIXED);
    expect(await panelColumns(page)).toEqual(plain);
    // Nothing inside a panel reaches past its right edge (tables scroll inside their frame).
    const overflowing = await page.evaluate((names) => {
      const found: string[] = [];
      for (const region of document.querySelectorAll('section[aria-labelledby]')) {
        const title = region.querySelector('h2')?.textContent ?? '';
        if (!names.includes(title)) continue;
        const edge = region.getBoundingClientRect().right + 1;
        for (const element of region.querySelectorAll('*')) {
          if (element.closest('.table-scroll, .leaflet-container, svg')) continue;
          const rect = element.getBoundingClientRect();
          if (rect.width > 0 && rect.right > edge)
            found.push(`${title}: ${element.tagName.toLowerCase()}.${element.className}`);
        }
      }
      return found;
    }, PANEL_NAMES);
    expect(overflowing).toEqual([]);
    const card = page.getByTestId('actor-card');
    await card.scrollIntoViewIfNeeded();
    await testInfo.attach(`hostile-${viewport.width}.png`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  });
}
