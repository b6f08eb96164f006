/**
 * Answers kept in the browser's localStorage, and nowhere else. Reading never throws: a missing, unreadable or
 * corrupt entry comes back as a status the UI can explain, and a corrupt entry is kept (not overwritten) until the
 * person chooses to download it or start over.
 */

/** Where each form keeps its work on this device: one key per store, named here and nowhere else. */
export const STORE_KEYS = {
  answers: 'breachline:answers',
  review: 'breachline:review',
  /** The live incident's decision log (the incident itself is in the answers). */
  incidentLog: 'breachline:incident-log',
  /** The owner and status of each task from the plan, by task id. */
  incidentTasks: 'breachline:incident-tasks',
  /** Incidents closed on this device, kept read-only with their logs. */
  closedIncidents: 'breachline:closed-incidents',
} as const;

export type Store = keyof typeof STORE_KEYS;

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
