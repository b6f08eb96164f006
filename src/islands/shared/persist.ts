/**
 * Asking the browser to keep saved work (`navigator.storage.persist()`): without it, a browser short of space may
 * delete localStorage with no warning. Asked once, on the first save; the page says so when the browser refuses.
 */

export type Persistence = 'kept' | 'refused' | 'unknown';

/** The part of StorageManager this needs, so tests can give their own. */
export interface PersistentStorage {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/** Asks to keep the site's storage: 'kept' when it is (or already was), 'refused', or 'unknown' where the browser cannot say. */
export async function askToKeep(storage: PersistentStorage | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted?.()) return 'kept';
    return (await storage.persist()) ? 'kept' : 'refused';
  } catch {
    return 'unknown';
  }
}

/** What the page says when the browser refused: saved work may go, a file keeps it. */
export const REFUSED_TEXT =
  'This browser did not agree to keep your saved work for good: it may delete it when the device runs short of space. Download a file to keep a copy.';
