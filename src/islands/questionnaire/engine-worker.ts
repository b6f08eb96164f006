/**
 * The questionnaire's engine work off the page's main thread: checking the answers with the schema (zod), the
 * timeline and the plan with its preview. The page stays responsive while they load and run (on a phone they took
 * most of a second). Each message is one job; the reply carries its id.
 */
import { checkDraft } from './check.ts';
import type { EngineJob, EngineReply } from './engine-jobs.ts';
import { planDocument, previewParts, timelineOutput } from './plan-output.ts';

function run(job: EngineJob): unknown {
  switch (job.kind) {
    case 'check':
      return checkDraft(job.draft);
    case 'timeline':
      return timelineOutput(job.answers, job.today);
    case 'plan': {
      const doc = planDocument(job.answers, job.today, job.timeline);
      return { doc, parts: previewParts(doc) };
    }
  }
}

self.onmessage = (event: MessageEvent<{ id: number; job: EngineJob }>) => {
  const { id, job } = event.data;
  let reply: EngineReply;
  try {
    reply = { id, ok: true, value: run(job) };
  } catch (error) {
    reply = { id, ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
