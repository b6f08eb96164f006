/**
 * What /review/ loads at once: the modules the form imports statically, followed from ReviewForm.tsx. zod and the
 * review schema stay out of them (they run in the review worker, jobs.ts), which keeps the page within its 40 KB
 * budget; `npm run bench` weighs the built page.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every module a file imports statically (not `import type`, not `import()`, not a worker URL), as paths or package names. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.filter((specifier) => !specifier.includes('?')).map((specifier) => (specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier));
}

function loadedAtOnce(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    if (module.startsWith('/')) staticImports(module).forEach(visit);
  };
  visit(entry);
  return seen;
}

describe('the review form at load', () => {
  const modules = loadedAtOnce(`${ROOT}/src/islands/review/ReviewForm.tsx`);
  const local = (path: string) => `${ROOT}/${path}`;

  it('follows the form and its panels', () => {
    expect(modules).toContain(local('src/islands/review/FilesPanel.tsx'));
    expect(modules).toContain(local('src/islands/review/jobs.ts'));
    expect(modules).toContain(local('src/engine/review/reports.ts'));
  });

  it('brings no zod, no review schema and none of the checks', () => {
    expect([...modules].filter((module) => module === 'zod' || module.startsWith('zod/'))).toEqual([]);
    for (const path of ['src/engine/review/schema.ts', 'src/engine/review/parse.ts', 'src/islands/review/draft-checks.ts', 'src/islands/review/draft-file.ts', 'src/security/zod-jitless.ts']) {
      expect(modules, path).not.toContain(local(path));
    }
  });
});
