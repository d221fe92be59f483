import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const views = [
  { name: 'the default view', url: './', scheme: 'light' },
  { name: 'the default view in the dark theme', url: './', scheme: 'dark' },
  {
    name: 'an actor selected and a round open',
    url: './?actor=turkey&round=astana-round-4&from=2017-01-01&to=2019-12-31',
    scheme: 'light',
  },
] as const;

for (const view of views) {
  test(`axe finds no serious or critical violation in ${view.name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: view.scheme });
    await page.goto(view.url);
    await expect(page.locator('[data-rendered-range]')).toHaveCount(4);
    const results = await new AxeBuilder({ page }).analyze();
    // The scan did run over the whole dashboard: many rules passed, colour contrast among them.
    expect(results.passes.length).toBeGreaterThan(20);
    expect(results.passes.map((p) => p.id)).toContain('color-contrast');
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
  });
}
