// `npm run bundle`: writes release/breachline-<version>.zip and its checksum list from the built site in dist/.
// Options: --site DIR (the built site, default dist), --out DIR (default release).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBase, bundleReadme, makeBundle } from './release-bundle.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' } } });
const site = resolve(values.site);
const out = resolve(values.out);
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const files = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const file = join(entry.parentPath, entry.name);
    return { path: relative(site, file).split('\\').join('/'), bytes: readFileSync(file) };
  });
const base = builtBase(readFileSync(join(site, 'index.html'), 'utf8'));
const template = readFileSync(new URL('./bundle-readme.txt', import.meta.url), 'utf8');
const bundle = makeBundle(version, files, bundleReadme(template, { name: `breachline-${version}`, version, base }));

mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${bundle.name}.zip`), bundle.zip);
writeFileSync(join(out, `${bundle.name}.sha256`), bundle.checksums);
console.log(`${join(out, `${bundle.name}.zip`)}: ${files.length} files for ${base}; checksums in ${bundle.name}.sha256`);
