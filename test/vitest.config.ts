import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import LongestFirst from './support/longest-first.ts';

// What runs where, and why (`npm test`: build, then this config beside the type-check):
// - One pool of two workers (the machine's two cores) for every file, longest first (support/longest-first.ts).
//   Unit and browser files share it, so the unit files fill the time a worker would wait while the last browser file
//   ends (as two projects, Vitest ran them one after the other).
// - Unit files (test/engine, test/site, test/islands): the engine, the built HTML read in Node (links, titles,
//   structure, deadlines, content security policy), island markup rendered in Node. Whatever needs no layout or
//   script runs here, not in a browser.
// - Browser files (test/e2e): each serves dist/ to its own Chromium, one context per file where it can. Every built
//   page: axe's structural rules from its HTML (accessibility-pages, two pages at a time). One page per template:
//   every rule in light and the layout rules in dark, on one load (accessibility-templates); the plan, review and
//   exercise journeys check what only a running page shows (focus, saving, files, print) and do not repeat the
//   template checks. No fixed waits and no network idle: a locator or a polled condition says when a page is ready.
// The slow journeys (a dev server, a second build) have their own config: vitest.slow.config.ts, `npm run test:slow`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/engine/**/*.test.ts', 'test/site/**/*.test.ts', 'test/islands/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    maxWorkers: 2,
    // A worker runs file after file without a new process and module graph for each (Vitest counted about 3 s of
    // start-up per file on this machine when busy).
    // Nothing in test/ keeps state between files: each browser file launches and closes its own Chromium and server.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    // A browser journey's time; a unit test takes a fraction of it.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A polled condition (focus moved, status written) may take longer than a second on a busy 2-core machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
