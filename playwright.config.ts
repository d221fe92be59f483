import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Generous waits: these are the longest a condition may take to become true, not speeds the
  // tests hold the app to, and a loaded two-core machine takes several seconds for a full load.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // Recording a trace (a screencast and a DOM snapshot per action) nearly doubled the suite's
    // time on a two-core machine. To debug a failure: `npx playwright test <file> --trace on`.
    trace: 'off',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: chromiumArgs,
    },
  },
  webServer: {
    // The tests run against the production build, served as a static host would serve it
    // (at / and under the sub-path /tools/syria/).
    command: `npm run build && node scripts/serve-static.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Always build and serve afresh: a server left running would test yesterday's build.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
