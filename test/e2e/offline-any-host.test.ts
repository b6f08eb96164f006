/**
 * Offline on a host that sends `Vary: Origin` (any host with CORS turned on) and `Cache-Control: no-cache`: after one
 * visit, every island still starts with the network gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../support/browser.ts';
import { failOnPolicyViolations } from '../support/policy-violations.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { DIST, assertBuilt } from '../support/site.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

const clinic = readFileSync('test/fixtures/answers/clinic.json', 'utf8');

failOnPolicyViolations(() => browser);
beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer(DIST, { headers: { Vary: 'Origin', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' } });
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript((value) => {
    if (!localStorage.getItem('breachline:answers')) {
      localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: '2026-11-01T09:00:00.000Z', value: JSON.parse(value) }));
    }
  }, clinic);
  page = await context.newPage();
  // One visit with the network up: the worker installs and precaches the site.
  await page.goto(`${server.origin}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline on a host that sends Vary: Origin', () => {
  it('starts the plan builder', async () => {
    await page.goto(`${server.origin}/plan/`);
    await page.locator('.questionnaire[data-ready="true"]').waitFor({ timeout: 15_000 });
  });

  it('starts the review form', async () => {
    await page.goto(`${server.origin}/review/`);
    await page.locator('button:has-text("Start over"):not([disabled])').waitFor({ timeout: 15_000 });
  });

  it('tailors an exercise pack from the saved answers', async () => {
    await page.goto(`${server.origin}/exercises/ransomware-ehr-downtime/facilitator-guide/`);
    await expect(page.locator('.tailoring-note').first().textContent({ timeout: 15_000 })).resolves.toContain('Tailored');
  });

  it('searches', async () => {
    await page.goto(`${server.origin}/search/?q=four-factor`);
    await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results li a').first().getAttribute('href')).toContain('/guide/find-the-root-cause/');
  });
});
