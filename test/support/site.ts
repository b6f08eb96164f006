/** The built site in `dist/`: where it is and which pages it has. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
}

/** Every HTML page of the built site as [URL path, file path], 404 page included. */
export function builtPages(): [string, string][] {
  assertBuilt();
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = `${e.parentPath}/${e.name}`;
      const rel = file.slice(DIST.length);
      return [rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file] as [string, string];
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

export const readPage = (file: string): string => readFileSync(file, 'utf8');
