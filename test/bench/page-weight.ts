/** Loads a page in a fresh browser context and adds up what it transferred: bytes raw and gzip, JavaScript, requests. */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  jsFiles: number;
  jsGzipBytes: number;
  inlineJsBytes: number;
}

export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  // Service workers blocked: this measures the page itself, not the offline precache that follows a first visit.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    bodies.push(response.body().then((body) => ({ type: response.request().resourceType(), body }), () => ({ type: 'failed', body: Buffer.alloc(0) })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inlineJsBytes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + (s.textContent?.length ?? 0), 0),
  );
  const responses = await Promise.all(bodies);
  await context.close();
  const js = responses.filter((r) => r.type === 'script');
  const gz = (b: Buffer) => gzipSync(b).length;
  return {
    requests: responses.length,
    rawBytes: responses.reduce((n, r) => n + r.body.length, 0),
    gzipBytes: responses.reduce((n, r) => n + gz(r.body), 0),
    jsFiles: js.length,
    jsGzipBytes: js.reduce((n, r) => n + gz(r.body), 0),
    inlineJsBytes,
  };
}
