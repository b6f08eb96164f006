import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, watchForeignRequests } from '../support/browser.ts';
import { failOnPolicyViolations } from '../support/policy-violations.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { DIST, assertBuilt } from '../support/site.ts';
import { cachePrefix } from '../../src/offline/precache.ts';

let browser: Browser;
let server: StaticServer;
let work: string;

/** Waits until the offline worker controls the page and has finished precaching. */
async function waitForOfflineWorker(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  return page.evaluate(() => caches.keys());
}

const versionOf = (dir: string) => /const VERSION = "([^"]+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];

failOnPolicyViolations(() => browser);
beforeAll(async () => {
  assertBuilt();
  work = mkdtempSync(join(tmpdir(), 'breachline-offline-'));
  cpSync(DIST, join(work, 'v1'), { recursive: true });
  server = await startStaticServer(join(work, 'v1'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('offline', () => {
  it('after one visit, reloads and opens other pages, and searches, with the network gone', async () => {
    server.setRoot(join(work, 'v1'));
    const context = await browser.newContext();
    const foreign = watchForeignRequests(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    expect(await waitForOfflineWorker(page)).toEqual([`${cachePrefix('/')}${versionOf(join(work, 'v1'))}`]);

    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toContain('Breachline');
    for (const [url, heading] of [
      ['/guide/respond-in-time/', 'Respond in time'],
      ['/guide/find-the-root-cause/', 'root cause'],
      ['/about/', 'About Breachline'],
    ]) {
      await page.goto(`${server.origin}${url}`);
      expect((await page.locator('h1').textContent())?.toLowerCase()).toContain(heading.toLowerCase());
    }
    await page.goto(`${server.origin}/search/?q=four-factor`);
    await page.locator('#search-results li a').first().waitFor();
    expect(await page.locator('#search-results li a').first().getAttribute('href')).toContain('/guide/find-the-root-cause/');
    // Precaching the whole site asked nothing of another origin.
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('replaces the old cache when a new deploy is published', async () => {
    const v2 = join(work, 'v2');
    cpSync(join(work, 'v1'), v2, { recursive: true });
    const about = join(v2, 'about/index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace('<h1>About Breachline</h1>', '<h1>About Breachline, second edition</h1>'));
    writeFileSync(join(v2, 'sw.js'), readFileSync(join(v2, 'sw.js'), 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "second-deploy"'));

    server.setRoot(join(work, 'v1'));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const before = await waitForOfflineWorker(page);
    // A cache as workers named theirs before sites had a base path: the new version replaces it too.
    await page.evaluate(() => caches.open('breachline-0123456789ab'));

    server.setRoot(v2);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`${cachePrefix('/')}second-deploy`]);
    expect(before).not.toContain(`${cachePrefix('/')}second-deploy`);

    await context.setOffline(true);
    await page.goto(`${server.origin}/about/`);
    expect(await page.locator('h1').textContent()).toBe('About Breachline, second edition');
    await context.close();
  });
});
