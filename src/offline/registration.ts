/**
 * The layout's one inline script: it registers the offline worker and loads nothing else. Its URL passes through
 * a Trusted Types policy that accepts the worker's URL alone. The Content Security Policy allows this script by its
 * hash, computed from this very text at build time (src/security/content-security-policy.ts).
 */
import { TRUSTED_TYPES } from '../security/policy-names.ts';
import { SITE_BASE, withBase } from '../utils/site-path.ts';

/** The script for a site built under `base`: the worker at `<base>sw.js`, whose scope is then `base` alone. */
export function registerOfflineWorker(base: string): string {
  return (
    `if('serviceWorker' in navigator){const u='${withBase(base, '/sw.js')}',p=window.trustedTypes?.createPolicy(` +
    `'${TRUSTED_TYPES.offlineWorker}',` +
    "{createScriptURL:s=>{if(s===u)return s;throw new TypeError(s)}});navigator.serviceWorker.register(p?p.createScriptURL(u):u)}"
  );
}

export const REGISTER_OFFLINE_WORKER = registerOfflineWorker(SITE_BASE);

declare const __BREACHLINE_OFFLINE_WORKER__: boolean | undefined;

/** False under `astro dev`, which has no worker to register (set by src/integrations/offline-worker.ts). */
export const HAS_OFFLINE_WORKER: boolean = typeof __BREACHLINE_OFFLINE_WORKER__ === 'boolean' ? __BREACHLINE_OFFLINE_WORKER__ : true;
