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
import { engineWorkerUrl } from '../../security/trusted-types.ts';
// The bundled worker's URL, which the Trusted Types policy checks before it starts.
import workerFile from './engine-worker.ts?worker&url';

export type EngineJob =
  | { kind: 'check'; draft: Draft }
  | { kind: 'timeline'; answers: Answers; today: string }
  | { kind: 'plan'; answers: Answers; today: string; timeline: Timeline | null };

export type EngineReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; problem: string };

export interface BuiltPlan {
  doc: DocumentModel;
  /** The preview: the renderer's fragment with its headings moved under the page's own. */
  html: string;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(engineWorkerUrl(workerFile), { type: 'module' });
  } catch {
    worker = null;
    return worker;
  }
  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(new Error(reply.problem));
  };
  worker.onerror = () => {
    // The worker's code did not load: run the jobs on the page from now on, including those waiting.
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) job.reject(new Error('The engine worker stopped.'));
  };
  return worker;
}

async function runHere(job: EngineJob): Promise<unknown> {
  if (job.kind === 'check') return (await import('./check.ts')).checkDraft(job.draft);
  const output = await import('./plan-output.ts');
  if (job.kind === 'timeline') return output.timelineOutput(job.answers, job.today);
  const doc = output.planDocument(job.answers, job.today, job.timeline);
  return { doc, html: output.previewHtml(doc) };
}

function run(job: EngineJob): Promise<unknown> {
  const running = startWorker();
  if (!running) return runHere(job);
  const id = nextId++;
  return new Promise<unknown>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, job });
  }).catch(() => runHere(job));
}

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
