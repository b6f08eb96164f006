import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroEnv, copyProject, ROOT } from '../support/project-copy.ts';

describe('astro build', () => {
  it('fails, naming the page and the field, when a guide page breaks the frontmatter schema', () => {
    const project = copyProject('badpage');
    try {
      writeFileSync(
        join(project.dir, 'content/guide/broken-page.mdx'),
        '---\ntitle: Broken\ndescription: A page whose phase is not one of ours, so the build must stop.\norder: 99\nphase: panic\nreviewedOn: 2026-11-23\nsources: []\n---\n\nText.\n',
      );
      const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: project.dir,
        encoding: 'utf8',
        env: astroEnv(),
        timeout: 120_000,
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(output).toContain('broken-page');
      expect(output).toMatch(/phase/);
    } finally {
      project.remove();
    }
  });
});
