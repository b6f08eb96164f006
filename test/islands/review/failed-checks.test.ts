/**
 * When the review's checks cannot run (the worker fails, and so does the same work on the page): the form says so,
 * and the answers can still be kept in a file.
 */
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { jobRunner, type StartWorker } from '../../../src/islands/shared/worker-jobs.ts';
import { reviewJobs, type ReviewJob } from '../../../src/islands/review/jobs.ts';
import { reviewFromDraft } from '../../../src/islands/review/draft-checks.ts';
import { importReviewFile } from '../../../src/islands/review/draft-file.ts';
import { draftFromReview } from '../../../src/islands/review/draft.ts';
import { CHECK_FAILED, FilesNotice } from '../../../src/islands/review/files-notice.tsx';
import { saveReviewFile } from '../../../src/islands/review/save-review-file.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

type FakeWorker = { onmessage: ((event: { data: unknown }) => void) | null; onerror: (() => void) | null; postMessage: (message: { id: number; job: ReviewJob }) => void };

/** A worker that answers each job through `answer`, after the job was posted (as a real one does). */
function fakeWorker(answer: (worker: FakeWorker, message: { id: number; job: ReviewJob }) => void): StartWorker {
  return () => {
    const worker: FakeWorker = { onmessage: null, onerror: null, postMessage: (message) => queueMicrotask(() => answer(worker, message)) };
    return worker as unknown as Worker;
  };
}

const FAILING_WORKERS: [string, StartWorker][] = [
  [
    'cannot start',
    () => {
      throw new Error('Workers are blocked here.');
    },
  ],
  ['fails to load its code', fakeWorker((worker) => worker.onerror?.())],
  ['replies with a problem', fakeWorker((worker, { id }) => worker.onmessage?.({ data: { id, ok: false, problem: 'Out of memory.' } }))],
];

/** The fallback on the page, failing as a chunk that cannot load does. */
const failingFallback = () => vi.fn((_job: ReviewJob) => Promise.reject(new Error('Failed to fetch dynamically imported module.')));

const draft = draftFromReview(FULL_REVIEW);
const fileName = (what: string) => `riverside-${what.replaceAll(' ', '-')}.json`;

describe('the review jobs when the worker and the fallback both fail', () => {
  for (const [how, start] of FAILING_WORKERS) {
    it(`rejects every job, after trying the page, when the worker ${how}`, async () => {
      const fallback = failingFallback();
      const jobs = reviewJobs(jobRunner<ReviewJob>('review-worker.js', fallback, start));
      await expect(jobs.checkDraft(draft)).rejects.toThrow('Failed to fetch');
      await expect(jobs.checkSavedDraft({})).rejects.toThrow('Failed to fetch');
      await expect(jobs.importReview('{}')).rejects.toThrow('Failed to fetch');
      expect(fallback.mock.calls.map(([job]) => job.kind)).toEqual(['check', 'saved', 'import']);
      expect(fallback.mock.calls[0]![0]).toEqual({ kind: 'check', draft });
    });
  }

  it('shows that the review could not be checked as a problem, in the panel’s status line', () => {
    const html = render(h(FilesNotice, { notice: { tone: 'problem', text: CHECK_FAILED } }));
    expect(html).toContain('class="notice notice-problem" role="status" aria-live="polite"');
    expect(html).toContain('<p>The review could not be checked just now. Reload the page and try again; your answers are kept.</p>');
  });
});

describe('saveReviewFile when the check fails', () => {
  for (const [how, start] of FAILING_WORKERS) {
    it(`still downloads every answer, as an unfinished review, when the worker ${how}`, async () => {
      const jobs = reviewJobs(jobRunner<ReviewJob>('review-worker.js', failingFallback(), start));
      const saved: [string, string][] = [];
      const notice = await saveReviewFile(draft, jobs.checkDraft, fileName, (name, json) => saved.push([name, json]));

      expect(saved.map(([name]) => name)).toEqual(['riverside-unfinished-review.json']);
      // Nothing lost: the file imports back, and the answers in it make the same complete review.
      const imported = importReviewFile(saved[0]![1]);
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      expect(imported.unfinished).toBe(true);
      expect(reviewFromDraft(imported.draft)).toEqual({ ok: true, review: FULL_REVIEW });

      const html = render(h(FilesNotice, { notice }));
      expect(html).toContain('class="notice notice-problem"');
      expect(html).toContain('The review could not be checked just now, so your answers downloaded as an unfinished review, riverside-unfinished-review.json.');
    });
  }
});
