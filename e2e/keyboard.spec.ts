import { expect, test, type Page } from '@playwright/test';
import { panel, waitForRange } from './helpers';

/**
 * Every control is reachable with Tab, has a name, and shows where the focus is; and the main
 * tasks can be done without a mouse.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Installs in the page how an element looks where focus shows (outline, shadow, or the
 * stroke of its SVG mark) and a quick reading of its name, for the checks below.
 */
async function installProbes(page: Page) {
  await page.evaluate(() => {
    const probes = {
      look(element: Element) {
        const style = getComputedStyle(element);
        const mark = element.querySelector(':scope > rect, :scope > path, :scope > circle');
        const markStyle = mark ? getComputedStyle(mark) : undefined;
        return [
          style.outlineStyle,
          style.outlineWidth,
          style.outlineColor,
          style.boxShadow,
          markStyle?.stroke,
          markStyle?.strokeWidth,
        ].join('|');
      },
      name(element: Element) {
        const labels = [...((element as HTMLInputElement).labels ?? [])];
        return (
          element.getAttribute('aria-label') ||
          labels.map((label) => label.textContent).join(' ') ||
          element.getAttribute('title') ||
          element.querySelector(':scope > title')?.textContent ||
          element.textContent ||
          ''
        ).trim();
      },
    };
    (window as unknown as { __probes: typeof probes }).__probes = probes;
  });
}

interface Probes {
  look: (element: Element) => string;
  name: (element: Element) => string;
}

interface FocusInfo {
  id: string | null;
  look: string;
  name: string;
  what: string;
}

async function tabThrough(page: Page) {
  // Number every visible control, then Tab until focus leaves the page. A group of radio
  // buttons is one Tab stop, its checked button (the arrow keys move within the group).
  const total = await page.evaluate((selector) => {
    const otherRadio = (element: Element) =>
      element instanceof HTMLInputElement &&
      element.type === 'radio' &&
      !element.checked &&
      document.querySelector(`input[type="radio"][name="${element.name}"]:checked`) !== null;
    const controls = [...document.querySelectorAll(selector)].filter(
      (element) =>
        element.getClientRects().length > 0 && !element.closest('[inert]') && !otherRadio(element),
    );
    controls.forEach((element, i) => element.setAttribute('data-kb', String(i)));
    return controls.length;
  }, FOCUSABLE);
  expect(total).toBeGreaterThan(50);
  await installProbes(page);

  // What each Tab press focused, read in the page as the key comes up (null: the focus left
  // the controls). Reading it in batches keeps the test to a few round trips per 25 presses.
  await page.evaluate((selector) => {
    const probes = (window as unknown as { __probes: Probes }).__probes;
    const log: (FocusInfo | null)[] = [];
    (window as unknown as { __focusLog: typeof log }).__focusLog = log;
    document.addEventListener(
      'keyup',
      (event) => {
        if (event.key !== 'Tab') return;
        const element = document.activeElement;
        if (!element || element === document.body) {
          log.push(null);
          return;
        }
        // A map marker that came into view as the map panned to the focused one is new.
        if (!element.hasAttribute('data-kb') && element.matches(selector))
          element.setAttribute('data-kb', `new-${document.querySelectorAll('[data-kb]').length}`);
        log.push({
          id: element.getAttribute('data-kb'),
          look: probes.look(element),
          name: probes.name(element),
          what: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
        });
      },
      true,
    );
  }, FOCUSABLE);

  // Start before the first control, wherever a click before left the focus, so that the
  // first Tab lands on it as it would for someone arriving at the page.
  await page.locator('[data-kb="0"]').focus();
  await page.keyboard.press('Shift+Tab');
  await page.evaluate(
    () => ((window as unknown as { __focusLog: unknown[] }).__focusLog.length = 0),
  );
  let focused: (FocusInfo | null)[] = [];
  while (!focused.includes(null) && focused.length < 600) {
    for (let i = 0; i < 25; i += 1) await page.keyboard.press('Tab');
    focused = await page.evaluate(
      () => (window as unknown as { __focusLog: (FocusInfo | null)[] }).__focusLog,
    );
  }
  const reached = new Map<string, string>();
  const unnamed: string[] = [];
  for (const info of focused) {
    if (!info) break;
    expect(info.id, `${info.what} takes focus but is not a visible control`).not.toBeNull();
    if (reached.has(info.id!)) continue; // the day, month and year of a date field
    reached.set(info.id!, info.look);
    // Where the quick reading finds nothing, ask for the name the browser computes.
    if (!info.name) {
      try {
        await expect(page.locator(`[data-kb="${info.id}"]`)).toHaveAccessibleName(/\S/, {
          timeout: 500,
        });
      } catch {
        unnamed.push(info.what);
      }
    }
  }

  const missed = await page.evaluate(
    (ids) =>
      [...document.querySelectorAll('[data-kb]')]
        .filter((element) => element.getClientRects().length > 0)
        .filter((element) => !ids.includes(element.getAttribute('data-kb')!))
        .map((element) => `${element.tagName.toLowerCase()} ${element.textContent?.slice(0, 40)}`),
    [...reached.keys()],
  );
  expect(missed, 'controls Tab never reaches').toEqual([]);
  expect(unnamed, 'controls without an accessible name').toEqual([]);

  // Each control looks different when focused than when not.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unfocused = await page.evaluate(() => {
    const probes = (window as unknown as { __probes: Probes }).__probes;
    return Object.fromEntries(
      [...document.querySelectorAll('[data-kb]')].map((e) => [
        e.getAttribute('data-kb'),
        probes.look(e),
      ]),
    );
  });
  const invisible = [...reached].filter(([id, look]) => unfocused[id] === look).map(([id]) => id);
  expect(invisible, 'controls whose focus does not show').toEqual([]);
  return reached.size;
}

test('Tab reaches every control of the default view, each named and visibly focused', async ({
  page,
}) => {
  // About 150 to 250 Tab presses, each checked in the page.
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(page.locator('[data-rendered-range]')).toHaveCount(4);
  expect(await tabThrough(page)).toBeGreaterThan(50);
});

test('Tab reaches every control with an actor selected, a round open and the graph shown', async ({
  page,
}) => {
  // About 150 to 250 Tab presses, each checked in the page.
  test.setTimeout(180_000);
  await page.goto('./?actor=turkey&round=astana-round-4&from=2017-01-01&to=2019-12-31');
  await waitForRange(page, '2017-01-01', '2019-12-31');
  await panel(page, 'Actors').getByRole('button', { name: 'Relations graph' }).click();
  await expect(page.getByTestId('graph-summary')).toBeVisible();
  await expect(page.getByTestId('round-card')).toBeVisible();
  expect(await tabThrough(page)).toBeGreaterThan(50);
});

test('the main tasks work with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-rendered-range]')).toHaveCount(4);

  // A preset range, chosen with Enter.
  const preset = page.getByRole('button', { name: 'Since Sochi memorandum' });
  await preset.focus();
  await page.keyboard.press('Enter');
  await expect(preset).toHaveAttribute('aria-pressed', 'true');
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  await waitForRange(page, from, to);

  // An actor: type in the search, then move into the list and pick with Enter.
  await page.getByLabel('Search actors').focus();
  await page.keyboard.type('Russia');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveRole('listbox');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-card')).toBeVisible();
  await expect(page).toHaveURL(/actor=/);

  // A round: the timeline is one Tab stop, arrows move between rounds, Enter opens the card.
  await panel(page, 'Peace process tracker').locator('.timeline__item[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('round-card')).toBeVisible();
  await expect(page).toHaveURL(/round=/);

  // The map: a zone outline opens its details on Enter; a cluster opens its summary on Enter,
  // whose button zooms in.
  const zone = panel(page, 'Map')
    .getByRole('button', { name: /: details$/ })
    .first();
  await zone.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-popup')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('zone-popup')).toHaveCount(0);
  const zoom = new URL(page.url()).searchParams.get('zoom');
  await panel(page, 'Map')
    .getByRole('button', { name: /events at \d+ places: summary/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('cluster-popup').getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).not.toBe(zoom);
});
