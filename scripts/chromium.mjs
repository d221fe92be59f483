import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined so that
 * Playwright uses its own download (a developer machine after `npx playwright install chromium`).
 */
export function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => Boolean(path && existsSync(path)));
}

/**
 * Keeps Chromium from calling home (these machines reach nothing but the app's own server) and
 * from building pages of its own no test looks at.
 */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium 156 builds the address bar's two pop-up pages (WebUI) for every new window, even
  // headless: a second of CPU per test on a two-core machine, for a window no one sees.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
