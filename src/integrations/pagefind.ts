/**
 * Builds the Pagefind search index as part of `astro build` (over the built HTML), and serves an index of the
 * same content during `astro dev`, so that search works in both without a separate command.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

async function failOn(step: string, result: { errors: string[] }): Promise<void> {
  if (result.errors.length > 0) throw new Error(`Pagefind ${step} failed: ${result.errors.join('; ')}`);
}

/** Text of an MDX page without its frontmatter and Markdown punctuation, for the dev-server index. */
export function mdxToSearchRecord(source: string): { title: string; content: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  const frontmatter = match?.[1] ?? '';
  const title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1]?.replace(/^["']|["']$/g, '') ?? '';
  const body = source
    .slice(match?.[0].length ?? 0)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]/g, ' ')
    .replace(/- \[ \]/g, ' ');
  return { title, content: `${title}\n${body}` };
}

async function devIndex(contentDir: string, base: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const file of (await readdir(contentDir)).filter((f) => f.endsWith('.mdx'))) {
    const { title, content } = mdxToSearchRecord(await readFile(`${contentDir}/${file}`, 'utf8'));
    await failOn(
      'dev record',
      await index.addCustomRecord({
        url: `${base}guide/${file.replace(/\.mdx$/, '')}/`,
        content,
        language: 'en',
        meta: { title },
      }),
    );
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`Pagefind dev index failed: ${fileErrors.join('; ')}`);
  return new Map(files.map((f) => [`${base}pagefind/${f.path}`, f.content]));
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
};

/** `base`: the path the site is served under (`/` or `/breachline/`). */
export function pagefindSearch(base: string): AstroIntegration {
  return {
    name: 'breachline:pagefind',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const contentDir = fileURLToPath(new URL('../../content/guide', import.meta.url));
        let files: Map<string, Uint8Array> | undefined;
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(`${base}pagefind/`)) return next();
          files ??= await devIndex(contentDir, base);
          const body = files.get(path);
          if (!body) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(body);
        });
        logger.info('Search index for the dev server is built from content/guide on first use.');
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
