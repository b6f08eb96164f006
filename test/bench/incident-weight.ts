/**
 * /incident/'s JavaScript, in two figures: what the page loads before the first interaction (its island, with an
 * incident saved on this device), and what its engine worker loads just after the first paint (schema, rules,
 * packets). The first must stay within 40 KB gzip.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export const INCIDENT_JS_BUDGET_BYTES = 40 * 1024;

const answers = JSON.parse(readFileSync(new URL('../fixtures/answers/clinic-ransomware.json', import.meta.url), 'utf8'));

export async function weighIncidentView(browser: Browser, origin: string): Promise<{ pageJsGzip: number; workerJsGzip: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('breachline:answers')) localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: '2026-11-01T09:00:00.000Z', value }));
  }, answers);
  const page = await context.newPage();
  const scripts: Promise<{ worker: boolean; gzip: number }>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() !== 'script') return;
    // The worker is one bundle, named for its module; everything else is the page's.
    const worker = /\/engine-worker[.-][^/]*$/.test(new URL(request.url()).pathname);
    scripts.push(response.body().then((body) => ({ worker, gzip: gzipSync(body).length })));
  });
  await page.goto(`${origin}/incident/`);
  await page.locator('.obligation').first().waitFor();
  const loaded = await Promise.all(scripts);
  await context.close();
  const sum = (worker: boolean) => loaded.filter((script) => script.worker === worker).reduce((n, script) => n + script.gzip, 0);
  return { pageJsGzip: sum(false), workerJsGzip: sum(true) };
}
