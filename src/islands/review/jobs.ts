/**
 * The review form's checks (zod, the review schema, the file formats), run in a worker (engine-worker.ts) where the
 * browser has one, else on the page. Only this small client loads with the page; the worker starts on the first
 * check: a review saved on this device, the first answer typed, a download or an import.
 */
import type { ReviewParseResult } from '../../engine/review/parse.ts';
import type { ReviewDraft } from './draft.ts';
import type { ImportedReview, ReviewFile } from './draft-file.ts';
import { jobRunner } from '../shared/worker-jobs.ts';
import workerFile from './engine-worker.ts?worker&url';

export type ReviewJob =
  | { kind: 'check'; draft: ReviewDraft }
  | { kind: 'saved'; data: unknown }
  | { kind: 'file'; draft: ReviewDraft }
  | { kind: 'import'; text: string };

async function runHere(job: ReviewJob): Promise<unknown> {
  const { runReviewJob } = await import('./run-job.ts');
  return runReviewJob(job);
}

const run = jobRunner<ReviewJob>(workerFile, runHere);

/** The checked review, or what to fix (`reviewFromDraft`). */
export function checkDraft(draft: ReviewDraft): Promise<ReviewParseResult> {
  return run({ kind: 'check', draft }) as Promise<ReviewParseResult>;
}

/** A draft read back from this device, judged (`parseSavedDraft`). */
export function checkSavedDraft(data: unknown): Promise<{ ok: true; value: ReviewDraft } | { ok: false; problem: string }> {
  return run({ kind: 'saved', data }) as Promise<{ ok: true; value: ReviewDraft } | { ok: false; problem: string }>;
}

/** The review file to download: the review, or the unfinished review (`reviewFileFor`). */
export function reviewFile(draft: ReviewDraft): Promise<ReviewFile> {
  return run({ kind: 'file', draft }) as Promise<ReviewFile>;
}

/** A chosen file's text as a draft for the form, or why not (`importReviewFile`). */
export function importReview(text: string): Promise<ImportedReview> {
  return run({ kind: 'import', text }) as Promise<ImportedReview>;
}
