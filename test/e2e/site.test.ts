import { serveBuiltSite } from '../support/built-site.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { watchForeignRequests } from '../support/browser.ts';
import { builtPages } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const pages = builtPages().map(([url]) => url);
const site = serveBuiltSite();


describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme, serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(pages)('axe finds no WCAG 2.2 A or AA violation on %s', async (url) => {
    await page.goto(`${site.server.origin}${url}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('requests', () => {
  let context: BrowserContext;
  let foreign: string[];
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext();
    foreign = watchForeignRequests(context, site.server.origin);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each([...pages, '/search/?q=ransomware'])('%s makes no request to another origin', async (url) => {
    await page.goto(`${site.server.origin}${url}`, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });
});

describe('search', () => {
  it('finds the root-cause page for "four-factor", loading Pagefind only on the search page', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.server.origin}/guide/respond-in-time/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);

    await page.getByLabel('Search the guidance').first().fill('four-factor');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=four-factor/);
    const first = page.locator('#search-results li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/guide\/find-the-root-cause\/(#.*)?$/);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/match/);
    expect(scripts.some((s) => s.startsWith('/pagefind/'))).toBe(true);
    await context.close();
  });

  it('says so when nothing matches', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=zzqxjv`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('No pages match');
    expect(await page.locator('#search-results li').count()).toBe(0);
    await context.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/guide/respond-in-time/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('print', () => {
  it('hides navigation and search, shows link targets, and draws checklist boxes', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/guide/respond-in-time/`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.guide-nav', '.prev-next', '.toc', '.search-form'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none']);
    const afterExternal = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('main a[href^="http"]');
      return link ? getComputedStyle(link, '::after').content : '';
    });
    expect(afterExternal).toContain('http');
    const box = await page.evaluate(() => {
      const item = document.querySelector('#checklist ~ ul li, #checklist + ul li');
      return item ? getComputedStyle(item, '::before').borderTopStyle : '';
    });
    expect(box).toBe('solid');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('shows the navigation on screen', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/guide/respond-in-time/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('none');
    await context.close();
  });
});
