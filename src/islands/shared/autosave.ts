/**
 * Autosave for a form's state: each new value (compared by identity, as a reducer gives a new object per change)
 * is written to the form's store once the saved one has been read. A value restored from storage, or the empty one
 * after starting over, is adopted as saved and not written again until it changes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { askToKeep, REFUSED_TEXT } from './persist.ts';
import { clearSaved, saveState, type Store } from './saved-state.ts';

export interface Autosave<T> {
  /** When the value was last saved, as an ISO instant; null when nothing is saved. */
  savedAt: string | null;
  /** Why saving failed, or that this browser keeps nothing; null when saving works. */
  problem: string | null;
  /** True after `clear`, until the next save. */
  cleared: boolean;
  /** Set when the browser refused to keep saved work for good (asked on the first save, or on opening saved work). */
  keepWarning: string | null;
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
  const [keepWarning, setKeepWarning] = useState<string | null>(null);
  const asked = useRef(false);
  // Compared by identity, not with a flag: Preact may run an earlier render's effect first, with an older value.
  const saved = useRef<T | null>(null);
  // Once per page, when there is something saved: on the first save, or on opening saved work.
  const askOnce = () => {
    if (asked.current) return;
    asked.current = true;
    void askToKeep().then((answer) => setKeepWarning(answer === 'refused' ? REFUSED_TEXT : null));
  };

  // A layout effect runs as the render commits, in the same task as the keystroke: a plain effect waits for the next
  // frame, and a reload before it lost the last character typed.
  useLayoutEffect(() => {
    if (!enabled || value === saved.current) return;
    saved.current = value;
    const result = saveState(store, value);
    if (result.ok) {
      setSavedAt(result.savedAt);
      setProblem(null);
      setCleared(false);
      askOnce();
    } else setProblem(result.problem);
  }, [value, enabled]);

  return {
    savedAt,
    problem,
    cleared,
    keepWarning,
    adopt(adopted, when) {
      saved.current = adopted;
      setSavedAt(when);
      if (when !== null) askOnce();
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
