import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { builtPages, readPage } from '../support/site.ts';

const pages = builtPages();

/** The page's policy from its meta tag, as directive name → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
  if (!content) throw new Error('no Content Security Policy meta tag');
  const directives = content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!, sources]));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

describe('the Content Security Policy of every built page', () => {
  it.each(pages)('limits every kind of request to this site: %s', (_url, file) => {
    const policy = policyOf(readPage(file));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it.each(pages)('runs only its own scripts, by origin or hash, with no inline or eval: %s', (url, file) => {
    const html = readPage(file);
    const scripts = policyOf(html).get('script-src') ?? [];
    expect(scripts[0]).toBe("'self'");
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(url === '/search/' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    for (const code of inline(html, 'script')) expect(scripts, code.slice(0, 80)).toContain(sha256(code));
    expect(html, 'an event handler attribute').not.toMatch(/<[a-z][^>]*\son[a-z]+=/);
  });

  it.each(pages)('applies only its own styles, by origin or hash: %s', (_url, file) => {
    const html = readPage(file);
    const styles = policyOf(html).get('style-src') ?? [];
    expect(styles.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    for (const css of inline(html, 'style')) expect(styles).toContain(sha256(css));
    expect(html, 'a style attribute').not.toMatch(/<[a-z][^>]*\sstyle=/);
  });

  it.each(pages)('requires Trusted Types, with the site’s named policies only: %s', (_url, file) => {
    const policy = policyOf(readPage(file));
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')?.toSorted()).toEqual(
      ['breachline-document-html', 'breachline-engine-worker', 'breachline-offline-worker', 'breachline-search-excerpt', 'default'],
    );
  });

  it('is one policy for every page, the search page adding only WebAssembly, so that one header can serve the site', () => {
    const policies = new Set(pages.filter(([url]) => url !== '/search/').map(([, file]) => policyOf(readPage(file))).map((p) => JSON.stringify([...p])));
    expect(policies.size).toBe(1);
    const search = policyOf(readPage(pages.find(([url]) => url === '/search/')![1]));
    search.set('script-src', search.get('script-src')!.filter((s) => s !== "'wasm-unsafe-eval'"));
    expect(JSON.stringify([...search])).toBe([...policies][0]);
  });

  it.each(pages)('comes before every script and stylesheet, so it covers them: %s', (_url, file) => {
    const html = readPage(file);
    const meta = html.indexOf('<meta http-equiv="content-security-policy"');
    const first = html.search(/<script|<style|<link rel="stylesheet"/);
    expect(meta).toBeGreaterThan(-1);
    if (first > -1) expect(meta).toBeLessThan(first);
  });
});
