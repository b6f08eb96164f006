/** The review saved on this device, judged by a check that runs off the page (the worker's, here run directly). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSavedDraft } from '../../../src/islands/review/draft-checks.ts';
import { draftFromReview } from '../../../src/islands/review/draft.ts';
import { loadSavedReview } from '../../../src/islands/review/storage.ts';
import { STORE_KEYS } from '../../../src/islands/shared/saved-state.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

const items = new Map<string, string>();
beforeEach(() => {
  items.clear();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const check = (data: unknown) => Promise.resolve(parseSavedDraft(data));

describe('loadSavedReview', () => {
  it('returns the saved draft once the check accepts it, with when it was saved', async () => {
    const draft = draftFromReview(FULL_REVIEW);
    items.set(STORE_KEYS.review, JSON.stringify({ savedAt: '2025-03-21T16:00:00.000Z', value: draft }));
    expect(await loadSavedReview(check)).toEqual({ status: 'ok', value: draft, savedAt: '2025-03-21T16:00:00.000Z' });
  });

  it('keeps the saved text exactly as it is when the check refuses it, with the check\'s reason', async () => {
    const raw = '{"savedAt": "2025-01-01", "value": {"title": 42}}';
    items.set(STORE_KEYS.review, raw);
    expect(await loadSavedReview(check)).toEqual({
      status: 'corrupt',
      raw,
      problem: 'The saved review is damaged or was saved by a different version of this form.',
    });
    expect(items.get(STORE_KEYS.review)).toBe(raw);
  });

  it('keeps a good saved review exactly as it is when the check cannot run, and says to reload', async () => {
    const raw = JSON.stringify({ savedAt: '2025-03-21T16:00:00.000Z', value: draftFromReview(FULL_REVIEW) });
    items.set(STORE_KEYS.review, raw);
    const failing = () => Promise.reject(new Error('Failed to fetch dynamically imported module.'));
    expect(await loadSavedReview(failing)).toEqual({
      status: 'unchecked',
      raw,
      problem: 'The saved review could not be checked just now (the page did not finish loading). Reload the page to try again.',
    });
    expect(items.get(STORE_KEYS.review)).toBe(raw);
  });

  it('says when nothing is saved, without running the check', async () => {
    let ran = false;
    const watched = (data: unknown) => {
      ran = true;
      return check(data);
    };
    expect(await loadSavedReview(watched)).toEqual({ status: 'empty' });
    expect(ran).toBe(false);
  });
});
