/**
 * The incident page's engine jobs, run in a worker (engine-worker.ts) where the browser has one, else on the page.
 * Only this small client and types load with the page; the schema, the rules and the packets load with the worker.
 */
import type { Answers } from '../../engine/answers/schema.ts';
import type { TaskGroup } from '../../engine/incident/plan-tasks.ts';
import type { LogEntry } from '../../engine/log/decision-log.ts';
import type { Timeline } from '../../engine/timeline/types.ts';
import type { StepProblem } from '../questionnaire/check-result.ts';
import type { Draft } from '../questionnaire/draft.ts';
import { jobRunner } from '../shared/worker-jobs.ts';
import workerFile from './engine-worker.ts?worker&url';

export interface PacketView {
  obligationId: string;
  title: string;
  /** The engine renderer's fragment, headings moved under the page's own. */
  html: string;
}

export type IncidentOutput =
  | { ok: true; answers: Answers; timeline: Timeline; packets: PacketView[]; tasks: TaskGroup[] }
  /** Each problem with the question it concerns in plain words, and the plan builder's step that asks it. */
  | { ok: false; problems: Pick<StepProblem, 'path' | 'step' | 'question' | 'message'>[] };

export type ImportOutput = { ok: true; draft: Draft; log: LogEntry[] } | { ok: false; problems: string[] };

export type IncidentJob = { kind: 'incident'; draft: Draft; today: string } | { kind: 'import'; text: string };

async function runHere(job: IncidentJob): Promise<unknown> {
  const output = await import('./incident-output.ts');
  return job.kind === 'incident' ? output.incidentOutput(job.draft, job.today) : output.importOutput(job.text);
}

const run = jobRunner<IncidentJob>(workerFile, runHere);

export function incidentFor(draft: Draft, today: string): Promise<IncidentOutput> {
  return run({ kind: 'incident', draft, today }) as Promise<IncidentOutput>;
}

export function importIncident(text: string): Promise<ImportOutput> {
  return run({ kind: 'import', text }) as Promise<ImportOutput>;
}
