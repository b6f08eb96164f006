/** Pure helpers for the offline worker: which URLs to precache, and a version that changes with the site. */
import { createHash } from 'node:crypto';

/** The URL a built file is served at: `guide/x/index.html` -> `/guide/x/`. */
export function urlForFile(relativePath: string): string {
  const path = `/${relativePath.split('\\').join('/')}`;
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
