import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readZip } from '../src/test/read-zip';
import { panel, waitForRange } from './helpers';

test('"Download all" gives one ZIP with every panel’s PNG, SVG and CSV, as their own buttons give them, and a README of the view', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31&actor=turkey');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  await expect(panel(page, 'Map').getByRole('button', { name: 'Download PNG' })).toBeVisible();
  // What the page offers, menu by menu: two images and a CSV, or some of them.
  const offered = await page
    .locator('.export-menu')
    .evaluateAll((menus) =>
      menus.map((menu) =>
        [...menu.querySelectorAll('button')]
          .map((b) => /Download (PNG|SVG|CSV)/.exec(b.textContent ?? '')?.[1]?.toLowerCase())
          .filter(Boolean),
      ),
    );
  expect(offered.length).toBeGreaterThanOrEqual(4);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('syria-dashboard_2018-09-01_2018-12-31.zip');
  const files = readZip(new Uint8Array(readFileSync((await download.path())!)));
  const [readme, ...rest] = files;
  expect(readme!.name).toBe('README.txt');
  // One file per button, in the order of the page.
  expect(rest.map((f) => f.name.split('.').pop())).toEqual(offered.flat());
  for (const file of rest) {
    if (file.name.endsWith('.png'))
      expect([...file.data.subarray(0, 4)], file.name).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }
  const svgs = rest.filter((f) => f.name.endsWith('.svg'));
  const parsed = await page.evaluate(
    (texts) =>
      texts.map((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return doc.querySelector('parsererror') ? null : doc.querySelector('title')?.textContent;
      }),
    svgs.map((f) => new TextDecoder().decode(f.data)),
  );
  expect(parsed.every((title) => typeof title === 'string' && title.length > 0)).toBe(true);

  const text = new TextDecoder().decode(readme!.data);
  expect(text).toContain('Range: 1 Sept 2018 – 31 Dec 2018');
  expect(text).toMatch(/Selection: Highlighted actor: /);
  expect(text).toMatch(/Permalink: http:\/\/[^\r]*from=2018-09-01&to=2018-12-31&actor=turkey/);
  expect(text).toContain(`Files (${rest.length}):`);
  for (const file of rest) expect(text).toContain(`  ${file.name}: `);
  const sources = Number(/Sources \((\d+)\):/.exec(text)?.[1]);
  expect(sources).toBeGreaterThan(10);

  // A chart's CSV in the ZIP is, byte for byte, the file its own button downloads.
  const stats = panel(page, 'Casualties and displacement');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    stats.getByRole('button', { name: 'Download CSV' }).first().click(),
  ]);
  const own = new Uint8Array(readFileSync((await csv.path())!));
  const copy = rest.find((f) => f.name === csv.suggestedFilename());
  expect(copy, csv.suggestedFilename()).toBeDefined();
  expect(Buffer.from(copy!.data).equals(Buffer.from(own))).toBe(true);
});
