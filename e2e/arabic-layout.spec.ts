import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openArabic, RANGE, TABLES } from './arabic-page';
import { overflows } from './helpers';

// The dashboard laid out right to left (issue 22): nothing reaches past its panel, the selects
// are as tall as in English and show their choice whole, a name keeps its spacing in a sentence
// and a control its words in its name, Tab moves from right to left as the page reads, and axe
// finds nothing serious. Some of these run in English too, for comparison.

const PHONE = { width: 390, height: 844 };

for (const size of [
  { name: '1440 px', viewport: { width: 1440, height: 900 } },
  { name: '390 px', viewport: PHONE },
]) {
  test(`at ${size.name} nothing in any panel reaches past it in Arabic`, async ({ page }) => {
    await page.setViewportSize(size.viewport);
    await openArabic(page, `./?lang=ar&${RANGE}&actor=turkey&round=astana-round-4&${TABLES}`);
    expect(await overflows(page)).toEqual([]);
  });
}

test('the selects are as tall in Arabic as in English, and dressed alike in the header', async ({
  page,
}) => {
  const heights = async () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('select')]
          .filter((s) => s.offsetParent !== null && s.closest('header, section.panel'))
          .map((s, i) => [
            `${s.closest('[class]')!.className} ${i}`,
            Math.round(s.getBoundingClientRect().height),
          ]),
      ),
    );
  await page.goto(`./?lang=en&${RANGE}`);
  await expect(page.locator('section.panel[data-area]')).toHaveCount(4);
  const english = Object.values(await heights());
  expect(english.length).toBeGreaterThanOrEqual(4);
  await openArabic(page, `./?lang=ar&${RANGE}`);
  const arabic = await heights();
  // The tallest select in Arabic is no taller than the tallest in English.
  const tall = Object.entries(arabic).filter(([, h]) => h > Math.max(...english) + 1);
  expect(tall).toEqual([]);
  const dress = (selector: string) =>
    page
      .locator(selector)
      .evaluate((s) =>
        ['background-color', 'color', 'border-top-color', 'font-size', 'color-scheme'].map(
          (p) => `${p}: ${getComputedStyle(s).getPropertyValue(p)}`,
        ),
      );
  expect(await dress('.language-switch select')).toEqual(await dress('.theme-toggle select'));
});

for (const language of ['en', 'ar']) {
  test(`${language}: every select shows its choice whole at a laptop's width`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`./?lang=${language}&${RANGE}`);
    await expect(page.locator('section.panel[data-area]')).toHaveCount(4);
    await expect(page.locator('[data-testid="map-summary"]')).toBeVisible({ timeout: 60_000 });
    const clipped = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll('select')]
        .filter((s) => s.offsetParent !== null)
        .flatMap((s) => {
          const style = getComputedStyle(s);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = s.selectedOptions[0]?.text ?? '';
          // The text, the padding either side and the arrow (about 1.3em).
          const needed =
            context.measureText(text).width +
            parseFloat(style.paddingLeft) +
            parseFloat(style.paddingRight) +
            1.3 * parseFloat(style.fontSize);
          return needed > s.clientWidth
            ? [`"${text}": ${Math.round(needed)} px wanted, ${s.clientWidth} px given`]
            : [];
        });
    });
    expect(clipped).toEqual([]);
  });
}

for (const language of ['en', 'ar']) {
  test(`${language}: a name inside a sentence keeps its spacing, and a control's name its words`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${language}&${RANGE}&actor=turkey&round=astana-round-4`);
    await expect(page.locator('[data-testid="map-summary"]')).toBeVisible({ timeout: 60_000 });
    // In a flex or grid box every child is a box of its own, set apart by the gap: a link or a
    // name beside loose words there is parted from them ("( OpenStreetMap ;").
    const parted = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => /flex|grid/.test(getComputedStyle(e).display))
        .filter((e) => {
          const children = [...e.childNodes];
          return (
            children.some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') &&
            children.some(
              (n) =>
                n instanceof HTMLElement &&
                /^(A|BDI|BDO|STRONG|EM|B|I|Q|TIME|ABBR|CODE|CITE)$/.test(n.tagName) &&
                n.offsetParent !== null,
            )
          );
        })
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent!.slice(0, 60)}`),
    );
    expect(parted).toEqual([]);
    // A control named apart from its text (aria-label) has its visible words in its name, so
    // that a reader who says or types what they see finds it (WCAG 2.5.3).
    const misnamed = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'button[aria-label], a[aria-label], [role="button"][aria-label]',
        ),
      ]
        .filter((e) => e instanceof HTMLElement && e.offsetParent !== null)
        .map((e) => ({
          name: e.getAttribute('aria-label')!.replace(/\s+/g, ' ').trim(),
          text: (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        }))
        .filter(
          ({ name, text }) =>
            /\p{L}{2}/u.test(text) && !name.toLowerCase().includes(text.toLowerCase()),
        )
        .map(({ name, text }) => `"${text}" named "${name}"`),
    );
    expect(misnamed).toEqual([]);
  });
}

test('axe finds no serious or critical violation in Arabic', async ({ page }) => {
  await openArabic(page, `./?lang=ar&${RANGE}&actor=turkey&round=astana-round-4`);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.map((p) => p.id)).toContain('html-lang-valid');
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  expect(serious).toEqual([]);
});

test('Tab moves through the page from right to left, as it reads', async ({ page }) => {
  test.setTimeout(120_000);
  await openArabic(page, `./?lang=ar&${RANGE}&actor=turkey`);
  interface Box {
    left: number;
    right: number;
    top: number;
    bottom: number;
  }
  interface Step {
    name: string;
    part: string;
    /** The stop reached, and the one before it measured in the same frame (focus scrolls). */
    now: Box;
    before: Box | null;
    beforePart: string | null;
  }
  const steps: Step[] = [];
  // Two stops are on one line when their boxes span the same height (a tall button beside
  // two lines of text is on neither).
  const oneLine = (a: Box, b: Box) =>
    Math.abs(a.top - b.top) < 4 && Math.abs(a.bottom - b.bottom) < 4;
  await page.locator('body').focus();
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    steps.push(
      await page.evaluate(() => {
        const holder = window as unknown as { previousStop?: HTMLElement };
        const partOf = (e: Element) =>
          e.closest('section.panel')?.getAttribute('data-area') ??
          (e.closest('header') ? 'header' : 'page');
        const boxOf = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const e = document.activeElement as HTMLElement;
        const previous = holder.previousStop?.isConnected ? holder.previousStop : null;
        holder.previousStop = e;
        const name = (e.getAttribute('aria-label') || e.textContent || e.tagName)
          .trim()
          .slice(0, 40);
        return {
          name,
          part: partOf(e),
          now: boxOf(e),
          before: previous ? boxOf(previous) : null,
          beforePart: previous ? partOf(previous) : null,
        };
      }),
    );
  }
  const stops = steps.map((s) => ({ part: s.part }));
  expect(new Set(stops.map((s) => s.part)).size).toBeGreaterThanOrEqual(3);
  // Two stops in a row on one line of one part: the second lies to the left of the first.
  const sameLine = steps.filter(
    (s) => s.before && s.beforePart === s.part && oneLine(s.before, s.now),
  );
  const wrong = sameLine
    .filter((s) => s.now.left > s.before!.right - 1)
    .map((s) => `${s.part}: ${s.name}`);
  expect(wrong).toEqual([]);
  expect(sameLine.length, 'rows of controls walked').toBeGreaterThanOrEqual(4);
});
