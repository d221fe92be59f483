import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { translate } from '../src/i18n/t';
import { tableViewIds } from '../src/stores/view-state';
import { overflows, readDataset } from './helpers';

// The dashboard in Arabic (issue 22): the whole interface from the catalogue, right to left,
// its drawings still drawn as data says (time left to right, the map a map), its exports in
// Arabic. The English suite runs beside this one: English stays the default.

const PHONE = { width: 390, height: 844 };
const RANGE = 'from=2017-01-01&to=2019-12-31';
const TABLES = `tables=${tableViewIds.filter((id) => id !== 'own-events-per-month').join(',')}`;

/** The views a reader of Arabic sees: the first screen, a record open, the tables, one panel. */
const VIEWS = [
  { name: 'the default view', url: './?lang=ar' },
  {
    name: 'an actor selected and a round open',
    url: `./?lang=ar&${RANGE}&actor=turkey&round=astana-round-4`,
  },
  { name: 'the tables', url: `./?lang=ar&${RANGE}&${TABLES}` },
  { name: 'the map expanded', url: `./?lang=ar&${RANGE}&panel=map` },
];

/** Waits until every panel shown has drawn its data (a chart or its table). */
async function openArabic(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('[data-testid="map-summary"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('section.panel[data-area]')).toHaveCount(4);
  if (!url.includes('panel=')) {
    await expect(
      page
        .locator('[data-area="statistics"] section.chart')
        .locator('.chart__series, tbody tr')
        .first(),
    ).toBeVisible();
  }
}

/**
 * Every Latin-script word the page shows or names (text, aria-label, title, placeholder, alt)
 * outside what the catalogue leaves in its own language on purpose: text in an element whose
 * `lang` is not Arabic (the dataset's English-only text, marked "English"; the English switch),
 * the reader's own file (`translate="no"`). Acronyms in capitals (UN, PNG, SOHR) may stay.
 */
function latinOutsideData(page: Page): Promise<string[]> {
  return page.evaluate(
    (marker) => {
      const found = new Set<string>();
      const exempt = (e: Element | null) => {
        if (!e) return false;
        if (e.closest('[translate="no"], script, style, noscript')) return true;
        const lang = e.closest('[lang]')?.getAttribute('lang') ?? '';
        return !lang.startsWith('ar');
      };
      const words = (text: string) =>
        (text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).filter((w) => !/^[A-Z0-9]{2,8}s?$/.test(w));
      const where = (e: Element) => {
        const named = e.closest('[data-area], header, footer, [role="dialog"]');
        const area = named?.getAttribute('data-area') ?? named?.tagName.toLowerCase() ?? 'page';
        return `${area} ${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}`;
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || exempt(parent)) continue;
        if (parent.closest('[hidden]') || getComputedStyle(parent).display === 'none') continue;
        const latin = words(node.textContent ?? '');
        if (latin.length > 0)
          found.add(
            `${where(parent)}: ${latin.join(' ')} ← "${node.textContent!.trim().slice(0, 60)}"`,
          );
      }
      const attributes = [
        'aria-label',
        'title',
        'placeholder',
        'alt',
        'aria-description',
        'aria-valuetext',
      ];
      for (const e of document.body.querySelectorAll('*')) {
        for (const name of attributes) {
          // In a tooltip, what follows the "English" marker is the dataset's English, marked so.
          const value = e.getAttribute(name)?.split(marker)[0];
          if (!value) continue;
          // An attribute names its own element: the element's language is the attribute's.
          if (exempt(e)) continue;
          const latin = words(value);
          if (latin.length > 0)
            found.add(`${where(e)} [${name}]: ${latin.join(' ')} ← "${value.slice(0, 60)}"`);
        }
      }
      return [...found];
    },
    translate('ar', 'common.english'),
  );
}

test('the switch shows the page in Arabic, right to left; the link keeps it and the device remembers it', async ({
  page,
}) => {
  await page.goto(`./?${RANGE}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(/[?&]lang=ar(&|$)/);
  await expect(page).toHaveURL(/from=2017-01-01/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translate('ar', 'app.title'));
  await expect(page).toHaveTitle(translate('ar', 'app.title'));

  // A plain address opens in the language last chosen on this device.
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(/[?&]lang=ar(&|$)/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translate('en', 'app.title'));

  // A link in Arabic shows Arabic without changing the reader's own choice.
  await page.goto('./?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('dates and numbers are Arabic, in the digits the reader picks', async ({ page }) => {
  await openArabic(page, `./?lang=ar&${RANGE}`);
  const summary = page.getByTestId('map-summary');
  await expect(summary).toHaveText(/[٠-٩]/);
  await expect(summary).not.toHaveText(/[0-9]/);
  await page.locator('.language-switch select').selectOption('latn');
  await expect(page.getByTestId('map-summary')).toHaveText(/[0-9]/);
  await expect(page.getByTestId('map-summary')).not.toHaveText(/[٠-٩]/);
  // Arabic month names (Syrian usage) wherever a date is written out.
  await expect(page.locator('body')).toContainText(
    /كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين/,
  );
});

for (const view of VIEWS) {
  test(`${view.name}: every word of the interface comes from the catalogue`, async ({ page }) => {
    await openArabic(page, view.url);
    expect(await latinOutsideData(page)).toEqual([]);
  });
}

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

test("the range's dates are written out in Arabic beside their fields", async ({ page }) => {
  await openArabic(page, `./?lang=ar&${RANGE}`);
  // A native date field writes its value as the browser's language does (12/31/2019 here).
  const from = page.locator('.range-control .date-field').first();
  const to = page.locator('.range-control .date-field').nth(1);
  await expect(from.locator('input')).toHaveValue('2017-01-01');
  await expect(from.getByTestId('date-words')).toHaveText('١ كانون الثاني ٢٠١٧');
  await expect(to.getByTestId('date-words')).toHaveText('٣١ كانون الأول ٢٠١٩');
  await to.locator('input').fill('2018-10-05');
  await expect(to.getByTestId('date-words')).toHaveText('٥ تشرين الأول ٢٠١٨');
  await expect(page).toHaveURL(/to=2018-10-05/);
  // Beside its label, not as part of the field's name: screen readers read the value itself.
  await expect(page.getByRole('textbox', { name: 'إلى', exact: true })).toHaveValue('2018-10-05');
  await page.locator('.language-switch select').selectOption('latn');
  await expect(
    page.locator('.range-control .date-field').nth(1).getByTestId('date-words'),
  ).toHaveText('5 تشرين الأول 2018');
  // In English the field's own writing is the reader's browser's, and nothing is added.
  await page.goto(`./?lang=en&${RANGE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2017-01-01');
  await expect(page.getByTestId('date-words')).toHaveCount(0);
});

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

test('a chart keeps time running left to right in Arabic', async ({ page }) => {
  await openArabic(page, './?lang=ar&from=2012-01-01&to=2020-12-31');
  const ticks = await page
    .locator('[data-area="statistics"] section.chart')
    .first()
    .locator('.recharts-xAxis-tick-labels text')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return { x: r.left + r.width / 2, text: n.textContent ?? '' };
      }),
    );
  const years = ticks
    .map((tick) => ({
      x: tick.x,
      year: Number(
        tick.text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).match(/\d{4}/)?.[0],
      ),
    }))
    .filter((tick) => Number.isFinite(tick.year));
  expect(years.length).toBeGreaterThanOrEqual(3);
  const byX = [...years].sort((a, b) => a.x - b.x).map((tick) => tick.year);
  expect(byX).toEqual([...byX].sort((a, b) => a - b));
  expect(byX[0]).toBeLessThan(byX.at(-1)!);
});

test('a chart exported in Arabic carries the Arabic title and range, right to left, its font embedded', async ({
  page,
}) => {
  await openArabic(page, `./?lang=ar&from=2015-09-30&to=2021-10-22`);
  const chart = page.locator('[data-area="statistics"] section.chart').first();
  const title = (await chart.getAttribute('aria-label'))!;
  expect(title).toMatch(/\p{Script=Arabic}/u);
  const buttons = chart.locator('.export-menu button');

  const [svg] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
  const svgText = readFileSync((await svg.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      texts: [...doc.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        direction: t.closest('[direction]')?.getAttribute('direction') ?? '',
      })),
      styles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
      width: Number(root.getAttribute('width')),
    };
  }, svgText);
  const titled = parsed.texts.find((t) => t.text.includes(title));
  expect(titled, 'the Arabic title').toBeDefined();
  expect(titled!.direction).toBe('rtl');
  // The range, in Arabic digits and month names.
  expect(parsed.texts.map((t) => t.text).join(' ')).toMatch(/٣٠ أيلول ٢٠١٥/);
  expect(parsed.texts.map((t) => t.text).join(' ')).toMatch(/٢٢ تشرين الأول ٢٠٢١/);
  expect(parsed.styles).toContain('Noto Sans Arabic');
  expect(parsed.styles).toMatch(/font\/woff2;base64,/);

  const [png] = await Promise.all([page.waitForEvent('download'), buttons.nth(0).click()]);
  const pngBytes = readFileSync((await png.path())!);
  expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // The title is set from the right: the ink of the title's band sits at the right edge.
  const ink = await page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const band = context.getImageData(0, 0, image.width, Math.round(image.height * 0.06)).data;
      const [r0, g0, b0] = [band[0]!, band[1]!, band[2]!];
      let left = image.width;
      let right = -1;
      for (let i = 0; i < band.length; i += 4) {
        if (
          Math.abs(band[i]! - r0) + Math.abs(band[i + 1]! - g0) + Math.abs(band[i + 2]! - b0) <
          60
        )
          continue;
        const x = (i / 4) % image.width;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
      return { left, right, width: image.width };
    },
    `data:image/png;base64,${pngBytes.toString('base64')}`,
  );
  expect(ink.right).toBeGreaterThan(ink.width * 0.9);
  expect(ink.left).toBeGreaterThan(ink.width * 0.3);
});

test('the data is named in Arabic: places, actors, meetings', async ({ page }) => {
  const meetings = readDataset<{ meetings: { id: string; titleAr: string }[] }>('meetings.json');
  const actors = readDataset<{ actors: { id: string; nameAr: string }[] }>('actors.json');
  await openArabic(page, `./?lang=ar&${RANGE}&actor=turkey&round=astana-round-4`);
  const round = meetings.meetings.find((m) => m.id === 'astana-round-4')!;
  const turkey = actors.actors.find((a) => a.id === 'turkey')!;
  // The dataset writes the round's number in Western digits; it is read in the digits chosen.
  expect(round.titleAr).toMatch(/4/);
  const arabicIndic = round.titleAr.replace(/4/g, '٤');
  await expect(page.locator('[data-area="tracker"]')).toContainText(arabicIndic);
  await expect(page.locator('[data-area="actors"]')).toContainText(turkey.nameAr);
  await page.locator('.language-switch select').selectOption('latn');
  await expect(page.locator('[data-area="tracker"]')).toContainText(round.titleAr);
});
