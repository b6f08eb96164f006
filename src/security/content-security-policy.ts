/**
 * The site's Content Security Policy, as Astro's `security.csp` option: Astro writes it into every page as a
 * `<meta http-equiv="content-security-policy">` tag, with the hashes of the scripts and styles it generates.
 * README.md (Deploy) gives the same policy as an HTTP header; keep the two in step.
 */
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { registerOfflineWorker } from '../offline/registration.ts';
import { TRUSTED_TYPES } from './policy-names.ts';

type CspOptions = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/** `'sha256-…'` of an inline script, as CSP expects it. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** Every directive except script-src and style-src, which Astro writes from the hashes it collects. */
export const DIRECTIVES: NonNullable<CspOptions['directives']> = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  `trusted-types ${Object.values(TRUSTED_TYPES).join(' ')}`,
];

/** The policy for a site built under `base` (the registration script, and so its hash, names the base). */
export const contentSecurityPolicy = (base: string): CspOptions => ({
  algorithm: 'SHA-256',
  directives: DIRECTIVES,
  // Listing resources replaces Astro's default 'self', so it is listed here. Astro does not hash is:inline scripts.
  scriptDirective: { resources: ["'self'"], hashes: [scriptHash(registerOfflineWorker(base))] },
  styleDirective: { resources: ["'self'"] },
});
