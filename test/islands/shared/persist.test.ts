import { describe, expect, it } from 'vitest';
import { askToKeep } from '../../../src/islands/shared/persist.ts';

describe('askToKeep', () => {
  it('asks the browser to keep the storage, and reports its answer', async () => {
    let asked = 0;
    const answer = (granted: boolean) => ({ persisted: async () => false, persist: async () => (asked++, granted) });
    expect(await askToKeep(answer(true))).toBe('kept');
    expect(await askToKeep(answer(false))).toBe('refused');
    expect(asked).toBe(2);
  });

  it('does not ask again where the storage is already kept', async () => {
    let asked = 0;
    expect(await askToKeep({ persisted: async () => true, persist: async () => (asked++, false) })).toBe('kept');
    expect(asked).toBe(0);
  });

  it('cannot tell where the browser has no such request or it fails', async () => {
    expect(await askToKeep({})).toBe('unknown');
    expect(await askToKeep({ persist: () => Promise.reject(new Error('blocked')) })).toBe('unknown');
  });
});
