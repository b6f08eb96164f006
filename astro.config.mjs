// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';

export default defineConfig({
  site: 'https://breachline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no third-party requests: everything the site needs is in dist/.
  devToolbar: { enabled: false },
  // The policy goes into every page as a meta tag (no server to send a header): see the About page.
  security: { csp: contentSecurityPolicy },
  // Shiki colours code with style attributes, which the policy refuses; the guidance has no code to colour.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), preact(), pagefindSearch(), offlineWorker()],
});
