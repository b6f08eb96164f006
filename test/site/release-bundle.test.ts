import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { builtBase, bundleReadme, makeBundle, sha256 } from '../../src/cli/release-bundle.ts';
import { registerOfflineWorker } from '../../src/offline/registration.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const site = [
  { path: 'index.html', bytes: bytes('<h1>Home</h1>') },
  { path: 'guide/x/index.html', bytes: bytes('<h1>Guide</h1>') },
];

describe('makeBundle', () => {
  const bundle = makeBundle('1.2.3', site, 'Read me');

  it('zips the README and the site in one folder named for the version', () => {
    const files = unzipSync(bundle.zip);
    expect(Object.keys(files).sort()).toEqual(['breachline-1.2.3/README.txt', 'breachline-1.2.3/site/guide/x/index.html', 'breachline-1.2.3/site/index.html']);
    expect(new TextDecoder().decode(files['breachline-1.2.3/site/index.html'])).toBe('<h1>Home</h1>');
  });

  it('lists a SHA-256 for the zip and for every file it unpacks to, each of which matches', () => {
    const lines = bundle.checksums.trimEnd().split('\n').map((line) => line.split('  ') as [string, string]);
    expect(lines[0]).toEqual([sha256(bundle.zip), 'breachline-1.2.3.zip']);
    const files = unzipSync(bundle.zip);
    expect(lines.slice(1).map(([, path]) => path).sort()).toEqual(Object.keys(files).sort());
    for (const [hash, path] of lines.slice(1)) expect(hash).toBe(sha256(files[path]!));
  });

  it('makes the same zip from the same site', () => {
    expect(sha256(makeBundle('1.2.3', [...site].reverse(), 'Read me').zip)).toBe(sha256(bundle.zip));
  });
});

describe('builtBase', () => {
  it('reads the base from the worker registration a built page carries', () => {
    expect(builtBase(`<script>${registerOfflineWorker('/security/breachline/')}</script>`)).toBe('/security/breachline/');
    expect(builtBase(`<script>${registerOfflineWorker('/')}</script>`)).toBe('/');
  });

  it('refuses a page that is not a built Breachline page', () => {
    expect(() => builtBase('<h1>Other</h1>')).toThrow(/no offline worker registration/);
  });
});

describe('bundleReadme', () => {
  it('fills in every placeholder of the README template', () => {
    const template = readFileSync('src/cli/bundle-readme.txt', 'utf8');
    const readme = bundleReadme(template, { name: 'breachline-1.2.3', version: '1.2.3', base: '/breachline/' });
    expect(readme).not.toMatch(/\{\{/);
    expect(readme).toContain('sha256sum -c breachline-1.2.3.sha256');
    expect(readme).toContain('built for the path /breachline/');
  });
});
