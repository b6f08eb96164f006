/**
 * A live tabletop session: which injects are out, the clocks, the timer, the decisions and the notes. Pure: every
 * change is an action applied to the session with the time it happened (`now`, in milliseconds), so the views, the
 * tests and a reload all see the same thing. The facilitator's window changes it; the projector only shows it.
 * Releases and decisions go into a decision log (src/engine/log/, the one the incident view keeps), each entry
 * chained to the one before by SHA-256.
 */
import { appendEntry, verifyLog, type LogEntry } from '../../engine/log/decision-log.ts';
import { parseLogEntries } from '../../engine/log/log-file.ts';

export interface LiveInject {
  id: string;
  /** 1-based module number; 0 for an inject added on the spot. */
  module: number;
  moduleTitle: string;
  /** The scenario's time for it, such as "Day 0, 07:40"; empty for an added inject. */
  at: string;
  title: string;
  text: string;
}

/** Where a decision stands in the session: its log entry (what, who owns it, open questions) and its moment. */
export interface Decision {
  /** The number of its entry in the log. */
  seq: number;
  /** The inject on screen when it was logged, if any. */
  injectId: string | null;
  /** The session clock when it was logged. */
  elapsed: number;
}

/** The log's words for the kinds of entry a live session writes. */
export const LOG_KINDS = { released: 'inject-released', decision: 'decision' } as const;

/** Who owns a decision when the facilitator names nobody. */
export const NO_OWNER = 'The exercise group';
const OPEN_QUESTIONS = 'Open questions: ';

/** A decision as the facilitator wrote it, from its log entry. */
export function decisionText(entry: LogEntry): { what: string; owner: string; questions: string } {
  return {
    what: entry.what,
    owner: entry.who === NO_OWNER ? '' : entry.who,
    questions: entry.why.startsWith(OPEN_QUESTIONS) ? entry.why.slice(OPEN_QUESTIONS.length) : entry.why,
  };
}

export interface Session {
  version: 1;
  scenario: string;
  startedAt: number | null;
  endedAt: number | null;
  /** Time run before the current stretch; the clock adds `now - runningSince` while running. */
  elapsedMs: number;
  runningSince: number | null;
  released: { injectId: string; at: number; elapsed: number }[];
  skipped: string[];
  added: LiveInject[];
  /** Release the next inject every N minutes; null when injects go out by hand only. */
  timerMinutes: number | null;
  /** When the timer releases the next inject (while running), or how long was left when paused. */
  nextReleaseAt: number | null;
  timerLeftMs: number | null;
  decisions: Decision[];
  /** Every release and decision, in order, hash-chained. */
  log: LogEntry[];
  objectiveNotes: Record<string, string>;
  facilitator: string;
  participants: string;
}

export type SessionAction =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'release'; injectId: string; now: number }
  | { type: 'release-next'; now: number }
  | { type: 'skip'; injectId: string }
  | { type: 'add'; title: string; text: string; now: number }
  | { type: 'timer'; minutes: number | null; now: number }
  | { type: 'tick'; now: number }
  | { type: 'decide'; what: string; owner: string; questions: string; now: number }
  | { type: 'note'; objective: number; text: string }
  | { type: 'people'; facilitator?: string; participants?: string }
  | { type: 'end'; now: number };

export const LIMITS = { title: 90, text: 700, decision: 2000, owner: 200, note: 2000, people: 4000, timerMinutes: 240 } as const;

export function newSession(scenario: string): Session {
  return {
    version: 1,
    scenario,
    startedAt: null,
    endedAt: null,
    elapsedMs: 0,
    runningSince: null,
    released: [],
    skipped: [],
    added: [],
    timerMinutes: null,
    nextReleaseAt: null,
    timerLeftMs: null,
    decisions: [],
    log: [],
    objectiveNotes: {},
    facilitator: '',
    participants: '',
  };
}

/** The decisions with their words from the log, in the order they were logged. */
export function loggedDecisions(session: Session): (Decision & { at: number; what: string; owner: string; questions: string })[] {
  const entries = new Map(session.log.map((entry) => [entry.seq, entry]));
  return session.decisions.flatMap((decision) => {
    const entry = entries.get(decision.seq);
    return entry ? [{ ...decision, at: Date.parse(entry.at), ...decisionText(entry) }] : [];
  });
}

export const isRunning = (session: Session): boolean => session.runningSince !== null;

export function elapsedMs(session: Session, now: number): number {
  return session.elapsedMs + (session.runningSince !== null ? Math.max(0, now - session.runningSince) : 0);
}

/** Every inject the session knows, the scenario's and those added on the spot. */
export function allInjects(session: Session, scenario: readonly LiveInject[]): LiveInject[] {
  return [...scenario, ...session.added];
}

/** The scenario's injects still to come, in order. */
export function pending(session: Session, scenario: readonly LiveInject[]): LiveInject[] {
  const done = new Set([...session.released.map((r) => r.injectId), ...session.skipped]);
  return scenario.filter((inject) => !done.has(inject.id));
}

/** The inject on screen: the last one released. */
export function current(session: Session, scenario: readonly LiveInject[]): LiveInject | null {
  const last = session.released.at(-1);
  return last ? (allInjects(session, scenario).find((inject) => inject.id === last.injectId) ?? null) : null;
}

/**
 * How long the module on screen has run: the session clock now, minus the session clock when the module's first
 * inject went out. Releases record the session clock too, so pauses do not count.
 */
export function moduleElapsedMs(session: Session, scenario: readonly LiveInject[], now: number): number | null {
  const shown = current(session, scenario);
  if (!shown || shown.module === 0) return null;
  const moduleOf = new Map(scenario.map((inject) => [inject.id, inject.module]));
  const first = session.released.find((r) => moduleOf.get(r.injectId) === shown.module);
  return first ? Math.max(0, elapsedMs(session, now) - first.elapsed) : null;
}

const clean = (text: string, max: number): string => text.trim().slice(0, max);

const instant = (ms: number): string => new Date(ms).toISOString();

function release(session: Session, inject: LiveInject, now: number, scenario: readonly LiveInject[]): Session {
  if (session.released.some((r) => r.injectId === inject.id)) return session;
  const number = scenario.findIndex((candidate) => candidate.id === inject.id) + 1;
  const log = appendEntry(session.log, {
    at: instant(now),
    who: session.facilitator.trim() || 'Facilitator',
    what: `Released ${number > 0 ? `inject ${number}` : 'an added inject'}: ${inject.title}`,
    why: '',
    kind: LOG_KINDS.released,
  });
  const next = {
    ...session,
    released: [...session.released, { injectId: inject.id, at: now, elapsed: elapsedMs(session, now) }],
    skipped: session.skipped.filter((id) => id !== inject.id),
    log,
  };
  return withTimerFrom(next, now);
}

/** After a release, the timer counts its interval again from now. */
function withTimerFrom(session: Session, now: number): Session {
  if (session.timerMinutes === null) return { ...session, nextReleaseAt: null, timerLeftMs: null };
  const interval = session.timerMinutes * 60_000;
  return isRunning(session) ? { ...session, nextReleaseAt: now + interval, timerLeftMs: null } : { ...session, nextReleaseAt: null, timerLeftMs: interval };
}

export function sessionReducer(scenario: readonly LiveInject[]) {
  return (session: Session, action: SessionAction): Session => {
    if (session.endedAt !== null) return session;
    switch (action.type) {
      case 'start':
        if (session.startedAt !== null) return session;
        return withTimerFrom({ ...session, startedAt: action.now, runningSince: action.now }, action.now);
      case 'pause':
        if (!isRunning(session)) return session;
        return {
          ...session,
          elapsedMs: elapsedMs(session, action.now),
          runningSince: null,
          nextReleaseAt: null,
          timerLeftMs: session.nextReleaseAt !== null ? Math.max(0, session.nextReleaseAt - action.now) : null,
        };
      case 'resume':
        if (isRunning(session) || session.startedAt === null) return session;
        return {
          ...session,
          runningSince: action.now,
          nextReleaseAt: session.timerLeftMs !== null ? action.now + session.timerLeftMs : null,
          timerLeftMs: null,
        };
      case 'release': {
        const inject = allInjects(session, scenario).find((candidate) => candidate.id === action.injectId);
        return session.startedAt === null || !inject ? session : release(session, inject, action.now, scenario);
      }
      case 'release-next': {
        const next = pending(session, scenario)[0];
        return next && session.startedAt !== null ? release(session, next, action.now, scenario) : session;
      }
      case 'skip':
        if (session.released.some((r) => r.injectId === action.injectId) || session.skipped.includes(action.injectId)) return session;
        return { ...session, skipped: [...session.skipped, action.injectId] };
      case 'add': {
        const title = clean(action.title, LIMITS.title);
        if (!title || session.startedAt === null) return session;
        const inject: LiveInject = { id: `added-${session.added.length + 1}`, module: 0, moduleTitle: 'Added during the session', at: '', title, text: clean(action.text, LIMITS.text) };
        return release({ ...session, added: [...session.added, inject] }, inject, action.now, scenario);
      }
      case 'timer': {
        const minutes = action.minutes === null ? null : Math.min(LIMITS.timerMinutes, Math.max(1, Math.round(action.minutes)));
        return withTimerFrom({ ...session, timerMinutes: minutes }, action.now);
      }
      case 'tick': {
        if (!isRunning(session) || session.nextReleaseAt === null || action.now < session.nextReleaseAt) return session;
        const next = pending(session, scenario)[0];
        if (!next) return { ...session, nextReleaseAt: null };
        // Released at the moment the timer fell due, even if the tick came late (a background tab).
        return release(session, next, session.nextReleaseAt, scenario);
      }
      case 'decide': {
        const what = clean(action.what, LIMITS.decision);
        if (!what || session.startedAt === null) return session;
        const questions = clean(action.questions, LIMITS.decision);
        const log = appendEntry(session.log, {
          at: instant(action.now),
          who: clean(action.owner, LIMITS.owner) || NO_OWNER,
          what,
          why: questions ? `${OPEN_QUESTIONS}${questions}` : '',
          kind: LOG_KINDS.decision,
        });
        const decision: Decision = { seq: log.at(-1)!.seq, injectId: session.released.at(-1)?.injectId ?? null, elapsed: elapsedMs(session, action.now) };
        return { ...session, decisions: [...session.decisions, decision], log };
      }
      case 'note':
        return { ...session, objectiveNotes: { ...session.objectiveNotes, [String(action.objective)]: action.text.slice(0, LIMITS.note) } };
      case 'people':
        return {
          ...session,
          ...(action.facilitator !== undefined ? { facilitator: action.facilitator.slice(0, LIMITS.owner) } : {}),
          ...(action.participants !== undefined ? { participants: action.participants.slice(0, LIMITS.people) } : {}),
        };
      case 'end':
        if (session.startedAt === null) return session;
        return { ...session, elapsedMs: elapsedMs(session, action.now), runningSince: null, nextReleaseAt: null, timerLeftMs: null, endedAt: action.now };
    }
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumberOrNull = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

/** A saved session, if it has this shape and is for this scenario; anything else is reported for recovery. */
export function parseSession(data: unknown, scenario: string): { ok: true; value: Session } | { ok: false; problem: string } {
  const problem = { ok: false as const, problem: 'The saved session is not a Breachline live exercise session.' };
  if (!isRecord(data) || data.version !== 1) return problem;
  if (data.scenario !== scenario) return { ok: false, problem: 'The saved session is for another exercise.' };
  if (!['startedAt', 'endedAt', 'runningSince', 'timerMinutes', 'nextReleaseAt', 'timerLeftMs'].every((key) => isNumberOrNull(data[key]))) return problem;
  if (typeof data.elapsedMs !== 'number' || !Array.isArray(data.released) || !Array.isArray(data.skipped) || !Array.isArray(data.added)) return problem;
  if (!Array.isArray(data.decisions) || !isRecord(data.objectiveNotes) || typeof data.facilitator !== 'string' || typeof data.participants !== 'string') return problem;
  const released = data.released.every((r) => isRecord(r) && typeof r.injectId === 'string' && typeof r.at === 'number' && typeof r.elapsed === 'number');
  const decisions = data.decisions.every((d) => isRecord(d) && typeof d.seq === 'number' && typeof d.elapsed === 'number');
  const added = data.added.every((a) => isRecord(a) && typeof a.id === 'string' && typeof a.title === 'string' && typeof a.text === 'string');
  if (!released || !decisions || !added) return problem;
  const log = parseLogEntries(data.log);
  if (!log.ok) return { ok: false, problem: `The saved session's decision log cannot be read: ${log.problem}` };
  const chain = verifyLog(log.entries);
  if (!chain.ok) return { ok: false, problem: `The saved session's decision log was changed: ${chain.problem}` };
  return { ok: true, value: { ...(data as unknown as Session), log: log.entries } };
}
