/**
 * The session as a Preact hook: the state, a dispatcher that saves and announces every change, the time (ticking
 * once a second), and what to tell the person when the saved session cannot be read or saved.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newSession, sessionReducer, type LiveInject, type Session, type SessionAction } from './session.ts';
import { connect, loadSession, storeSession } from './sync.ts';

type Action = SessionAction extends infer A ? (A extends { now: number } ? Omit<A, 'now'> : A) : never;

export function useLiveSession(scenario: string, injects: readonly LiveInject[], drivesTimer: boolean) {
  const reduce = useMemo(() => sessionReducer(injects), [injects]);
  const [session, setSession] = useState<Session>(() => newSession(scenario));
  const [now, setNow] = useState(() => Date.now());
  const [problem, setProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const latest = useRef(session);
  // Read by the interval set up once: the view is known only after the first render.
  const drives = useRef(drivesTimer);
  drives.current = drivesTimer;
  const link = useRef<ReturnType<typeof connect> | null>(null);

  const commit = (next: Session | null) => {
    const value = next ?? newSession(scenario);
    latest.current = value;
    setSession(value);
    const saved = storeSession(scenario, next);
    setProblem(saved.ok ? null : saved.problem);
    link.current?.announce(next);
  };

  useEffect(() => {
    const loaded = loadSession(scenario);
    if (loaded.status === 'ok') {
      latest.current = loaded.value;
      setSession(loaded.value);
    } else if (loaded.status === 'problem') setProblem(`${loaded.problem} A new session starts here; the saved one is kept until this one is saved.`);
    link.current = connect(scenario, (incoming) => {
      const value = incoming ?? newSession(scenario);
      latest.current = value;
      setSession(value);
    });
    setReady(true);
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (!drives.current) return;
      const next = reduce(latest.current, { type: 'tick', now: time });
      if (next !== latest.current) commit(next);
    }, 1000);
    return () => {
      clearInterval(timer);
      link.current?.close();
    };
  }, [scenario]);

  const dispatch = (action: Action) => {
    const time = Date.now();
    setNow(time);
    const next = reduce(latest.current, { ...action, now: time } as SessionAction);
    if (next !== latest.current) commit(next);
  };
  const reset = () => commit(null);

  return { session, now, problem, ready, dispatch, reset };
}
