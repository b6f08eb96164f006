/** The review form's checks off the main thread (jobs.ts): one job per message, the reply carries its id. */
import type { ReviewJob } from './jobs.ts';
import { runReviewJob } from './run-job.ts';

self.onmessage = (event: MessageEvent<{ id: number; job: ReviewJob }>) => {
  const { id, job } = event.data;
  try {
    self.postMessage({ id, ok: true, value: runReviewJob(job) });
  } catch (error) {
    self.postMessage({ id, ok: false, problem: error instanceof Error ? error.message : String(error) });
  }
};
