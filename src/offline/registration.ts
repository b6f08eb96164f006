/**
 * The layout's one inline script: it registers the offline worker and loads nothing else. Its URL passes through
 * a Trusted Types policy that accepts `/sw.js` alone. The Content Security Policy allows this script by its hash,
 * computed from this very text at build time (src/security/content-security-policy.ts).
 */
import { TRUSTED_TYPES } from '../security/policy-names.ts';

export const REGISTER_OFFLINE_WORKER =
  "if('serviceWorker' in navigator){const u='/sw.js',p=window.trustedTypes?.createPolicy(" +
  `'${TRUSTED_TYPES.offlineWorker}',` +
  "{createScriptURL:s=>{if(s===u)return s;throw new TypeError(s)}});navigator.serviceWorker.register(p?p.createScriptURL(u):u)}";
