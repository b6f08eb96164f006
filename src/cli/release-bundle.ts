/**
 * The release bundle for hosts a security team vets before they serve it: the built site and a README in one zip,
 * and a SHA-256 list, published beside the zip, that checks the zip and every file in it. Pure: files in, bytes out.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

export interface SiteFile {
  /** Path inside the built site, with forward slashes: `guide/x/index.html`. */
  path: string;
  bytes: Uint8Array;
}

export interface Bundle {
  /** `breachline-<version>`: the zip's name without `.zip`, and the folder it unpacks to. */
  name: string;
  zip: Uint8Array;
  /** `sha256sum -c` format: the zip, then every file it unpacks to. */
  checksums: string;
}

/** The base a built site was made for, read from the offline worker's registration in its home page. */
export function builtBase(homePage: string): string {
  const base = /const u='([^']*)sw\.js'/.exec(homePage)?.[1];
  if (!base) throw new Error('The home page has no offline worker registration: is this a built Breachline site?');
  return base;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const checksumLine = (bytes: Uint8Array, path: string): string => `${sha256(bytes)}  ${path}\n`;

// A fixed date for every entry, so the same site always makes the same zip and the same checksums.
const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1));

export function makeBundle(version: string, site: SiteFile[], readme: string): Bundle {
  const name = `breachline-${version}`;
  const entries: [string, Uint8Array][] = [
    [`${name}/README.txt`, new TextEncoder().encode(readme)],
    ...[...site].sort((a, b) => a.path.localeCompare(b.path)).map((f): [string, Uint8Array] => [`${name}/site/${f.path}`, f.bytes]),
  ];
  const tree: Zippable = Object.fromEntries(entries.map(([path, bytes]) => [path, [bytes, { mtime: ENTRY_DATE }]]));
  const zip = zipSync(tree, { level: 9 });
  const checksums = checksumLine(zip, `${name}.zip`) + entries.map(([path, bytes]) => checksumLine(bytes, path)).join('');
  return { name, zip, checksums };
}

/** README.txt: the template's `{{NAME}}`, `{{VERSION}}` and `{{BASE}}` filled in. */
export function bundleReadme(template: string, values: { name: string; version: string; base: string }): string {
  return template.replaceAll('{{NAME}}', values.name).replaceAll('{{VERSION}}', values.version).replaceAll('{{BASE}}', values.base);
}
