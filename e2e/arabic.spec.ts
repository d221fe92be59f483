import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { translate } from '../src/i18n/t';
import { openArabic, RANGE, TABLES } from './arabic-page';
import { readDataset } from './helpers';

// The dashboard in Arabic (issue 22): the switch and the link that keep it, the whole interface
// from the catalogue, dates and numbers in Arabic, the data named in Arabic, its charts still
// drawn as data says (time left to right), its exports in Arabic. The English suite runs beside
// this one: English stays the default.

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

test('the headline figures name their publishers as English, acronyms too', async ({ page }) => {
  await openArabic(page, `./?lang=ar&${RANGE}`);
  for (const id of ['summary-deaths', 'summary-refugees']) {
    const figure = page.getByTestId(id);
    await expect(figure).toContainText(/[A-Z]{3,}/);
    // Every run of Latin letters in the figure's sentence, and the language it is marked in.
    const marked = await figure.evaluate((root) => {
      const found: [string, string][] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const latin = (node.textContent ?? '').match(/[A-Za-z][A-Za-z .()-]*/g) ?? [];
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        for (const words of latin) found.push([words.trim(), lang]);
      }
      return found;
    });
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter(([, lang]) => lang !== 'en')).toEqual([]);
  }
});
