import { describe, expect, it } from 'vitest';
import { crawl, pageLinks, worthFetching, type CrawlRoute } from '../../src/integrations/dev-crawl.ts';

const routes: CrawlRoute[] = [
  { patternRegex: /^\/$/, dynamic: false, searchable: false },
  { patternRegex: /^\/guide\/$/, dynamic: false, searchable: false },
  { patternRegex: /^\/guide\/([^/]+?)\/$/, dynamic: true, searchable: true },
  { patternRegex: /^\/exercises\/([^/]+?)\/$/, dynamic: true, searchable: false },
];

describe('pageLinks', () => {
  it('returns the internal page links under the base, resolved, without fragment or query, once each', () => {
    const html = `
      <a href="/x/guide/">Guide</a> <a class="c" href="one/#top">One</a> <a href="/x/guide/?q=1">again</a>
      <a href="/x/rules.json">data</a> <a href="https://elsewhere.example/x/guide/">out</a> <a href="/other/">other base</a>
      <a href="mailto:a@example.org">mail</a>`;
    expect(pageLinks(html, '/x/guide/', '/x/')).toEqual(['/x/guide/', '/x/guide/one/']);
  });
});

describe('worthFetching', () => {
  it('fetches pages without parameters and the searchable pages with them, not the others nor the index files', () => {
    expect(worthFetching('/x/guide/', '/x/', routes)).toBe(true);
    expect(worthFetching('/x/guide/contain/', '/x/', routes)).toBe(true);
    expect(worthFetching('/x/exercises/ransomware/', '/x/', routes)).toBe(false);
    expect(worthFetching('/x/pagefind/', '/x/', routes)).toBe(false);
    expect(worthFetching('/x/unknown/page/', '/x/', routes)).toBe(false);
  });
});

describe('crawl', () => {
  it('visits each page reached from the base once, skipping what it need not fetch and what does not load', async () => {
    const site: Record<string, string> = {
      '/': '<a href="/guide/">Guide</a><a href="/exercises/drill/">Drill</a>',
      '/guide/': '<a href="/guide/contain/">Contain</a><a href="/guide/gone/">Gone</a><a href="/">Home</a>',
      '/guide/contain/': '<a href="/guide/">Back</a>',
    };
    const fetched: string[] = [];
    const visited: string[] = [];
    const pages = await crawl(
      '/',
      routes,
      async (path) => {
        fetched.push(path);
        return site[path] ?? null;
      },
      async (path) => {
        visited.push(path);
      },
    );
    expect(fetched.sort()).toEqual(['/', '/guide/', '/guide/contain/', '/guide/gone/']);
    expect(visited.sort()).toEqual(['/', '/guide/', '/guide/contain/']);
    expect(pages).toBe(3);
  });
});
