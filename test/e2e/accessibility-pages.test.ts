/** Accessibility of every built page as its HTML gives it: axe's structural rules, and no request to another origin. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveBuiltSite } from '../support/built-site.ts';
import { watchForeignRequests } from '../support/browser.ts';
import { axeViolations, preloadAxe } from '../support/axe.ts';
import { versions } from '../support/exercises.ts';
import { PACK_PARTS } from '../../src/components/exercises/pack.ts';
import { builtPages } from '../support/site.ts';

const site = serveBuiltSite();
// A variant's part pages are the whole pack's parts cut apart by the same renderer: its overview, whole pack and
// participant version are checked here, and the parts as pages on each scenario as written.
const variantParts = new Set(versions.filter((v) => v.variant).flatMap((v) => PACK_PARTS.map((part) => `/exercises/${v.slug}/${part.slug}/`)));
const pages = builtPages().filter(([url]) => !variantParts.has(url));

// Two pages at once: while one waits on the server or on Chromium's IPC, the other runs axe.
const PAGES = 2;

describe('every page as built', () => {
  let context: BrowserContext;
  // Each page with the requests it made to another origin: a page serves one test at a time.
  type Tab = { page: Page; foreign: string[] };
  const idle: Tab[] = [];
  const waiting: ((tab: Tab) => void)[] = [];
  const acquire = (): Promise<Tab> => new Promise((resolve) => (idle.length > 0 ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (tab: Tab) => (waiting.length > 0 ? waiting.shift()!(tab) : idle.push(tab));

  beforeAll(async () => {
    context = await site.browser.newContext({ serviceWorkers: 'block' });
    await preloadAxe(context);
    // The page as its HTML and styles give it: no script file runs, so no island redraws it while axe reads it.
    await context.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.fallback()));
    for (let i = 0; i < PAGES; i += 1) {
      const page = await context.newPage();
      idle.push({ page, foreign: watchForeignRequests(page, site.server.origin) });
    }
  });
  afterAll(() => context?.close());

  it.concurrent.for(pages.map(([url]) => url))('has no structural axe violation and loads nothing from another origin: %s', async (url, { expect }) => {
    const tab = await acquire();
    try {
      tab.foreign.length = 0;
      await tab.page.goto(`${site.server.origin}${url}`);
      expect(await axeViolations(tab.page, { structureOnly: true })).toEqual([]);
      expect(tab.foreign).toEqual([]);
    } finally {
      release(tab);
    }
  });
});
