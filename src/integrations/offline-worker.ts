/**
 * Writes `dist/sw.js`: a service worker whose versioned precache list is every file of the built site, so that
 * after one visit the whole site keeps working with the network gone. The dev server has no worker.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cachePrefix, isPrecached, replacedCachePrefixes, siteVersion, urlForFile } from '../offline/precache.ts';

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(root.length + 1))
    .sort();
}

/** `base`: the path the site is served under (`/` or `/breachline/`), which is also the worker's scope. */
export function offlineWorker(base: string): AstroIntegration {
  return {
    name: 'breachline:offline-worker',
    hooks: {
      // `astro dev` writes no sw.js, so its pages leave the registration out (src/offline/registration.ts). Set here,
      // from the command, rather than read from import.meta.env.DEV, which Vitest sets for builds it runs too.
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __BREACHLINE_OFFLINE_WORKER__: JSON.stringify(command !== 'dev') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const paths = (await listFiles(root)).filter(isPrecached);
        const files = await Promise.all(paths.map(async (path) => ({ path, bytes: await readFile(`${root}/${path}`) })));
        const version = siteVersion(files);
        const template = await readFile(new URL('../offline/worker-template.js', import.meta.url), 'utf8');
        const worker = template
          .replace('__VERSION__', JSON.stringify(version))
          .replace('__CACHE_PREFIX__', JSON.stringify(cachePrefix(base)))
          .replace('__REPLACED_PREFIXES__', JSON.stringify(replacedCachePrefixes(base)))
          .replace('__OFFLINE_PAGE__', JSON.stringify(urlForFile('offline/index.html', base)))
          .replace('__PRECACHE__', JSON.stringify(paths.map((path) => urlForFile(path, base))));
        await writeFile(`${root}/sw.js`, worker);
        logger.info(`Offline worker ${version}: ${paths.length} files precached.`);
      },
    },
  };
}
