import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtPages, DIST, readPage } from '../support/site.ts';
import { REGISTER_OFFLINE_WORKER } from '../../src/offline/registration.ts';

const pages = builtPages();
const guideSlugs = readdirSync('content/guide').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

const attr = (html: string, tag: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

function frontmatterOrder(slug: string): number {
  const source = readFileSync(`content/guide/${slug}.mdx`, 'utf8');
  return Number(/^order:\s*(\d+)/m.exec(source)?.[1]);
}

describe('every built page', () => {
  it.each(pages)('has one h1 and a title: %s', (_url, file) => {
    const html = readPage(file);
    expect(html.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim()).toBeTruthy();
    expect(html).toMatch(/<html lang="en"/);
  });

  it.each(pages)('links only to pages and anchors that exist: %s', (url, file) => {
    const html = readPage(file);
    const broken: string[] = [];
    for (const href of attr(html, 'a', 'href')) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const [path = '', fragment] = href.split('#');
      const targetPath = path === '' ? url : new URL(path, `http://site${url}`).pathname;
      const target = [`${DIST}${targetPath}`, `${DIST}${targetPath}/index.html`, `${DIST}${targetPath}index.html`].find(
        (f) => existsSync(f) && !f.endsWith('/'),
      );
      if (!target) {
        broken.push(href);
        continue;
      }
      if (fragment && target.endsWith('.html') && !ids(readFileSync(target, 'utf8')).has(fragment)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('loads nothing from another site: %s', (_url, file) => {
    const html = readPage(file);
    const external = [...attr(html, 'script', 'src'), ...attr(html, 'link', 'href'), ...attr(html, 'img', 'src')].filter(
      (u) => /^(https?:)?\/\//.test(u),
    );
    expect(external).toEqual([]);
  });
});

describe('guide pages', () => {
  it('builds one page per guide file, and the eight topics are there', () => {
    expect(guideSlugs.length).toBeGreaterThanOrEqual(8);
    for (const slug of guideSlugs) expect(existsSync(`${DIST}/guide/${slug}/index.html`)).toBe(true);
  });

  it('lists the guide in frontmatter order in the navigation of every guide page', () => {
    const expected = [...guideSlugs].sort((a, b) => frontmatterOrder(a) - frontmatterOrder(b)).map((s) => `/guide/${s}/`);
    for (const slug of guideSlugs) {
      const html = readFileSync(`${DIST}/guide/${slug}/index.html`, 'utf8');
      const nav = /<nav class="guide-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      expect(attr(nav, 'a', 'href')).toEqual(expected);
    }
  });

  it('links each page to the one before and after it in guide order', () => {
    const ordered = [...guideSlugs].sort((a, b) => frontmatterOrder(a) - frontmatterOrder(b));
    ordered.forEach((slug, i) => {
      const html = readFileSync(`${DIST}/guide/${slug}/index.html`, 'utf8');
      const prev = /<a rel="prev" href="([^"]+)"/.exec(html)?.[1];
      const next = /<a rel="next" href="([^"]+)"/.exec(html)?.[1];
      expect(prev).toBe(i > 0 ? `/guide/${ordered[i - 1]}/` : undefined);
      expect(next).toBe(i < ordered.length - 1 ? `/guide/${ordered[i + 1]}/` : undefined);
    });
  });

  it.each(guideSlugs)('has a checklist of empty boxes and its sources: %s', (slug) => {
    const html = readFileSync(`${DIST}/guide/${slug}/index.html`, 'utf8');
    expect(html).toContain('id="checklist"');
    const checklist = html.slice(html.indexOf('id="checklist"'));
    expect(checklist).toMatch(/type="checkbox"/);
    expect(html).toContain('id="sources"');
  });

  it.each(guideSlugs)('ships no script but the offline-worker registration: %s', (slug) => {
    const html = readFileSync(`${DIST}/guide/${slug}/index.html`, 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![0]).not.toMatch(/\ssrc=/);
    expect(scripts[0]![1]).toBe(REGISTER_OFFLINE_WORKER);
    expect(REGISTER_OFFLINE_WORKER).toContain('navigator.serviceWorker.register(');
    expect(REGISTER_OFFLINE_WORKER).toContain("'/sw.js'");
  });
});

describe('the offline worker', () => {
  it('precaches every page of the built site and the search index', () => {
    const worker = readFileSync(`${DIST}/sw.js`, 'utf8');
    const list = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(worker)?.[1] ?? '[]') as string[];
    for (const [url] of pages) expect(list).toContain(url);
    expect(list.filter((url) => !url.startsWith('/') || url.startsWith('//'))).toEqual([]);
    expect(list).toContain('/pagefind/pagefind.js');
    expect(list).not.toContain('/sw.js');
  });
});
