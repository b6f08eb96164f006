/**
 * The incident's records on this device: the answers (shared with the plan builder), the decision log, and the
 * incidents closed here. Every change is written at once; another tab learns of it from the `storage` event.
 */
import { TASK_STATUSES, type TaskStatus } from '../../engine/incident/plan-tasks.ts';
import { parseLogEntries } from '../../engine/log/log-file.ts';
import type { LogEntry } from '../../engine/log/decision-log.ts';
import { parseSavedDraft, type Draft } from '../questionnaire/draft.ts';
import { loadSavedAnswers } from '../shared/saved-answers.ts';
import { loadSaved, saveState, STORE_KEYS, type Parse } from '../shared/saved-state.ts';

export interface ClosedIncident {
  closedAt: string;
  draft: Draft;
  log: LogEntry[];
}

export interface TaskState {
  owner?: string;
  status: TaskStatus;
}

export type TaskStates = Record<string, TaskState>;

const parseTasks: Parse<TaskStates> = (data) => {
  const foreign = { ok: false as const, problem: 'The task list kept here is not readable.' };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return foreign;
  for (const state of Object.values(data)) {
    if (typeof state !== 'object' || state === null || !((state as TaskState).status in TASK_STATUSES)) return foreign;
    if ((state as TaskState).owner !== undefined && typeof (state as TaskState).owner !== 'string') return foreign;
  }
  return { ok: true, value: data as TaskStates };
};

const parseLog: Parse<LogEntry[]> = (data) => {
  const parsed = parseLogEntries(data);
  return parsed.ok ? { ok: true, value: parsed.entries } : parsed;
};

const parseClosed: Parse<ClosedIncident[]> = (data) => {
  if (!Array.isArray(data)) return { ok: false, problem: 'The closed incidents kept here are not readable.' };
  const closed: ClosedIncident[] = [];
  for (const item of data as { closedAt?: unknown; draft?: unknown; log?: unknown }[]) {
    const draft = parseSavedDraft(item?.draft);
    const log = parseLogEntries(item?.log ?? []);
    if (typeof item?.closedAt !== 'string' || !draft.ok || !log.ok) return { ok: false, problem: 'The closed incidents kept here are not readable.' };
    closed.push({ closedAt: item.closedAt, draft: draft.value, log: log.entries });
  }
  return { ok: true, value: closed };
};

export interface Records {
  draft: Draft | null;
  log: LogEntry[];
  tasks: TaskStates;
  closed: ClosedIncident[];
  /** Why something saved here could not be read; the page says so and keeps the saved copy untouched. */
  problem: string | null;
}

export function loadRecords(): Records {
  const answers = loadSavedAnswers();
  const log = loadSaved('incidentLog', parseLog);
  const closed = loadSaved('closedIncidents', parseClosed);
  const tasks = loadSaved('incidentTasks', parseTasks);
  const problems = [answers, log, closed, tasks].flatMap((loaded) => (loaded.status === 'corrupt' || loaded.status === 'unavailable' ? [loaded.problem] : []));
  return {
    draft: answers.status === 'ok' ? answers.value : null,
    log: log.status === 'ok' ? log.value : [],
    tasks: tasks.status === 'ok' ? tasks.value : {},
    closed: closed.status === 'ok' ? closed.value : [],
    problem: problems[0] ?? null,
  };
}

/** Writes what changed; the first problem, if the browser refused. */
export function saveRecords(next: Partial<Omit<Records, 'problem'>>): string | null {
  const results = [
    next.draft !== undefined && next.draft !== null ? saveState('answers', next.draft) : null,
    next.log !== undefined ? saveState('incidentLog', next.log) : null,
    next.tasks !== undefined ? saveState('incidentTasks', next.tasks) : null,
    next.closed !== undefined ? saveState('closedIncidents', next.closed) : null,
  ];
  for (const result of results) if (result && !result.ok) return result.problem;
  return null;
}

/** True when a `storage` event is about one of the incident's records. */
export function isIncidentKey(key: string | null): boolean {
  return key === null || key === STORE_KEYS.answers || key === STORE_KEYS.incidentLog || key === STORE_KEYS.incidentTasks || key === STORE_KEYS.closedIncidents;
}
