/**
 * The site's own addresses under the base path it is built for (`BREACHLINE_BASE=/breachline/ npm run build`; `/`
 * when unset). Page code, islands and the exercise renderer write every internal link through `href`, so a copy of
 * the site works under any path: a GitHub Pages project site, an intranet portal, shared hosting.
 */

/** `/`, or the base with one leading and one trailing slash: `breachline` and `/breachline` give `/breachline/`. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '/';
  // Plain path segments only: the base goes into scripts, storage keys and cache names as it is.
  const segments = trimmed.split('/');
  if (segments.some((s) => !/^[\w.~%-]+$/.test(s) || s === '.' || s === '..')) {
    throw new Error(`Not a base path: "${raw}" (use letters, digits and - . _ ~ between slashes, such as /breachline/)`);
  }
  return `/${trimmed}/`;
}

/** A root-relative path (`/plan/`, `/guide/x/#part`) under `base`. Anything else (another site, `#part`) is left alone. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path.slice(1)}`;
}

/** Written into pages, islands and workers by the build (astro.config.mjs, `vite.define`); absent in plain Node. */
declare const __BREACHLINE_BASE__: string | undefined;

/**
 * The base this build serves under; `/` where the build did not write one (the command line, the unit tests). Not
 * `import.meta.env.BASE_URL`: while pages render, Astro lets a `BASE_URL` in the environment override it.
 */
export const SITE_BASE: string = normalizeBase(typeof __BREACHLINE_BASE__ === 'string' ? __BREACHLINE_BASE__ : '/');

/** This site's `path` under the base it is built for: `href('/plan/')` is `/breachline/plan/` under `/breachline/`. */
export const href = (path: string): string => withBase(SITE_BASE, path);
