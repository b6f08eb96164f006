/**
 * One check per draft: the form checks each change as it is typed, and a download or the check button asking about
 * the same draft (the same object: the reducer makes a new one for every change) gets that check's answer, running
 * or finished, instead of a second run over the whole review. A check that fails is forgotten, so asking again retries.
 */
export function checkOncePerDraft<Draft extends object, Result>(check: (draft: Draft) => Promise<Result>): (draft: Draft) => Promise<Result> {
  let last: { draft: Draft; result: Promise<Result> } | null = null;
  return (draft) => {
    if (last?.draft === draft) return last.result;
    const entry = { draft, result: check(draft) };
    last = entry;
    entry.result.catch(() => {
      if (last === entry) last = null;
    });
    return entry.result;
  };
}
