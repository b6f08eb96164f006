/**
 * The review file to download, made on the page from the form's last check (which ran in the review worker): the
 * review when it is complete, else the unfinished review (`unfinished: true`, engine/review/schema.ts's
 * `reviewDraftSchema`) with every answer typed so far, which imports back into the form (draft-file.ts). A review
 * that could not be checked downloads as unfinished too, so the answers can always be kept. Brings no zod.
 */
import type { ReviewParseResult } from '../../engine/review/parse.ts';
import type { ReviewDraftFile } from '../../engine/review/schema.ts';
import { reviewInput, type ReviewDraft } from './draft.ts';

/** The unfinished review as a file: every answer as typed so far, empty answers left out. */
export function draftFile(draft: ReviewDraft): ReviewDraftFile {
  const { schemaVersion, ...answers } = reviewInput(draft, 'unfinished').input;
  return { schemaVersion, unfinished: true, ...answers } as ReviewDraftFile;
}

export interface ReviewFile {
  /** True when the review is not known to be complete, so the file is an unfinished review. */
  unfinished: boolean;
  json: string;
}

/** The review file for `draft`, given its check (`reviewFromDraft`), or null when the check could not run. */
export function reviewFileFrom(draft: ReviewDraft, checked: ReviewParseResult | null): ReviewFile {
  const content = checked?.ok ? checked.review : draftFile(draft);
  return { unfinished: !checked?.ok, json: `${JSON.stringify(content, null, 2)}\n` };
}
