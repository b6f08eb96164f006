/** Accessibility of every built page as its HTML gives it: axe's structural rules, and no request to another origin. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveBuiltSite } from '../support/built-site.ts';
import { watchForeignRequests } from '../support/browser.ts';
import { builtPages } from '../support/site.ts';
import { axeViolations, preloadAxe } from '../support/axe.ts';
import { versions } from '../support/exercises.ts';
import { PACK_PARTS } from '../../src/components/exercises/pack.ts';

const site = serveBuiltSite();
// A variant's part pages are the whole pack's parts cut apart by the same renderer: its overview, whole pack and
// participant version are checked here, and the parts as pages on each scenario as written.
const variantParts = new Set(versions.filter((v) => v.variant).flatMap((v) => PACK_PARTS.map((part) => `/exercises/${v.slug}/${part.slug}/`)));
const pages = builtPages().filter(([url]) => !variantParts.has(url));

describe('every page as built', () => {
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  beforeAll(async () => {
    context = await site.browser.newContext({ serviceWorkers: 'block' });
    await preloadAxe(context);
    foreign = watchForeignRequests(context, site.server.origin);
    // The page as its HTML and styles give it: no script runs, so no island redraws it while axe reads it.
    await context.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.fallback()));
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(pages.map(([url]) => url))('has no structural axe violation and loads nothing from another origin: %s', async (url) => {
    foreign.length = 0;
    await page.goto(`${site.server.origin}${url}`);
    expect(await axeViolations(page, { structureOnly: true })).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
