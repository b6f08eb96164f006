/**
 * Answers kept in the browser's localStorage, and nowhere else. Reading never throws: a missing, unreadable or
 * corrupt entry comes back as a status the UI can explain, and a corrupt entry is kept (not overwritten) until the
 * person chooses to download it or start over.
 */

import { SITE_BASE } from '../../utils/site-path.ts';

/** The stores: the answers (which hold a live incident too), the review, live exercise sessions, and the live incident's
 * decision log, tasks from the plan (owner and status by task id) and the incidents closed on this device. */
const STORES = ['answers', 'review', 'live', 'incidentLog', 'incidentTasks', 'closedIncidents'] as const;
export type Store = (typeof STORES)[number];

/**
 * Where each form keeps its work on this device, for a copy of the site under `base`: one key per store, named here
 * and nowhere else. At the root the keys are the ones Breachline always used; under a path they name it, so two
 * copies on one origin (`/breachline/`, `/breachline-test/`) keep separate answers.
 */
export function storeKeys(base: string): Record<Store, string> {
  const prefix = base === '/' ? 'breachline:' : `breachline:${base}:`;
  return {
    answers: `${prefix}answers`,
    review: `${prefix}review`,
    live: `${prefix}live`,
    incidentLog: `${prefix}incident-log`,
    incidentTasks: `${prefix}incident-tasks`,
    closedIncidents: `${prefix}closed-incidents`,
  };
}

export const STORE_KEYS: Readonly<Record<Store, string>> = storeKeys(SITE_BASE);

/**
 * Once per store, a copy under a path takes up what the root keys hold, so answers kept before sites had a base are
 * not lost on upgrade. It copies (the root copy of the site keeps its own) and marks that it did, so "start over"
 * does not bring the old answers back.
 */
export function adoptRootSave(browser: Pick<Storage, 'getItem' | 'setItem'>, store: Store, base: string): void {
  if (base === '/') return;
  const key = storeKeys(base)[store];
  const marker = `${key}:adopted`;
  if (browser.getItem(marker) !== null) return;
  const root = browser.getItem(storeKeys('/')[store]);
  if (root !== null && browser.getItem(key) === null) browser.setItem(key, root);
  browser.setItem(marker, 'yes');
}

export interface Envelope<T> {
  savedAt: string;
  value: T;
}

export type Loaded<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T; savedAt: string }
  | { status: 'corrupt'; raw: string; problem: string }
  | { status: 'unavailable'; problem: string };

export type Parse<T> = (data: unknown) => { ok: true; value: T } | { ok: false; problem: string };

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadSaved<T>(store: Store, parse: Parse<T>): Loaded<T> {
  const key = STORE_KEYS[store];
  const browser = storage();
  if (!browser) return { status: 'unavailable', problem: 'This browser does not let Breachline keep answers on this device.' };
  let raw: string | null;
  try {
    adoptRootSave(browser, store, SITE_BASE);
  } catch {
    // Taking up the root's answers is a courtesy: a full or blocked storage still reads this copy's own.
  }
  try {
    raw = browser.getItem(key);
  } catch {
    return { status: 'unavailable', problem: 'This browser does not let Breachline read answers kept on this device.' };
  }
  if (raw === null) return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', raw, problem: 'The saved answers are not readable (they are not valid JSON).' };
  }
  if (typeof data !== 'object' || data === null || !('value' in data) || !('savedAt' in data)) {
    return { status: 'corrupt', raw, problem: 'The saved data is not a set of Breachline answers.' };
  }
  const envelope = data as Envelope<unknown>;
  const parsed = parse(envelope.value);
  if (!parsed.ok) return { status: 'corrupt', raw, problem: parsed.problem };
  return { status: 'ok', value: parsed.value, savedAt: String(envelope.savedAt) };
}

export function saveState<T>(store: Store, value: T, now: Date = new Date()): { ok: true; savedAt: string } | { ok: false; problem: string } {
  const key = STORE_KEYS[store];
  const browser = storage();
  const savedAt = now.toISOString();
  if (!browser) return { ok: false, problem: 'Answers cannot be kept on this device: export them to a file instead.' };
  try {
    browser.setItem(key, JSON.stringify({ savedAt, value } satisfies Envelope<T>));
    return { ok: true, savedAt };
  } catch {
    return { ok: false, problem: 'The browser refused to save (storage full or blocked): export your answers to a file.' };
  }
}

export function clearSaved(store: Store): void {
  try {
    storage()?.removeItem(STORE_KEYS[store]);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
