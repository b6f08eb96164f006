/**
 * The pages `astro dev` serves, found the way a reader finds them: from the home page, link by link. The dev
 * search index is built from these pages as rendered, so it holds what the built site's index holds.
 */

/** A route as Astro resolves it, reduced to what the crawl needs. */
export interface CrawlRoute {
  patternRegex: RegExp;
  /** Whether the route takes parameters (one file, many pages). */
  dynamic: boolean;
  /** Whether its page marks a search body (`data-pagefind-body`), so that search indexes it. */
  searchable: boolean;
}

/** Internal links to pages (paths under `base` that end in `/`), resolved against the page they are on, without fragment or query. */
export function pageLinks(html: string, pagePath: string, base: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*?\shref\s*=\s*"([^"]*)"/gi)) {
    const raw = match[1]!.replace(/&amp;/g, '&');
    let url: URL;
    try {
      url = new URL(raw, `http://crawl${pagePath}`);
    } catch {
      continue;
    }
    if (url.host !== 'crawl' || !url.pathname.startsWith(base) || !url.pathname.endsWith('/')) continue;
    links.add(url.pathname);
  }
  return [...links];
}

/**
 * Whether the crawl fetches a path: every page of a route without parameters (they are few, and they link to the
 * rest), and the pages of a route with parameters only when search indexes them: exercise packs run to hundreds
 * of pages that search leaves out.
 */
export function worthFetching(path: string, base: string, routes: readonly CrawlRoute[]): boolean {
  if (path.startsWith(`${base}pagefind/`)) return false;
  const routePath = `/${path.slice(base.length)}`;
  const route = routes.find((candidate) => candidate.patternRegex.test(routePath) || candidate.patternRegex.test(routePath.replace(/\/$/, '')));
  return route !== undefined && (!route.dynamic || route.searchable);
}

/** Each page reached from `base`, fetched once, handed to `visit` as HTML. */
export async function crawl(
  base: string,
  routes: readonly CrawlRoute[],
  fetchPage: (path: string) => Promise<string | null>,
  visit: (path: string, html: string) => Promise<void>,
): Promise<number> {
  const seen = new Set([base]);
  let queue = [base];
  let pages = 0;
  while (queue.length > 0) {
    const next: string[] = [];
    // A few at a time: the dev server renders on demand, and the machine may be small.
    for (let start = 0; start < queue.length; start += 4) {
      await Promise.all(
        queue.slice(start, start + 4).map(async (path) => {
          const html = await fetchPage(path);
          if (html === null) return;
          pages += 1;
          await visit(path, html);
          for (const link of pageLinks(html, path, base)) {
            if (seen.has(link) || !worthFetching(link, base, routes)) continue;
            seen.add(link);
            next.push(link);
          }
        }),
      );
    }
    queue = next;
  }
  return pages;
}
