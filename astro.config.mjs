// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';

export default defineConfig({
  site: 'https://breachline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no third-party requests: everything the site needs is in dist/.
  devToolbar: { enabled: false },
  integrations: [mdx(), preact(), pagefindSearch(), offlineWorker()],
});
