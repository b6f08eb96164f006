/**
 * The Trusted Types policies of the site's scripts: the only doors through which a string becomes HTML or a script
 * URL. Pages require Trusted Types (`require-trusted-types-for 'script'`), so any other `innerHTML` or worker URL
 * throws. The offline worker's registration has its own policy, inline in the layout (src/offline/registration.ts).
 */
import { TRUSTED_TYPES } from './policy-names.ts';
import { href } from '../utils/site-path.ts';

interface Policy {
  createHTML?(input: string): unknown;
  createScriptURL?(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: Policy): Required<Policy>;
}

const factory = (): TrustedTypesFactory | undefined => (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;

/** Where the browser has no Trusted Types, the checked string itself goes to the sink. */
function policy(name: string, rules: Policy): Policy {
  return factory()?.createPolicy(name, rules) ?? rules;
}

// Every `<` in the engine's HTML starts one of its own tags: the renderer escapes `<` in text.
const DOCUMENT_TAGS = new Set(
  'article header nav section h1 h2 h3 h4 h5 h6 p ul ol li a table caption thead tbody tr th td div span strong em br bdi'.split(' '),
);
const DOCUMENT_ATTRIBUTES = new Set(['class', 'id', 'role', 'aria-hidden', 'aria-labelledby', 'scope', 'href', 'rel']);
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g;
const ATTRIBUTE = /\s+([a-z-]+)="([^"<>]*)"/g;

/** A link the exporter may write: http(s), mailto, tel, or a path or fragment on this site, with no hidden entity. */
function safeLink(value: string): boolean {
  if (/&(?!amp;)/.test(value)) return false;
  const href = value.replace(/&amp;/g, '&');
  return /^(https?:|mailto:|tel:)/i.test(href) || !/^[^/?#]*:/.test(href);
}

/** Accepts markup made only of the engine exporter's elements and attributes; throws on anything else. */
export function checkDocumentHtml(html: string): string {
  for (const [, , name, attributes] of html.matchAll(TAG)) {
    if (!DOCUMENT_TAGS.has(name)) throw new TypeError(`Not the engine's HTML: <${name}>`);
    for (const [, attribute, value] of attributes.matchAll(ATTRIBUTE)) {
      if (!DOCUMENT_ATTRIBUTES.has(attribute) || (attribute === 'href' && !safeLink(value))) {
        throw new TypeError(`Not the engine's HTML: ${attribute}="${value}"`);
      }
    }
  }
  if (html.replace(TAG, '').includes('<')) throw new TypeError("Not the engine's HTML: a tag it never writes");
  return html;
}

/** Pagefind marks matches with <mark>; keep those and escape everything else. */
export function safeExcerpt(excerpt: string): string {
  const escaped = excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
}

/** Accepts this origin's Pagefind worker and no other script URL. */
export function checkPagefindWorkerUrl(url: string): string {
  const expected = new URL(href('/pagefind/pagefind-worker.js'), location.origin).href;
  if (new URL(url, location.href).href !== expected) throw new TypeError(`Not Pagefind's worker: ${url}`);
  return url;
}

/** Accepts the plan builder's engine worker on this origin (its bundled file, or the dev server's module). */
export function checkEngineWorkerUrl(url: string): string {
  const parsed = new URL(url, location.href);
  if (parsed.origin !== location.origin || !/\/engine-worker[.-][\w.-]*$|\/engine-worker\.ts$/.test(parsed.pathname)) {
    throw new TypeError(`Not the engine worker: ${url}`);
  }
  return url;
}

let engineWorkerPolicy: Policy | undefined;

/** The engine worker's URL for `new Worker`. Typed as a string for the same reason as `documentHtml`. */
export function engineWorkerUrl(url: string): string {
  engineWorkerPolicy ??= policy(TRUSTED_TYPES.engineWorker, { createScriptURL: checkEngineWorkerUrl });
  return engineWorkerPolicy.createScriptURL!(url) as string;
}

let documentPolicy: Policy | undefined;
let excerptPolicy: Policy | undefined;
let pagefindPolicy: Policy | undefined;

/**
 * The engine's HTML (the plan and report previews, and a tailored exercise pack's names and deadlines, which the pack
 * renderer writes with the same elements) for `innerHTML`. Typed as a string because Preact and the DOM
 * typings do not know TrustedHTML yet; where the browser enforces Trusted Types it is one.
 */
export function documentHtml(html: string): string {
  documentPolicy ??= policy(TRUSTED_TYPES.documentHtml, { createHTML: checkDocumentHtml });
  return documentPolicy.createHTML!(html) as string;
}

/** A search result's excerpt for `innerHTML`: text, and Pagefind's <mark> around the matches. */
export function excerptHtml(excerpt: string): string {
  excerptPolicy ??= policy(TRUSTED_TYPES.searchExcerpt, { createHTML: safeExcerpt });
  return excerptPolicy.createHTML!(excerpt) as string;
}

/**
 * Pagefind starts its worker with `new Worker(string)` from its own code, which no named policy can reach, so its
 * URL goes through the `default` policy; it accepts that one URL and refuses every other string sink.
 */
export function allowPagefindWorker(): void {
  pagefindPolicy ??= policy(TRUSTED_TYPES.pagefindWorker, { createScriptURL: checkPagefindWorkerUrl });
}
