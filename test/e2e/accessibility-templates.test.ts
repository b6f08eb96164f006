/**
 * Accessibility of each template: every WCAG rule on one page of each, in each theme (one load for both), with its
 * islands running (and tailored, where a pack reads saved answers), and no request to another origin. Every page:
 * accessibility-pages.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveBuiltSite } from '../support/built-site.ts';
import { watchForeignRequests } from '../support/browser.ts';
import { axeViolations, preloadAxe } from '../support/axe.ts';
import { templateSamples, type Template } from '../support/templates.ts';

const site = serveBuiltSite();
const samples = templateSamples().map(({ template, url }) => [template.name, url, template] as const);
const clinic = JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8'));

/** Opens a page and waits until its islands have hydrated and it shows what the template promises. */
async function openReady(page: Page, url: string, template: Template, tailored: boolean): Promise<void> {
  await page.goto(`${site.server.origin}${url}`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  if (template.ready) await page.locator(template.ready).first().waitFor();
  if (tailored) await page.locator('.tailoring-note').waitFor();
}

/**
 * Light theme first with every rule; then the same load in the dark theme with the rules a theme can change (colour,
 * size, position: LAYOUT_RULES). The structural rules read markup that no theme changes, so one run of them holds for both.
 */
async function bothThemes(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = (await axeViolations(page)).map((v) => `light: ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axeViolations(page, { layoutOnly: true })).map((v) => `dark: ${v}`);
  return [...light, ...dark];
}

describe('one page of each template in the light and dark themes', () => {
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  beforeAll(async () => {
    context = await site.browser.newContext({ serviceWorkers: 'block' });
    await preloadAxe(context);
    foreign = watchForeignRequests(context, site.server.origin);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(samples)('%s (%s): no WCAG 2.2 A or AA violation, nothing loaded from another origin', async (_name, url, template) => {
    foreign.length = 0;
    await openReady(page, url, template, false);
    expect(await bothThemes(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('the exercise pack tailored to saved answers, in the light and dark themes', () => {
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  beforeAll(async () => {
    context = await site.browser.newContext({ serviceWorkers: 'block' });
    await preloadAxe(context);
    await context.addInitScript(
      (value) => localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: '2026-11-01T09:00:00.000Z', value })),
      clinic,
    );
    foreign = watchForeignRequests(context, site.server.origin);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  // Tailoring fills the same marks in every part: the whole pack holds every part, the overview has its own note.
  const tailoredSamples = samples.filter(([, url, template]) => template.tailored && /^\/exercises\/[^/]+\/(whole-pack\/)?$/.test(url));
  it('checks the tailored whole pack and overview', () => expect(tailoredSamples.length).toBe(2));
  it.each(tailoredSamples)('%s (%s): no WCAG 2.2 A or AA violation', async (_name, url, template) => {
    foreign.length = 0;
    await openReady(page, url, template, true);
    expect(await bothThemes(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
