/**
 * Answers kept in the browser's localStorage, and nowhere else. Reading never throws: a missing, unreadable or
 * corrupt entry comes back as a status the UI can explain, and a corrupt entry is kept (not overwritten) until the
 * person chooses to download it or start over.
 */

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

export function loadSaved<T>(key: string, parse: Parse<T>): Loaded<T> {
  const store = storage();
  if (!store) return { status: 'unavailable', problem: 'This browser does not let Breachline keep answers on this device.' };
  let raw: string | null;
  try {
    raw = store.getItem(key);
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

export function saveState<T>(key: string, value: T, now: Date = new Date()): { ok: true; savedAt: string } | { ok: false; problem: string } {
  const store = storage();
  const savedAt = now.toISOString();
  if (!store) return { ok: false, problem: 'Answers cannot be kept on this device: export them to a file instead.' };
  try {
    store.setItem(key, JSON.stringify({ savedAt, value } satisfies Envelope<T>));
    return { ok: true, savedAt };
  } catch {
    return { ok: false, problem: 'The browser refused to save (storage full or blocked): export your answers to a file.' };
  }
}

export function clearSaved(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
