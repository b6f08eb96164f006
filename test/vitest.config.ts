import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests run in parallel. Browser test files each serve dist/ and drive their own Chromium, two files at a time: while
// one waits on its browser the other uses the second core.
// The slow journeys (a dev server, a second build) have their own config: vitest.slow.config.ts, `npm run test:slow`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/engine/**/*.test.ts', 'test/site/**/*.test.ts', 'test/islands/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A polled condition (focus moved, status written) may take longer than a second on a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
