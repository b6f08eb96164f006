import { useEffect, useState } from 'preact/hooks';

const NOT_YET = Symbol('not yet');

/**
 * False when `key` is new, true from the next task on: a view that is long to draw shows its first part at once and
 * the rest a task later, so neither task holds the main thread for long (a phone's taps wait behind it).
 */
export function useNextTask(key: unknown): boolean {
  const [readyFor, setReadyFor] = useState<unknown>(NOT_YET);
  useEffect(() => {
    const timer = setTimeout(() => setReadyFor(() => key));
    return () => clearTimeout(timer);
  }, [key]);
  return readyFor === key;
}
