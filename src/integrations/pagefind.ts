/**
 * Builds the Pagefind search index as part of `astro build` (over the built HTML), and serves an index of the
 * same content during `astro dev`, so that search works in both without a separate command.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { crawl, type CrawlRoute } from './dev-crawl.ts';

async function failOn(step: string, result: { errors: string[] }): Promise<void> {
  if (result.errors.length > 0) throw new Error(`Pagefind ${step} failed: ${result.errors.join('; ')}`);
}

/**
 * The search index for the dev server: the pages it serves, fetched from it (through `origin`) and indexed as
 * rendered, so that search covers what the built site's covers (guide and requirements pages alike).
 */
async function devIndex(origin: string, base: string, routes: readonly CrawlRoute[]) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const fetchPage = async (path: string): Promise<string | null> => {
    const response = await fetch(`${origin}${path}`);
    return response.ok && response.headers.get('content-type')?.includes('text/html') ? response.text() : null;
  };
  const pages = await crawl(base, routes, fetchPage, async (url, content) => {
    await failOn('dev page', await index.addHTMLFile({ url, content }));
  });
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`Pagefind dev index failed: ${fileErrors.join('; ')}`);
  await index.deleteIndex();
  return { pages, files: new Map(files.map((f) => [`${base}pagefind/${f.path}`, f.content])) };
}

/** Whether a page's source marks a search body; Pagefind then indexes only pages that do. */
async function marksSearchBody(entrypoint: string): Promise<boolean> {
  const source = await readFile(fileURLToPath(new URL(`../../${entrypoint}`, import.meta.url)), 'utf8').catch(() => '');
  return source.includes('data-pagefind-body');
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
};

/** `base`: the path the site is served under (`/` or `/breachline/`). */
export function pagefindSearch(base: string): AstroIntegration {
  let routes: CrawlRoute[] = [];
  let devSearch: ReturnType<typeof devIndex> | undefined;
  return {
    name: 'breachline:pagefind',
    hooks: {
      'astro:routes:resolved': async ({ routes: resolved }) => {
        const pages = resolved.filter((route) => route.type === 'page' && route.origin === 'project');
        routes = await Promise.all(
          pages.map(async (route) => ({
            patternRegex: route.patternRegex,
            dynamic: route.params.length > 0,
            searchable: await marksSearchBody(route.entrypoint),
          })),
        );
        devSearch = undefined;
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Built once, on the first search after a start or a change of any page or content file.
        server.watcher.on('change', () => {
          devSearch = undefined;
        });
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(`${base}pagefind/`)) return next();
          if (!devSearch) {
            devSearch = devIndex(`http://${req.headers.host}`, base, routes);
            void devSearch.then(({ pages }) => logger.info(`Search index for the dev server: ${pages} pages read.`)).catch(() => {});
          }
          let files: Map<string, Uint8Array>;
          try {
            ({ files } = await devSearch);
          } catch (error) {
            devSearch = undefined;
            return next(error);
          }
          const body = files.get(path);
          if (!body) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(body);
        });
        logger.info('Search index for the dev server is built from its own pages on first use.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        await failOn('indexing', added);
        await failOn('writing', await index.writeFiles({ outputPath: `${site}/pagefind` }));
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
