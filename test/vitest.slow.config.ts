import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Slow journeys (`npm run test:slow`): each builds or serves its own copy of the project, so they run one at a time.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'slow',
    include: ['test/slow/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
