/**
 * The review form's checks (zod, the review schema, the file formats), run in a worker (engine-worker.ts) where the
 * browser has one, else on the page. Only this small client loads with the page; the worker starts on the first
 * check: a review saved on this device, the first answer typed, a download or an import.
 */
import type { ReviewParseResult } from '../../engine/review/parse.ts';
import type { ReviewDraft } from './draft.ts';
import type { ImportedReview } from './draft-file.ts';
import { jobRunner } from '../shared/worker-jobs.ts';
import workerFile from './engine-worker.ts?worker&url';

export type ReviewJob = { kind: 'check'; draft: ReviewDraft } | { kind: 'saved'; data: unknown } | { kind: 'import'; text: string };

async function runHere(job: ReviewJob): Promise<unknown> {
  const { runReviewJob } = await import('./run-job.ts');
  return runReviewJob(job);
}

/** The form's jobs over `run`: the page's run in the review worker; tests hand in a runner whose worker fails. */
export function reviewJobs(run: (job: ReviewJob) => Promise<unknown>) {
  return {
    /** The checked review, or what to fix (`reviewFromDraft`). */
    checkDraft: (draft: ReviewDraft) => run({ kind: 'check', draft }) as Promise<ReviewParseResult>,
    /** A draft read back from this device, judged (`parseSavedDraft`). */
    checkSavedDraft: (data: unknown) => run({ kind: 'saved', data }) as Promise<{ ok: true; value: ReviewDraft } | { ok: false; problem: string }>,
    /** A chosen file's text as a draft for the form, or why not (`importReviewFile`). */
    importReview: (text: string) => run({ kind: 'import', text }) as Promise<ImportedReview>,
  };
}

export const { checkDraft, checkSavedDraft, importReview } = reviewJobs(jobRunner<ReviewJob>(workerFile, runHere));
