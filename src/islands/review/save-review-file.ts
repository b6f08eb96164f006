/** The files panel's review file download (FilesPanel.tsx), at any time: finished or not, checked or not. */
import type { ReviewParseResult } from '../../engine/review/parse.ts';
import type { ReviewDraft } from './draft.ts';
import type { Notice } from './files-notice.tsx';
import { reviewFileFrom } from './review-file.ts';

/**
 * Saves the review file for `draft` through `save`, named by `name` ('review' or 'unfinished review'), and says what
 * was saved. A check that cannot run does not stop it: the answers download as an unfinished review.
 */
export async function saveReviewFile(
  draft: ReviewDraft,
  check: (draft: ReviewDraft) => Promise<ReviewParseResult>,
  name: (what: string) => string,
  save: (name: string, json: string) => void,
): Promise<Notice> {
  const checked = await check(draft).catch(() => null);
  const file = reviewFileFrom(draft, checked);
  const saved = name(file.unfinished ? 'unfinished review' : 'review');
  save(saved, file.json);
  if (!checked) return { tone: 'problem', text: `The review could not be checked just now, so your answers downloaded as an unfinished review, ${saved}. Import it here to finish it.` };
  return { tone: 'ok', text: file.unfinished ? `Downloaded the unfinished review as ${saved}. Import it here to finish it.` : `Downloaded the review as ${saved}.` };
}
