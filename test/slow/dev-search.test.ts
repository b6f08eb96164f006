import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { astroEnv, copyProject, ROOT } from '../support/project-copy.ts';

let dev: ChildProcess;
let origin: string;
// A copy of the project, so a developer's own `npm start` in the checkout does not clash with this one.
const project = copyProject('dev');
let browser: Browser;

/** Resolves with the local URL `astro dev` prints once it is ready (it moves to another port if 4391 is taken). */
function localUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.DEBUG_DEV) process.stdout.write(chunk);
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`astro dev exited (${code}) before it was ready:\n${output}`)));
  });
}

beforeAll(async () => {
  dev = spawn(`${ROOT}/node_modules/.bin/astro`, ['dev', '--port', '4391', '--host', '127.0.0.1'], {
    cwd: project.dir,
    env: astroEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await localUrl(dev);
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
    await page.goto(`${origin}/search/?q=four-factor`);
    const first = page.locator('#search-results li a').first();
    // The first search waits for the dev server to read its pages (and compile them on a cold start).
    await first.waitFor({ timeout: 120_000 });
    expect(await first.getAttribute('href')).toBe('/guide/find-the-root-cause/');
    await page.close();
  });

  it('finds a requirements page, as the built site does ("hospice" is on California’s alone)', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=hospice`);
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 60_000 });
    expect(await first.getAttribute('href')).toBe('/requirements/ca/');
    await page.close();
  });
});

describe('the console under npm start', () => {
  // Pages without islands: in this copy of the project, node_modules is a link outside it, which Vite will not
  // serve to the browser, so islands do not start here (they do under a real `npm start`).
  it('shows no error on the home, guide, requirements and search pages: no offline worker is registered where none exists', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    let registering = 0;
    for (const path of ['/', '/guide/find-the-root-cause/', '/requirements/ca/', '/search/?q=hospice']) {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      if ((await response?.text())?.includes('serviceWorker.register')) registering += 1;
    }
    await page.locator('#search-results li a').first().waitFor({ timeout: 60_000 });
    expect(registering).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
