/** The Trusted Types policies the pages may create, by use; the Content Security Policy lists exactly these. */
export const TRUSTED_TYPES = {
  /** The offline worker's URL, in the layout's inline registration snippet. */
  offlineWorker: 'breachline-offline-worker',
  /** The plan builder's engine worker (its bundled file on this origin). */
  engineWorker: 'breachline-engine-worker',
  /** The engine's HTML in the plan and report previews. */
  documentHtml: 'breachline-document-html',
  /** A search result's excerpt. */
  searchExcerpt: 'breachline-search-excerpt',
  /** Pagefind's worker URL: Pagefind's own code passes a string, which only the default policy can take. */
  pagefindWorker: 'default',
} as const;
