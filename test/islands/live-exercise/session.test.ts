import { describe, expect, it } from 'vitest';
import { verifyLog } from '../../../src/engine/log/decision-log.ts';
import {
  current,
  loggedDecisions,
  elapsedMs,
  moduleElapsedMs,
  newSession,
  parseSession,
  pending,
  sessionReducer,
  type LiveInject,
  type Session,
  type SessionAction,
} from '../../../src/islands/live-exercise/session.ts';

const inject = (n: number, module: number): LiveInject => ({ id: `inject-${n}`, module, moduleTitle: `Module ${module}`, at: `Day 0, 0${n}:00`, title: `Inject ${n}`, text: `Text ${n}` });
const scenario = [inject(1, 1), inject(2, 1), inject(3, 2), inject(4, 2)];
const reduce = sessionReducer(scenario);
const minute = 60_000;
const T0 = Date.UTC(2026, 10, 27, 14, 0);
const run = (...actions: SessionAction[]): Session => actions.reduce(reduce, newSession('ransomware'));

describe('a live session', () => {
  it('counts the exercise clock only while it runs', () => {
    const session = run({ type: 'start', now: T0 }, { type: 'pause', now: T0 + 10 * minute }, { type: 'resume', now: T0 + 25 * minute });
    // 10 minutes before the pause, then 5 since resuming at 25: 15.
    expect(elapsedMs(session, T0 + 30 * minute)).toBe(15 * minute);
  });

  it('releases injects by hand, in any order, once each', () => {
    const session = run({ type: 'start', now: T0 }, { type: 'release', injectId: 'inject-3', now: T0 + minute }, { type: 'release', injectId: 'inject-3', now: T0 + 2 * minute });
    expect(session.released.map((r) => r.injectId)).toEqual(['inject-3']);
    expect(current(session, scenario)?.id).toBe('inject-3');
    expect(pending(session, scenario).map((i) => i.id)).toEqual(['inject-1', 'inject-2', 'inject-4']);
  });

  it('releases nothing before the session starts, or after it ends', () => {
    expect(run({ type: 'release', injectId: 'inject-1', now: T0 }).released).toEqual([]);
    const ended = run({ type: 'start', now: T0 }, { type: 'end', now: T0 + minute }, { type: 'release-next', now: T0 + 2 * minute });
    expect(ended.released).toEqual([]);
    expect(ended.endedAt).toBe(T0 + minute);
  });

  it('releases the next inject when the timer falls due, and counts the interval again from each release', () => {
    let session = run({ type: 'start', now: T0 }, { type: 'timer', minutes: 10, now: T0 });
    session = reduce(session, { type: 'tick', now: T0 + 9 * minute });
    expect(session.released).toEqual([]);
    session = reduce(session, { type: 'tick', now: T0 + 10 * minute });
    expect(session.released.map((r) => [r.injectId, r.at])).toEqual([['inject-1', T0 + 10 * minute]]);
    // Released by hand at 14: the timer's next is 14 + 10 = 24, not 20.
    session = reduce(session, { type: 'release-next', now: T0 + 14 * minute });
    session = reduce(session, { type: 'tick', now: T0 + 20 * minute });
    expect(session.released).toHaveLength(2);
    session = reduce(session, { type: 'tick', now: T0 + 24 * minute });
    expect(session.released.map((r) => r.injectId)).toEqual(['inject-1', 'inject-2', 'inject-3']);
  });

  it('holds the timer while paused and resumes it with the time that was left', () => {
    let session = run({ type: 'start', now: T0 }, { type: 'timer', minutes: 10, now: T0 }, { type: 'pause', now: T0 + 4 * minute });
    session = reduce(session, { type: 'tick', now: T0 + 30 * minute });
    expect(session.released).toEqual([]);
    // 6 minutes were left at the pause; resumed at 40, due at 46.
    session = reduce(session, { type: 'resume', now: T0 + 40 * minute });
    session = reduce(session, { type: 'tick', now: T0 + 45 * minute });
    expect(session.released).toEqual([]);
    session = reduce(session, { type: 'tick', now: T0 + 46 * minute });
    expect(session.released.map((r) => r.injectId)).toEqual(['inject-1']);
  });

  it('skips a skipped inject and releases an added one at once', () => {
    const session = run(
      { type: 'start', now: T0 },
      { type: 'skip', injectId: 'inject-1' },
      { type: 'release-next', now: T0 + minute },
      { type: 'add', title: '  A reporter calls  ', text: 'Channel 5 asks about the outage.', now: T0 + 2 * minute },
    );
    expect(session.released.map((r) => r.injectId)).toEqual(['inject-2', 'added-1']);
    expect(current(session, scenario)).toMatchObject({ title: 'A reporter calls', module: 0 });
  });

  it('logs a decision against the inject on screen, with the session clock, and ignores an empty one', () => {
    const session = run(
      { type: 'start', now: T0 },
      { type: 'release', injectId: 'inject-2', now: T0 + 5 * minute },
      { type: 'decide', what: '   ', owner: '', questions: '', now: T0 + 6 * minute },
      { type: 'decide', what: 'Take the EHR offline', owner: 'Security officer', questions: 'Who tells the wards?', now: T0 + 7 * minute },
    );
    expect(loggedDecisions(session)).toEqual([
      { seq: 2, injectId: 'inject-2', at: T0 + 7 * minute, elapsed: 7 * minute, what: 'Take the EHR offline', owner: 'Security officer', questions: 'Who tells the wards?' },
    ]);
  });

  it('writes each release and decision to a hash-chained log, and refuses a saved session whose log was changed', () => {
    const session = run(
      { type: 'people', facilitator: 'Dana Whitfield' },
      { type: 'start', now: T0 },
      { type: 'release', injectId: 'inject-1', now: T0 + minute },
      { type: 'decide', what: 'Call the insurer', owner: '', questions: '', now: T0 + 2 * minute },
    );
    expect(session.log.map(({ seq, at, who, what, why, kind }) => [seq, at, who, what, why, kind])).toEqual([
      [1, '2026-11-27T14:01:00.000Z', 'Dana Whitfield', 'Released inject 1: Inject 1', '', 'inject-released'],
      [2, '2026-11-27T14:02:00.000Z', 'The exercise group', 'Call the insurer', '', 'decision'],
    ]);
    expect(verifyLog(session.log).ok).toBe(true);
    expect(loggedDecisions(session)[0]).toMatchObject({ owner: '', questions: '' });
    const saved = JSON.parse(JSON.stringify(session));
    saved.log[1].what = 'Pay the ransom';
    expect(parseSession(saved, 'ransomware')).toEqual({
      ok: false,
      problem: "The saved session's decision log was changed: Entry 2 was changed after it was written: its hash does not match.",
    });
  });

  it('times the module on screen from its first release, leaving pauses out', () => {
    const session = run(
      { type: 'start', now: T0 },
      { type: 'release', injectId: 'inject-1', now: T0 + 2 * minute },
      { type: 'release', injectId: 'inject-3', now: T0 + 20 * minute },
      { type: 'pause', now: T0 + 25 * minute },
      { type: 'resume', now: T0 + 35 * minute },
      { type: 'release', injectId: 'inject-4', now: T0 + 38 * minute },
    );
    // Module 2 began at session time 20; now (wall 40) the session clock reads 40 - 10 paused = 30: 10 minutes.
    expect(moduleElapsedMs(session, scenario, T0 + 40 * minute)).toBe(10 * minute);
  });

  it('reads back a saved session and refuses one for another scenario or of another shape', () => {
    const session = run({ type: 'start', now: T0 }, { type: 'release-next', now: T0 + minute });
    expect(parseSession(JSON.parse(JSON.stringify(session)), 'ransomware')).toEqual({ ok: true, value: session });
    expect(parseSession(session, 'phishing')).toEqual({ ok: false, problem: 'The saved session is for another exercise.' });
    expect(parseSession({ ...session, released: [{ injectId: 7 }] }, 'ransomware').ok).toBe(false);
    expect(parseSession('session', 'ransomware').ok).toBe(false);
  });
});
