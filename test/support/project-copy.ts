/** A throwaway copy of the project (sharing node_modules), for tests that build or serve a changed site. */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function copyProject(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `breachline-${prefix}-`));
  for (const f of COPIED) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The environment for running the project's own Astro: Node 24 from node_modules first on PATH. */
export function astroEnv(): NodeJS.ProcessEnv {
  // Vitest's own variables (NODE_ENV=test, VITEST*) would make Astro behave as if under test; drop them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  return { ...env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
}
