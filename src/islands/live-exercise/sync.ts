/**
 * Keeps a live session the same in every window of this browser: each change is saved on the device and announced
 * on a BroadcastChannel; a window that missed the message (or a browser without the channel) hears the storage
 * event instead. Sessions are kept by scenario, so two exercises never overwrite each other.
 */
import { loadSaved, saveState, STORE_KEYS, type Loaded } from '../shared/saved-state.ts';
import { parseSession, type Session } from './session.ts';

type Sessions = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function loadAll(): Loaded<Sessions> {
  return loadSaved('live', (data) => (isRecord(data) ? { ok: true, value: data } : { ok: false, problem: 'The saved sessions are not readable.' }));
}

/** The saved session for this scenario: none, one, or a problem to explain (the saved data is kept). */
export function loadSession(scenario: string): { status: 'empty' } | { status: 'ok'; value: Session } | { status: 'problem'; problem: string } {
  const all = loadAll();
  if (all.status === 'empty') return { status: 'empty' };
  if (all.status !== 'ok') return { status: 'problem', problem: all.problem };
  if (all.value[scenario] === undefined) return { status: 'empty' };
  const parsed = parseSession(all.value[scenario], scenario);
  return parsed.ok ? { status: 'ok', value: parsed.value } : { status: 'problem', problem: parsed.problem };
}

/** Saves the session (or removes it, for null) beside the other scenarios' sessions. */
export function storeSession(scenario: string, session: Session | null): { ok: true } | { ok: false; problem: string } {
  const all = loadAll();
  const others = all.status === 'ok' ? { ...all.value } : {};
  if (session) others[scenario] = session;
  else delete others[scenario];
  const saved = saveState('live', others);
  return saved.ok ? { ok: true } : { ok: false, problem: saved.problem };
}

const CHANNEL = 'breachline:live';

/** Tells other windows about a change; calls `onChange` when another window changes this scenario's session. */
export function connect(scenario: string, onChange: (session: Session | null) => void): { announce: (session: Session | null) => void; close: () => void } {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const fromMessage = (event: MessageEvent) => {
    const data = event.data as { scenario?: unknown; session?: unknown };
    if (!isRecord(data) || data.scenario !== scenario) return;
    if (data.session === null) return onChange(null);
    const parsed = parseSession(data.session, scenario);
    if (parsed.ok) onChange(parsed.value);
  };
  const fromStorage = (event: StorageEvent) => {
    if (event.key !== STORE_KEYS.live) return;
    const loaded = loadSession(scenario);
    if (loaded.status === 'ok') onChange(loaded.value);
    else if (loaded.status === 'empty') onChange(null);
  };
  channel?.addEventListener('message', fromMessage);
  window.addEventListener('storage', fromStorage);
  return {
    announce: (session) => channel?.postMessage({ scenario, session }),
    close: () => {
      channel?.close();
      window.removeEventListener('storage', fromStorage);
    },
  };
}
