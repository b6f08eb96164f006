/**
 * Lighthouse's best-practices score of each kind of page (console errors, the Content Security Policy, Trusted Types,
 * no deprecated APIs ...), in a fresh Debian Chromium per page. Prints one line per page; exits 1 under 100.
 *
 * Run on its own against a built dist/: node_modules/.bin/node test/bench/best-practices.ts
 */
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function bestPractices(origin: string, paths: readonly string[]): Promise<{ path: string; score: number; failed: string[] }[]> {
  const results = [];
  for (const path of paths) {
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ['best-practices'], logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned no result for ${path}.`);
      const category = result.lhr.categories['best-practices']!;
      const failed = category.auditRefs
        .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      results.push({ path, score: Math.round((category.score ?? 0) * 100), failed });
    } finally {
      chrome.kill();
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startStaticServer(`${ROOT}/dist`);
  try {
    const paths = ['/', '/guide/respond-in-time/', '/search/?q=four-factor', '/requirements/', '/requirements/tx/', '/about/', '/plan/', '/review/', '/exercises/', '/exercises/ransomware-ehr-downtime/facilitator-guide/'];
    for (const { path, score, failed } of await bestPractices(server.origin, paths)) {
      console.log(`${path}: best practices ${score}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`);
      if (score < 100) process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
}
