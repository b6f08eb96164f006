import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { href, normalizeBase, SITE_BASE, withBase } from '../../src/utils/site-path.ts';
import { baseLinksPlugin } from '../../src/integrations/base-links.ts';
import { registerOfflineWorker } from '../../src/offline/registration.ts';
import { cachePrefix, replacedCachePrefixes, urlForFile } from '../../src/offline/precache.ts';

describe('normalizeBase', () => {
  it('returns / for no base, an empty one or a lone slash', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });

  it('returns the base with one leading and one trailing slash', () => {
    expect(normalizeBase('breachline')).toBe('/breachline/');
    expect(normalizeBase('/breachline')).toBe('/breachline/');
    expect(normalizeBase('//security/breachline//')).toBe('/security/breachline/');
  });

  it.each(['/a b/', '/x/../y/', "/it's/", '/x?y/', '/x#y/', '/<x>/', '/a\\b/'])('refuses %s, which is no plain path', (raw) => {
    expect(() => normalizeBase(raw)).toThrow(/Not a base path/);
  });
});

describe('withBase', () => {
  it('puts the base in front of a root-relative path, fragment and query kept', () => {
    expect(withBase('/breachline/', '/plan/')).toBe('/breachline/plan/');
    expect(withBase('/breachline/', '/requirements/#rule-x')).toBe('/breachline/requirements/#rule-x');
    expect(withBase('/breachline/', '/')).toBe('/breachline/');
    expect(withBase('/', '/plan/')).toBe('/plan/');
  });

  it('leaves other sites, protocol-relative URLs, fragments and relative paths alone', () => {
    for (const url of ['https://www.hhs.gov/', '//cdn.example/x.js', '#part', 'plan/', 'mailto:a@b.example']) {
      expect(withBase('/breachline/', url)).toBe(url);
    }
  });
});

describe('href', () => {
  it('uses the base of the build, / under the tests', () => {
    expect(SITE_BASE).toBe('/');
    expect(href('/plan/')).toBe('/plan/');
  });
});

describe('baseLinksPlugin', () => {
  type Element = { type: 'element'; tagName: string; properties: Record<string, unknown> };
  const element = (tagName: string, properties: Record<string, unknown>): Element => ({ type: 'element', tagName, properties });
  /** Runs the plugin's visitor over elements, as Sätteri would over those its filter names; returns what it set. */
  function run(base: string, elements: Element[]): string[] {
    const plugin = baseLinksPlugin(base);
    const set: string[] = [];
    const ctx = { setProperty: (node: Element, key: string, value: unknown) => set.push(`${node.tagName} ${key}=${String(value)}`) };
    for (const node of elements.filter((e) => plugin.element.filter.includes(e.tagName))) plugin.element.visit(node, ctx);
    return set;
  }
  const page = [
    element('a', { href: '/guide/respond-in-time/' }),
    element('img', { src: '/favicon.svg' }),
    element('a', { href: 'https://www.hhs.gov/' }),
    element('a', { href: '#checklist' }),
    element('p', { id: '/not-a-link' }),
  ];

  it('puts the base in front of root-relative links and images only', () => {
    expect(run('/breachline/', page)).toEqual(['a href=/breachline/guide/respond-in-time/', 'img src=/breachline/favicon.svg']);
  });

  it('changes nothing at the root', () => {
    expect(run('/', page)).toEqual([]);
  });
});

describe('the offline worker under a base', () => {
  it('registers the worker under the base, whose scope is then the base', () => {
    expect(registerOfflineWorker('/breachline/')).toContain("const u='/breachline/sw.js'");
    expect(registerOfflineWorker('/')).toContain("const u='/sw.js'");
  });

  it('precaches URLs under the base', () => {
    expect(urlForFile('guide/x/index.html', '/breachline/')).toBe('/breachline/guide/x/');
    expect(urlForFile('pagefind/pagefind.js', '/breachline/')).toBe('/breachline/pagefind/pagefind.js');
    expect(urlForFile('index.html')).toBe('/');
  });

  it('keeps each base’s caches apart: no copy replaces caches that another base’s prefix names', () => {
    const root = replacedCachePrefixes('/');
    const sub = replacedCachePrefixes('/breachline/');
    const subTest = replacedCachePrefixes('/breachline-test/');
    const names = [cachePrefix('/'), cachePrefix('/breachline/'), cachePrefix('/breachline-test/')].map((p) => `${p}0123456789ab`);
    const replaced = (prefixes: string[]) => names.filter((n) => prefixes.some((p) => n.startsWith(p)));
    expect(replaced(root)).toEqual([names[0]]);
    expect(replaced(sub)).toEqual([names[1]]);
    expect(replaced(subTest)).toEqual([names[2]]);
    // At the root, the caches named before bases (breachline-<version>) were this copy's: they go too.
    expect(root.some((p) => 'breachline-0123456789ab'.startsWith(p))).toBe(true);
    expect(sub.some((p) => 'breachline-0123456789ab'.startsWith(p))).toBe(false);
  });
});

/** Every source file under `dir` that holds page markup or links. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(astro|tsx?|jsx?|mdx?)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('internal links in src/ and content/', () => {
  // A root-relative address written as it is breaks under a base path: it must go through href() (or, in MDX
  // prose, be a Markdown link, which the rehype step rewrites).
  const ROOT_RELATIVE = /\b(?:href|src|action)\s*(?:=\s*\{?\s*|:\s*)["'`]\/(?!\/)/;
  const ALLOWED = new Set(['src/utils/site-path.ts']);

  it('write no href="/…", src="/…" or action="/…" outside the base-path helper', () => {
    const offenders = [...sourceFiles('src'), ...sourceFiles('content')]
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          .filter(([line]) => ROOT_RELATIVE.test(line))
          .map(([line, i]) => `${file}:${i + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('would catch each way of writing one', () => {
    for (const line of ['<a href="/plan/">', "{ href: '/guide/' }", '<img src="/x.svg">', '<form action="/search/">', 'href={`/guide/${id}/`}']) {
      expect(line.match(ROOT_RELATIVE), line).not.toBeNull();
    }
    expect('<a href="//other.example/">'.match(ROOT_RELATIVE)).toBeNull();
    expect("<a href={href('/plan/')}>".match(ROOT_RELATIVE)).toBeNull();
  });
});
