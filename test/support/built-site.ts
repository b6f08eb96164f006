/**
 * For a browser test file: serves the built site from dist/ and launches Chromium before its tests, closes both after.
 * A test fails if a page reports a Content Security Policy violation.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { failOnPolicyViolations } from './policy-violations.ts';
import { DIST } from './site.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export function serveBuiltSite(): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await startStaticServer(DIST);
    site.browser = await launchBrowser();
  });
  failOnPolicyViolations(() => site.browser);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
