import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { astroEnv, copyProject, ROOT } from '../support/project-copy.ts';

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;
// A copy of the project, so a developer's own `npm start` in the checkout does not clash with this one.
const project = copyProject('dev');
let browser: Browser;

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`dev server did not answer at ${url}`);
}

beforeAll(async () => {
  dev = spawn(`${ROOT}/node_modules/.bin/astro`, ['dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: project.dir,
    env: astroEnv(),
    stdio: process.env.DEBUG_DEV ? 'inherit' : 'ignore',
  });
  await waitForServer(`${ORIGIN}/`, 60_000);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  dev?.kill();
  project.remove();
});

describe('search under npm start (astro dev)', () => {
  it('finds the root-cause page for "four-factor"', async () => {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/search/?q=four-factor`);
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 60_000 });
    expect(await first.getAttribute('href')).toBe('/guide/find-the-root-cause/');
    await page.close();
  });
});
