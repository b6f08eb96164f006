/** The form checks a draft once: a download after the last keystroke's check uses its result. */
import { describe, expect, it, vi } from 'vitest';
import { checkOncePerDraft } from '../../../src/islands/review/check-once.ts';
import { reviewJobs, type ReviewJob } from '../../../src/islands/review/jobs.ts';
import { runReviewJob } from '../../../src/islands/review/run-job.ts';
import { draftReducer } from '../../../src/islands/review/draft-reducer.ts';
import { draftFromReview, emptyDraft } from '../../../src/islands/review/draft.ts';
import { saveReviewFile } from '../../../src/islands/review/save-review-file.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

/** The review jobs run on this thread, each run counted. */
function countedJobs() {
  const run = vi.fn(async (job: ReviewJob) => runReviewJob(job));
  return { run, jobs: reviewJobs(run) };
}

const fileName = (what: string) => `${what.replaceAll(' ', '-')}.json`;

describe('checkOncePerDraft', () => {
  it('runs no second check when the review file downloads after the check of the same draft finished', async () => {
    const { run, jobs } = countedJobs();
    const check = checkOncePerDraft(jobs.checkDraft);
    const draft = draftFromReview(FULL_REVIEW);
    expect(await check(draft)).toEqual({ ok: true, review: FULL_REVIEW });
    const saved: string[] = [];
    const notice = await saveReviewFile(draft, check, fileName, (_, json) => saved.push(json));
    expect(run).toHaveBeenCalledTimes(1);
    expect(notice).toEqual({ tone: 'ok', text: 'Downloaded the review as review.json.' });
    expect(JSON.parse(saved[0]!)).toEqual(FULL_REVIEW);
  });

  it('shares a check still running with whoever asks about the same draft', async () => {
    const { run, jobs } = countedJobs();
    const check = checkOncePerDraft(jobs.checkDraft);
    const draft = emptyDraft();
    const [typed, downloaded] = await Promise.all([check(draft), check(draft)]);
    expect(downloaded).toBe(typed);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('checks again once the draft changed, even back to the same answers', async () => {
    const { run, jobs } = countedJobs();
    const check = checkOncePerDraft(jobs.checkDraft);
    const draft = draftFromReview(FULL_REVIEW);
    await check(draft);
    const changed = draftReducer(draft, { type: 'set', field: 'title', value: '' });
    expect((await check(changed)).ok).toBe(false);
    const back = draftReducer(changed, { type: 'set', field: 'title', value: FULL_REVIEW.title });
    expect((await check(back)).ok).toBe(true);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('forgets a check that failed, so asking again runs it again', async () => {
    const answers = [Promise.reject(new Error('The engine worker stopped.')), Promise.resolve('checked')];
    const run = vi.fn(() => answers.shift()!);
    const check = checkOncePerDraft(run);
    const draft = emptyDraft();
    await expect(check(draft)).rejects.toThrow('stopped');
    expect(await check(draft)).toBe('checked');
    expect(run).toHaveBeenCalledTimes(2);
  });
});
