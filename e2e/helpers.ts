import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Reads a file of the bundled dataset, so tests follow the data instead of copying values. */
export function readDataset<T>(file: string): T {
  return JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8')) as T;
}

export interface MeetingRecord {
  id: string;
  title: string;
  start: string;
  end: string;
  status: string;
  track: string;
}

/** The panel `<section>` with the given heading. */
export function panel(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** Collects every request the page makes, to check that none leaves the origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Collects console messages that report Content-Security-Policy violations. */
export function recordCspViolations(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  return messages;
}
