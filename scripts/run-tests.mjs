/**
 * `npm test`: the static checks (types, lint, formatting), then every test, unit (Vitest) then
 * end-to-end (Playwright against the production build), then a smoke run of the benchmark,
 * ending with one plain line per runner that CI reads:
 *   vitest: N passed, N failed
 *   playwright: N passed, N failed
 * Exits non-zero when either runner fails or runs no test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const outDir = 'test-results-summary';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const vitestJson = join(outDir, 'vitest.json');
const playwrightJson = join(outDir, 'playwright.json');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const checkStatus = run('npm', ['run', '--silent', 'check']);
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
const vitestCounts = vitest
  ? {
      passed: vitest.numPassedTests,
      failed: vitest.numFailedTests,
      skipped: vitest.numPendingTests + vitest.numTodoTests,
    }
  : { passed: 0, failed: 1, skipped: 0 };

const playwrightStatus = run('npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
const playwright = readJson(playwrightJson);
const playwrightCounts = playwright
  ? {
      passed: playwright.stats.expected,
      failed: playwright.stats.unexpected + playwright.stats.flaky,
      skipped: playwright.stats.skipped,
    }
  : { passed: 0, failed: 1, skipped: 0 };

// The benchmark in miniature (10,000 synthetic events, one page load) against the build the
// end-to-end tests just made, so that it cannot rot; its budgets are reported, not enforced.
const benchStatus = run('npx', [
  'tsx',
  'bench/run.ts',
  '--smoke',
  '--events',
  '10000',
  '--no-build',
]);

const line = (name, c) =>
  `${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
console.log('');
console.log(
  `check: ${checkStatus === 0 ? 'passed' : 'FAILED (typecheck, lint or format; see above)'}`,
);
console.log(`bench smoke: ${benchStatus === 0 ? 'ran' : 'FAILED (see above)'}`);
console.log(line('vitest', vitestCounts));
console.log(line('playwright', playwrightCounts));

const ok =
  checkStatus === 0 &&
  benchStatus === 0 &&
  vitestStatus === 0 &&
  playwrightStatus === 0 &&
  vitestCounts.failed === 0 &&
  playwrightCounts.failed === 0 &&
  vitestCounts.passed > 0 &&
  playwrightCounts.passed > 0;
process.exit(ok ? 0 : 1);
