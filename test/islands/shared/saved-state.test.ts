import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/islands/questionnaire/draft.ts';
import { loadSavedAnswers } from '../../../src/islands/shared/saved-answers.ts';
import { adoptRootSave, clearSaved, loadSaved, saveState, STORE_KEYS, storeKeys } from '../../../src/islands/shared/saved-state.ts';

/** A localStorage in memory, as the browser's behaves for these calls. */
class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const text = (data: unknown) => (typeof data === 'string' ? ({ ok: true, value: data } as const) : ({ ok: false, problem: 'Not text.' } as const));

describe('STORE_KEYS', () => {
  it('gives each store its own key', () => {
    expect(new Set(Object.values(STORE_KEYS)).size).toBe(Object.keys(STORE_KEYS).length);
  });
});

describe('saveState and loadSaved', () => {
  it('returns what was saved, with when, under the store’s key only', () => {
    const saved = saveState('review', 'the review', new Date(Date.UTC(2024, 2, 1, 9)));
    expect(saved).toEqual({ ok: true, savedAt: '2024-03-01T09:00:00.000Z' });
    expect([...store.items.keys()]).toEqual([STORE_KEYS.review]);
    expect(loadSaved('review', text)).toEqual({ status: 'ok', value: 'the review', savedAt: '2024-03-01T09:00:00.000Z' });
    expect(loadSaved('answers', text)).toEqual({ status: 'empty' });
  });

  it('reports saved data that is not JSON as corrupt and keeps it', () => {
    store.setItem(STORE_KEYS.review, '{ broken');
    expect(loadSaved('review', text)).toMatchObject({ status: 'corrupt', raw: '{ broken' });
    expect(store.getItem(STORE_KEYS.review)).toBe('{ broken');
  });

  it('reports a value its parser refuses as corrupt, with the parser’s reason', () => {
    store.setItem(STORE_KEYS.review, JSON.stringify({ savedAt: 'x', value: 42 }));
    expect(loadSaved('review', text)).toMatchObject({ status: 'corrupt', problem: 'Not text.' });
  });

  it('says storage is unavailable where the browser has none', () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(loadSaved('answers', text).status).toBe('unavailable');
    expect(saveState('answers', 'x').ok).toBe(false);
  });

  it('clears only its own store', () => {
    saveState('answers', 'a');
    saveState('review', 'r');
    clearSaved('answers');
    expect([...store.items.keys()]).toEqual([STORE_KEYS.review]);
  });
});

describe('loadSavedAnswers', () => {
  it('reads the questionnaire’s draft, and refuses data of another shape', () => {
    saveState('answers', { ...emptyDraft(), organization: { name: 'Lakeside Family Clinic' } });
    const loaded = loadSavedAnswers();
    expect(loaded.status === 'ok' && loaded.value.organization.name).toBe('Lakeside Family Clinic');
    saveState('answers', { hello: 'world' });
    expect(loadSavedAnswers().status).toBe('corrupt');
  });
});

describe('storeKeys', () => {
  it('keeps the keys Breachline always used at the root', () => {
    expect(storeKeys('/')).toEqual({
      answers: 'breachline:answers',
      review: 'breachline:review',
      live: 'breachline:live',
      incidentLog: 'breachline:incident-log',
      incidentTasks: 'breachline:incident-tasks',
      closedIncidents: 'breachline:closed-incidents',
    });
    expect(STORE_KEYS).toEqual(storeKeys('/'));
  });

  it('gives copies under two paths of one origin keys of their own', () => {
    const keys = [storeKeys('/'), storeKeys('/breachline/'), storeKeys('/breachline-test/')].flatMap((k) => Object.values(k));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('adoptRootSave', () => {
  const sub = storeKeys('/breachline/');

  it('copies the root’s answers to a copy under a path that has none, and leaves the root’s in place', () => {
    store.setItem('breachline:answers', 'root answers');
    adoptRootSave(store, 'answers', '/breachline/');
    expect(store.getItem(sub.answers)).toBe('root answers');
    expect(store.getItem('breachline:answers')).toBe('root answers');
    expect(store.getItem(sub.review)).toBeNull();
  });

  it('does it once: answers cleared afterwards stay cleared', () => {
    store.setItem('breachline:answers', 'root answers');
    adoptRootSave(store, 'answers', '/breachline/');
    store.removeItem(sub.answers);
    adoptRootSave(store, 'answers', '/breachline/');
    expect(store.getItem(sub.answers)).toBeNull();
  });

  it('never overwrites what the copy under a path already keeps', () => {
    store.setItem('breachline:answers', 'root answers');
    store.setItem(sub.answers, 'its own');
    adoptRootSave(store, 'answers', '/breachline/');
    expect(store.getItem(sub.answers)).toBe('its own');
  });

  it('does nothing at the root', () => {
    store.setItem('breachline:answers', 'root answers');
    adoptRootSave(store, 'answers', '/');
    expect([...store.items.keys()]).toEqual(['breachline:answers']);
  });
});
