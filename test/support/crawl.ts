/** Follows every internal link of a served site from its home page, as a reader (or a link checker) would. */

export interface CrawlResult {
  /** Every internal URL path that was fetched. */
  visited: string[];
  /** `path (status) from page` for each link that did not answer 200. */
  broken: string[];
  /** Internal links that leave the base path: they break wherever the site is not at the root. */
  outsideBase: string[];
}

const LINK = /\b(?:href|src|action)="([^"]*)"/g;

/** The internal paths a page links to (its anchors, stylesheets, scripts, icons, forms), fragments dropped. */
export function internalLinks(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return [...html.matchAll(LINK)]
    .map(([, value]) => new URL(value!.replace(/&amp;/g, '&'), pageUrl))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname);
}

/** Crawls from `base` on `origin`, fetching every page and file linked and every extra path given (the precache list). */
export async function crawl(origin: string, base: string, extra: string[] = []): Promise<CrawlResult> {
  const seen = new Map<string, string>([[base, '(start)'], ...extra.map((path): [string, string] => [path, '(precache list)'])]);
  const queue = [...seen.keys()];
  const broken: string[] = [];
  const outsideBase = new Set<string>();
  while (queue.length > 0) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async (path) => {
        const response = await fetch(`${origin}${path}`);
        if (response.status !== 200) {
          broken.push(`${path} (${response.status}) from ${seen.get(path)}`);
          await response.body?.cancel();
          return;
        }
        if (!response.headers.get('content-type')?.startsWith('text/html')) {
          await response.body?.cancel();
          return;
        }
        for (const link of internalLinks(await response.text(), `${origin}${path}`)) {
          if (!link.startsWith(base)) outsideBase.add(`${link} from ${path}`);
          if (!seen.has(link)) {
            seen.set(link, path);
            queue.push(link);
          }
        }
      }),
    );
  }
  return { visited: [...seen.keys()], broken, outsideBase: [...outsideBase] };
}

/** The offline worker's precache list, read from the site's `sw.js`. */
export async function precacheList(origin: string, base: string): Promise<string[]> {
  const worker = await (await fetch(`${origin}${base}sw.js`)).text();
  return JSON.parse(/const PRECACHE = (\[.*\]);/.exec(worker)?.[1] ?? '[]') as string[];
}
