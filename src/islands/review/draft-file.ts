/**
 * The review file, finished or not: a complete review downloads as a review (engine/review/schema.ts), an unfinished
 * one as an unfinished review (`unfinished: true`, the same file's `reviewDraftSchema`), and either imports back into
 * the form, with what is still to answer. Brings zod: it runs in the review worker (jobs.ts).
 */
import '../../security/zod-jitless.ts';
import { parseReviewJson, reviewProblems, type ReviewProblem } from '../../engine/review/parse.ts';
import { reviewDraftSchema, type ReviewDraftFile } from '../../engine/review/schema.ts';
import { reviewFromDraft } from './draft-checks.ts';
import { draftFromReview, reviewInput, type ReviewDraft } from './draft.ts';

/** The unfinished review as a file: every answer as typed so far, empty answers left out. */
export function draftFile(draft: ReviewDraft): ReviewDraftFile {
  const { schemaVersion, ...answers } = reviewInput(draft, 'unfinished').input;
  return { schemaVersion, unfinished: true, ...answers } as ReviewDraftFile;
}


export interface ReviewFile {
  /** True when the review is not complete, so the file is an unfinished review. */
  unfinished: boolean;
  json: string;
}

/** What the form downloads as the review file: the review when it is complete, the unfinished review otherwise. */
export function reviewFileFor(draft: ReviewDraft): ReviewFile {
  const checked = reviewFromDraft(draft);
  const content = checked.ok ? checked.review : draftFile(draft);
  return { unfinished: !checked.ok, json: `${JSON.stringify(content, null, 2)}\n` };
}

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
