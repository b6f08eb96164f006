/** Pure helpers for the offline worker: which URLs to precache, and a version that changes with the site. */
import { createHash } from 'node:crypto';

/** The URL a built file is served at under `base`: `guide/x/index.html` -> `/guide/x/` (at `/`). */
export function urlForFile(relativePath: string, base = '/'): string {
  const path = `${base}${relativePath.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Files the worker must not cache: itself, and maps no reader needs offline. */
export function isPrecached(relativePath: string): boolean {
  return relativePath !== 'sw.js' && !relativePath.endsWith('.map');
}

/** A short hash over every file's path and bytes: any change to the site gives a new version. */
export function siteVersion(files: { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(file.bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The prefix of the caches the worker keeps the site in. It names the base, so copies of the site under two paths of
 * one origin never delete each other's caches.
 */
export function cachePrefix(base: string): string {
  return `breachline:${base}:`;
}

/** Prefixes of the caches a new version replaces: its own, and at the root the `breachline-` caches of before bases. */
export function replacedCachePrefixes(base: string): string[] {
  return base === '/' ? [cachePrefix(base), 'breachline-'] : [cachePrefix(base)];
}
