import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');

describe('astro build', () => {
  it('fails, naming the page and the field, when a guide page breaks the frontmatter schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'breachline-badpage-'));
    try {
      for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      writeFileSync(
        join(dir, 'content/guide/broken-page.mdx'),
        '---\ntitle: Broken\ndescription: A page whose phase is not one of ours, so the build must stop.\norder: 99\nphase: panic\nreviewedOn: 2026-11-23\nsources: []\n---\n\nText.\n',
      );
      const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        timeout: 120_000,
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(output).toContain('broken-page');
      expect(output).toMatch(/phase/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
