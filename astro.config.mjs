// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import { normalizeBase } from './src/utils/site-path.ts';

// The path the site is served under: `BREACHLINE_BASE=/breachline/ npm run build` for https://host/breachline/.
const base = normalizeBase(process.env.BREACHLINE_BASE);

export default defineConfig({
  site: 'https://breachline.example',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no third-party requests: everything the site needs is in dist/.
  devToolbar: { enabled: false },
  // The one base for src/utils/site-path.ts, in pages, islands and workers alike.
  vite: { define: { __BREACHLINE_BASE__: JSON.stringify(base) } },
  // The policy goes into every page as a meta tag (no server to send a header): see the About page.
  security: { csp: contentSecurityPolicy(base) },
  // Shiki colours code with style attributes, which the policy refuses; the guidance has no code to colour.
  markdown: { syntaxHighlight: false },
  // Authors write root-relative links in the guidance; baseLinks puts the base in front of them.
  integrations: [baseLinks(base), mdx(), preact(), pagefindSearch(base), offlineWorker(base)],
});
