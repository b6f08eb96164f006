/**
 * Deploy anywhere: the site built for /breachline/, bundled with `write-bundle`, unzipped to a temporary folder whose
 * published checksums must verify, served there under /breachline/ by Debian's nginx with the README's recipe, and
 * driven as a reader would; then the root build in dist/ (made by `npm test`) passes the same crawl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { crawl, precacheList } from '../support/crawl.ts';
import { nginxInstalled, readmeNginxRecipe, startNginx } from '../support/nginx.ts';
import { astroEnv, ROOT } from '../support/project-copy.ts';
import { DIST, assertBuilt } from '../support/site.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { failOnPolicyViolations } from '../support/policy-violations.ts';

const BASE = '/breachline/';
const work = mkdtempSync(join(tmpdir(), 'breachline-deploy-'));
const clinic = readFileSync('test/fixtures/answers/clinic.json', 'utf8');

let server: { origin: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let published: { zip: string; checksums: string };

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...astroEnv(), ...env }, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** The meta-tag policy of a built page, to send as a header the way the README's recipes do. */
const policyOf = (html: string): string => /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

failOnPolicyViolations(() => browser);

beforeAll(async () => {
  // Build for the path into a folder of its own (dist/ belongs to the other tests), then bundle and publish.
  run(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', join(work, 'built')], { BREACHLINE_BASE: BASE });
  run(join(ROOT, 'node_modules/.bin/node'), ['src/cli/write-bundle.ts', '--site', join(work, 'built'), '--out', join(work, 'published')]);
  const names = readdirSync(join(work, 'published'));
  published = { zip: names.find((n) => n.endsWith('.zip'))!, checksums: names.find((n) => n.endsWith('.sha256'))! };

  // A reader's copy: the zip and its published checksum list in a folder, the zip unpacked beside them.
  const copy = join(work, 'download');
  mkdirSync(copy);
  for (const name of [published.zip, published.checksums]) writeFileSync(join(copy, name), readFileSync(join(work, 'published', name)));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(copy, published.zip))))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), bytes);
  }
  const site = join(copy, published.zip.replace(/\.zip$/, ''), 'site');
  const srv = join(work, 'srv');
  mkdirSync(srv);
  symlinkSync(site, join(srv, 'breachline'));

  if (nginxInstalled()) {
    const recipe = readmeNginxRecipe(readFileSync('README.md', 'utf8'))
      .replaceAll('/srv', srv)
      .replaceAll('SEARCH_POLICY', policyOf(readFileSync(join(site, 'search/index.html'), 'utf8')))
      .replaceAll('POLICY', policyOf(readFileSync(join(site, 'index.html'), 'utf8')));
    server = await startNginx(recipe);
  } else {
    console.warn('No nginx at /usr/sbin/nginx (apt-get install nginx-light): serving the sub-path build with the test server.');
    const fallback: StaticServer = await startStaticServer(srv);
    server = fallback;
  }
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  // Answers saved by a root copy of the site before bases existed: the copy under /breachline/ takes them up.
  await context.addInitScript((value) => {
    if (!localStorage.getItem('breachline:answers')) {
      localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: '2026-11-01T09:00:00.000Z', value: JSON.parse(value) }));
    }
  }, clinic);
  page = await context.newPage();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the release bundle', () => {
  it('unpacks to files whose published checksums, and the zip’s, verify with sha256sum', () => {
    const check = spawnSync('sha256sum', ['--strict', '-c', published.checksums], { cwd: join(work, 'download'), encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const lines = check.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${published.zip}: OK`);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.every((line) => line.endsWith(': OK'))).toBe(true);
  });
});

describe(`the site under ${BASE}`, () => {
  it('has no link that answers 404 or leaves the path, and every file of the offline worker’s list is there', async () => {
    const precache = await precacheList(server.origin, BASE);
    expect(precache.every((url) => url.startsWith(BASE))).toBe(true);
    const result = await crawl(server.origin, BASE, precache);
    expect(result.broken).toEqual([]);
    expect(result.outsideBase).toEqual([]);
    expect(result.visited).toContain(`${BASE}exercises/ransomware-ehr-downtime/whole-pack/`);
    expect(result.visited).toContain(`${BASE}answers.schema.json`);
    // Nothing is served outside the path: a link that escaped it would have answered 404.
    expect((await fetch(`${server.origin}/plan/`)).status).toBe(404);
  });

  it('finds pages by search, and the result opens', async () => {
    await page.goto(`${server.origin}${BASE}search/?q=four-factor`);
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.getAttribute('href')).toBe(`${BASE}guide/find-the-root-cause/`);
    await first.click();
    await page.waitForURL(`${server.origin}${BASE}guide/find-the-root-cause/`);
    expect(await page.locator('h1').first().textContent()).toMatch(/root cause/i);
  });

  it('builds the plan from the answers saved at the root, and downloads it', async () => {
    await page.goto(`${server.origin}${BASE}plan/#step-plan`);
    await page.locator('.timeline-table').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown (.md)' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Lakeside Family Clinic');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toContain(`breachline:${'/breachline/'}:answers`);
  });

  it('prints an exercise pack', async () => {
    await page.goto(`${server.origin}${BASE}exercises/ransomware-ehr-downtime/whole-pack/`);
    await page.locator('h1').first().waitFor();
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThan(5);
  });

  it('works over plain http on an intranet host name, where there is no secure context, offline use apart', async () => {
    // The browser asks the test server for http://intranet.test/…: an origin that is not potentially trustworthy.
    const intranet = 'http://intranet.test';
    await context.route(`${intranet}/**`, async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().replace(intranet, server.origin) }) }),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${intranet}${BASE}plan/#step-plan`);
      expect(await page.evaluate(() => ({ secure: isSecureContext, worker: 'serviceWorker' in navigator }))).toEqual({ secure: false, worker: false });
      await page.locator('.timeline-table').waitFor({ timeout: 30_000 });
      await page.goto(`${intranet}${BASE}search/?q=four-factor`);
      await page.locator('#search-results li a').first().waitFor({ timeout: 30_000 });
      await page.goto(`${intranet}${BASE}exercises/ransomware-ehr-downtime/facilitator-guide/`);
      await expect(page.locator('.tailoring-note').first().textContent({ timeout: 15_000 })).resolves.toContain('Tailored');
      expect(errors).toEqual([]);
    } finally {
      page.removeAllListeners('pageerror');
      await context.unroute(`${intranet}/**`);
    }
  });

  it('reloads a page with the network gone, from its own cache under the path', async () => {
    await page.goto(`${server.origin}${BASE}guide/`);
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return registration.scope;
    });
    expect(scope).toBe(`${server.origin}${BASE}`);
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^breachline:\/breachline\/:[0-9a-f]{12}$/)]);
    await context.setOffline(true);
    try {
      await page.reload();
      expect(await page.locator('h1').first().textContent()).toContain('Guide');
      await page.goto(`${server.origin}${BASE}requirements/tx/`);
      expect(await page.locator('h1').first().textContent()).toContain('Texas');
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('the site at the root (dist/, built by npm test)', () => {
  let root: StaticServer;
  beforeAll(async () => {
    assertBuilt();
    root = await startStaticServer(DIST);
  });
  afterAll(() => root?.close());

  it('has no link that answers 404, and every file of the offline worker’s list is there', async () => {
    const result = await crawl(root.origin, '/', await precacheList(root.origin, '/'));
    expect(result.broken).toEqual([]);
    expect(result.visited.length).toBeGreaterThan(200);
  });
});
