import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromium.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const shots = [
  ['gov-light-desktop', { width: 1440, height: 900 }, 'light', '?mapmode=governorates&from=2017-01-01&to=2020-12-31'],
  ['gov-dark-desktop', { width: 1440, height: 900 }, 'dark', '?mapmode=governorates&from=2017-01-01&to=2020-12-31&gov=Idleb'],
  ['gov-light-phone', { width: 390, height: 844 }, 'light', '?mapmode=governorates&from=2017-01-01&to=2020-12-31'],
  ['gov-dark-phone', { width: 390, height: 844 }, 'dark', '?mapmode=governorates&from=2011-03-15&to=2026-01-18'],
  ['bases-light-desktop', { width: 1440, height: 900 }, 'light', '?from=2018-06-01&to=2019-12-31'],
  ['bases-dark-desktop', { width: 1440, height: 900 }, 'dark', '?from=2018-06-01&to=2019-12-31'],
  ['stats-light-desktop', { width: 1440, height: 900 }, 'light', '?from=2016-01-01&to=2024-12-31'],
];
for (const [name, viewport, scheme, q] of shots) {
  const ctx = await b.newContext({ viewport, colorScheme: scheme });
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4181/' + q);
  await p.waitForFunction(() => document.querySelectorAll('[data-rendered-range]').length === 4, null, { timeout: 60000 });
  await p.waitForTimeout(1500);
  const area = name.startsWith('stats') ? 'statistics' : 'map';
  await p.locator(`section[data-area="${area}"]`).screenshot({ path: `/tmp/shots/${name}.png` });
  await ctx.close();
}
await b.close();
