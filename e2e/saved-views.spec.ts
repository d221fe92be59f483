import { expect, test, type Page } from '@playwright/test';
import { readDataset, setRange, waitForRange } from './helpers';

const KEY = 'syria-dashboard-saved-views';
const turkey = readDataset<{ actors: { id: string; name: string }[] }>('actors.json').actors.find(
  (a) => a.id === 'turkey',
)!.name;

function savedViews(page: Page) {
  return page.locator('.saved-views');
}

async function openSavedViews(page: Page) {
  const details = savedViews(page);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await expect(details.getByLabel('Name this view')).toBeVisible();
}

async function saveAs(page: Page, name: string) {
  await openSavedViews(page);
  await savedViews(page).getByLabel('Name this view').fill(name);
  await savedViews(page).getByRole('button', { name: 'Save', exact: true }).click();
}

function params(search: string) {
  return Object.fromEntries(new URLSearchParams(search));
}

test('a saved view survives a reload, opens in place with its range and actor, and is a link to itself', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31&actor=turkey');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  await expect(savedViews(page).locator('summary')).toHaveText('Saved views (0)');
  await saveAs(page, 'Sochi months');
  await expect(savedViews(page).getByRole('status')).toHaveText('Saved “Sochi months”.');

  await setRange(page, '2020-01-01', '2020-12-31');
  await page.reload();
  await waitForRange(page, '2020-01-01', '2020-12-31');
  await expect(savedViews(page).locator('summary')).toHaveText('Saved views (1)');
  await openSavedViews(page);
  const link = savedViews(page).getByRole('link', { name: 'Sochi months' });
  // The link is the view's own address, to open in a new tab or copy.
  const href = (await link.getAttribute('href'))!;
  expect(params(new URL(href, page.url()).search)).toEqual({
    from: '2018-09-01',
    to: '2018-12-31',
    actor: 'turkey',
  });
  await expect(savedViews(page).getByTestId('saved-view')).toContainText(
    `1 Sept 2018 – 31 Dec 2018 · ${turkey}`,
  );

  // A plain click opens it in place: every panel draws its range, the actor is selected, the
  // address bar says so, and Back returns to the view before.
  await link.click();
  await waitForRange(page, '2018-09-01', '2018-12-31');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2018-09-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2018-12-31');
  await expect(page.locator('.filter-pill').first()).toContainText(turkey);
  await expect
    .poll(() => params(new URL(page.url()).search))
    .toEqual({
      from: '2018-09-01',
      to: '2018-12-31',
      actor: 'turkey',
    });
  await expect(savedViews(page)).not.toHaveAttribute('open');
  await page.goBack();
  await waitForRange(page, '2020-01-01', '2020-12-31');
});

test('saving under a name already used updates that view; rename and delete are kept across reloads', async ({
  page,
}) => {
  await page.goto('./?from=2019-04-01&to=2019-08-31');
  await waitForRange(page, '2019-04-01', '2019-08-31');
  await saveAs(page, 'Idlib offensive');
  await saveAs(page, 'Second');
  await setRange(page, '2019-04-01', '2020-03-05');
  await saveAs(page, 'idlib offensive');
  await expect(savedViews(page).getByRole('status')).toHaveText('Updated “idlib offensive”.');
  await expect(savedViews(page).getByTestId('saved-view')).toHaveCount(2);
  const updated = savedViews(page).getByRole('link', { name: 'idlib offensive' });
  expect(params(new URL((await updated.getAttribute('href'))!, page.url()).search)).toMatchObject({
    from: '2019-04-01',
    to: '2020-03-05',
  });

  await savedViews(page).getByRole('button', { name: 'Rename “Second”' }).click();
  await savedViews(page).getByLabel('New name for “Second”').fill('Spring 2019');
  await savedViews(page).getByRole('button', { name: 'Rename', exact: true }).click();
  await savedViews(page).getByRole('button', { name: 'Delete “idlib offensive”' }).click();

  await page.reload();
  await openSavedViews(page);
  await expect(savedViews(page).getByTestId('saved-view')).toHaveCount(1);
  await expect(savedViews(page).getByRole('link', { name: 'Spring 2019' })).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ name: 'Spring 2019' });
});

test('when the browser refuses to keep them, saved views work for the session and say so; a damaged store is ignored', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '{ not json');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, KEY);
  await page.goto('./?from=2016-01-01&to=2016-12-31');
  await waitForRange(page, '2016-01-01', '2016-12-31');
  await expect(savedViews(page).locator('summary')).toHaveText('Saved views (0)');
  await saveAs(page, 'Aleppo 2016');
  await expect(savedViews(page).getByRole('status')).toContainText(
    'This browser will not keep saved views',
  );
  await setRange(page, '2017-01-01', '2017-12-31');
  await openSavedViews(page);
  await savedViews(page).getByRole('link', { name: 'Aleppo 2016' }).click();
  await waitForRange(page, '2016-01-01', '2016-12-31');
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
])
  test(`at ${viewport.width} px the open panel of saved views is inside the window`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./?from=2018-09-01&to=2018-12-31');
    await waitForRange(page, '2018-09-01', '2018-12-31');
    await saveAs(page, 'A view with a rather long name, to see that it wraps inside the panel');
    const box = (await savedViews(page).locator('.saved-views__panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Escape closes it and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(savedViews(page).locator('.saved-views__panel')).toHaveCount(0);
    await expect(savedViews(page).locator('summary')).toBeFocused();
  });
