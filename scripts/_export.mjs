import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
for (const [name, scheme, q] of [['gov-export-light', 'light', '?mapmode=governorates&from=2017-01-01&to=2020-12-31&gov=Idleb'], ['bases-export-dark', 'dark', '?from=2018-06-01&to=2019-12-31']]) {
  const ctx = await b.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme, acceptDownloads: true });
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4181/' + q);
  await p.waitForFunction(() => document.querySelectorAll('[data-rendered-range]').length === 4, null, { timeout: 60000 });
  await p.waitForTimeout(1000);
  await p.locator('section[data-area="map"]').screenshot({ path: `/tmp/shots/${name}-screen.png` });
  const [d] = await Promise.all([p.waitForEvent('download'), p.locator('section[data-area="map"]').getByRole('button', { name: 'Download SVG' }).click()]);
  await d.saveAs(`/tmp/shots/${name}.svg`);
  await ctx.close();
}
await b.close();
