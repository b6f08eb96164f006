/**
 * Autosave for a form's state: each new value (compared by identity, as a reducer gives a new object per change)
 * is written to the form's store once the saved one has been read. A value restored from storage, or the empty one
 * after starting over, is adopted as saved and not written again until it changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearSaved, saveState, type Store } from './saved-state.ts';

export interface Autosave<T> {
  /** When the value was last saved, as an ISO instant; null when nothing is saved. */
  savedAt: string | null;
  /** Why saving failed, or that this browser keeps nothing; null when saving works. */
  problem: string | null;
  /** True after `clear`, until the next save. */
  cleared: boolean;
  /** The value now shown was read from storage (with when it was saved) or is a fresh start: do not save it again. */
  adopt(value: T, savedAt: string | null): void;
  /** Saving is not possible here; the form says why. */
  unavailable(problem: string): void;
  /** Deletes what is saved; `fresh` (the empty form now shown) is saved only once it changes. */
  clear(fresh: T): void;
}

export function useAutosave<T>(store: Store, value: T, enabled: boolean): Autosave<T> {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [cleared, setCleared] = useState(false);
  // Compared by identity, not with a flag: Preact may run an earlier render's effect first, with an older value.
  const saved = useRef<T | null>(null);

  useEffect(() => {
    if (!enabled || value === saved.current) return;
    saved.current = value;
    const result = saveState(store, value);
    if (result.ok) {
      setSavedAt(result.savedAt);
      setProblem(null);
      setCleared(false);
    } else setProblem(result.problem);
  }, [value, enabled]);

  return {
    savedAt,
    problem,
    cleared,
    adopt(adopted, when) {
      saved.current = adopted;
      setSavedAt(when);
    },
    unavailable: setProblem,
    clear(fresh) {
      clearSaved(store);
      saved.current = fresh;
      setSavedAt(null);
      setCleared(true);
    },
  };
}
