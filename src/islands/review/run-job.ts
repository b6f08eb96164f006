/** The review form's checks, one function per job: what the review worker (engine-worker.ts) and its fallback on the page run. */
import { parseSavedDraft, reviewFromDraft } from './draft-checks.ts';
import { importReviewFile } from './draft-file.ts';
import type { ReviewJob } from './jobs.ts';

export function runReviewJob(job: ReviewJob): unknown {
  switch (job.kind) {
    case 'check':
      return reviewFromDraft(job.draft);
    case 'saved':
      return parseSavedDraft(job.data);
    case 'import':
      return importReviewFile(job.text);
  }
}
