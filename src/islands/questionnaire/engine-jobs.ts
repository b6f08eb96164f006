/**
 * The engine's jobs for the questionnaire, run in a worker (engine-worker.ts) where the browser has one, else on
 * the page. Callers get the same promise either way. Only types and this small client load with the page: the
 * schema, the rules and the plan builder load with the worker, when answers are first checked.
 */
import type { Answers } from '../../engine/answers/schema.ts';
import type { DocumentModel } from '../../engine/document/model.ts';
import type { Timeline } from '../../engine/timeline/types.ts';
import type { CheckResult } from './check-result.ts';
import type { Draft } from './draft.ts';
import { jobRunner } from '../shared/worker-jobs.ts';
// The bundled worker's URL, which the Trusted Types policy checks before it starts.
import workerFile from './engine-worker.ts?worker&url';

export type EngineJob =
  | { kind: 'check'; draft: Draft }
  | { kind: 'timeline'; answers: Answers; today: string }
  | { kind: 'plan'; answers: Answers; today: string; timeline: Timeline | null };

export type { JobReply as EngineReply } from '../shared/worker-jobs.ts';

export interface BuiltPlan {
  doc: DocumentModel;
  /** The preview in pieces (plan-output.ts's previewParts), each still to pass the page's Trusted Types policy. */
  parts: string[];
}

async function runHere(job: EngineJob): Promise<unknown> {
  if (job.kind === 'check') return (await import('./check.ts')).checkDraft(job.draft);
  const output = await import('./plan-output.ts');
  if (job.kind === 'timeline') return output.timelineOutput(job.answers, job.today);
  const doc = output.planDocument(job.answers, job.today, job.timeline);
  return { doc, parts: output.previewParts(doc) };
}

const run = jobRunner<EngineJob>(workerFile, runHere);

/** The whole draft checked with the schema; each problem says which step and field it belongs to. */
export function checkAnswers(draft: Draft): Promise<CheckResult> {
  return run({ kind: 'check', draft }) as Promise<CheckResult>;
}

/** The notification timeline when the answers record an incident, else null. */
export function timelineFor(answers: Answers, today: string): Promise<Timeline | null> {
  return run({ kind: 'timeline', answers, today }) as Promise<Timeline | null>;
}

/** The plan (with the timeline already computed for these answers) and its preview. */
export function planFor(answers: Answers, today: string, timeline: Timeline | null): Promise<BuiltPlan> {
  return run({ kind: 'plan', answers, today, timeline }) as Promise<BuiltPlan>;
}
