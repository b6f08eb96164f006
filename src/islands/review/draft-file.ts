/**
 * A review file, finished or not (review-file.ts makes them), imported back into the form, with what is still to
 * answer. Brings zod: it runs in the review worker (jobs.ts).
 */
import '../../security/zod-jitless.ts';
import { parseReviewJson, reviewProblems, type ReviewProblem } from '../../engine/review/parse.ts';
import { reviewDraftSchema } from '../../engine/review/schema.ts';
import { reviewFromDraft } from './draft-checks.ts';
import { draftFromReview, type ReviewDraft } from './draft.ts';

export type ImportedReview =
  | { ok: true; draft: ReviewDraft; unfinished: boolean; stillToAnswer: ReviewProblem[] }
  | { ok: false; problems: ReviewProblem[] };

/** A review file's text as a draft for the form, finished or not, with what is still to answer; or why it cannot be read. */
export function importReviewFile(text: string): ImportedReview {
  const parsed = parseReviewJson(text);
  if (parsed.ok) return { ok: true, draft: draftFromReview(parsed.review), unfinished: false, stillToAnswer: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parsed;
  }
  // Only a file that says it is unfinished is read as one: a review with a mistake is refused with its reasons.
  if (typeof data !== 'object' || data === null || (data as { unfinished?: unknown }).unfinished !== true) return parsed;
  const file = reviewDraftSchema.safeParse(data);
  if (!file.success) return { ok: false, problems: reviewProblems(file.error.issues) };
  const draft = draftFromReview(file.data);
  const checked = reviewFromDraft(draft);
  return { ok: true, draft, unfinished: true, stillToAnswer: checked.ok ? [] : checked.problems };
}
