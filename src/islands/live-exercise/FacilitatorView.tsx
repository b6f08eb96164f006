/**
 * The facilitator's controls: start and pause, release injects by hand or on a timer, skip or add them, log the
 * group's decisions, keep notes per objective, and end the session into the review form.
 */
import { useState } from 'preact/hooks';
import { TextArea, TextField } from '../shared/fields.tsx';
import { clockText } from './clock.ts';
import { latestHash } from '../../engine/log/decision-log.ts';
import { current, elapsedMs, isRunning, LIMITS, loggedDecisions, moduleElapsedMs, pending, type LiveInject, type Session } from './session.ts';
import type { useLiveSession } from './use-live-session.ts';

type Live = ReturnType<typeof useLiveSession>;

interface Props {
  live: Live;
  injects: readonly LiveInject[];
  title: string;
  objectives: readonly { text: string }[];
  projectorHref: string;
  onEnd: () => void;
  onDownloadLog: () => void;
}

const at = (session: Session, id: string) => session.released.find((r) => r.injectId === id);

export function FacilitatorView({ live, injects, title, objectives, projectorHref, onEnd, onDownloadLog }: Props) {
  const { session, now, dispatch } = live;
  const started = session.startedAt !== null;
  const ended = session.endedAt !== null;
  const shown = current(session, injects);
  const next = pending(session, injects)[0];
  const moduleMs = moduleElapsedMs(session, injects, now);
  const [decision, setDecision] = useState({ what: '', owner: '', questions: '' });
  const [decisionError, setDecisionError] = useState<string | undefined>();
  const [added, setAdded] = useState({ title: '', text: '' });
  const [addError, setAddError] = useState<string | undefined>();
  const [minutes, setMinutes] = useState(session.timerMinutes ? String(session.timerMinutes) : '');
  const [timerError, setTimerError] = useState<string | undefined>();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const timerLeft = session.nextReleaseAt !== null ? session.nextReleaseAt - now : session.timerLeftMs;

  const logDecision = (event: Event) => {
    event.preventDefault();
    if (!decision.what.trim()) return setDecisionError('Write what the group decided.');
    setDecisionError(undefined);
    dispatch({ type: 'decide', ...decision });
    setDecision({ what: '', owner: '', questions: '' });
  };
  const addInject = (event: Event) => {
    event.preventDefault();
    if (!added.title.trim()) return setAddError('Give the new inject a title.');
    setAddError(undefined);
    dispatch({ type: 'add', ...added });
    setAdded({ title: '', text: '' });
  };
  const setTimer = (event: Event) => {
    event.preventDefault();
    const value = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || value < 1 || value > LIMITS.timerMinutes) {
      return setTimerError(`Enter a whole number of minutes from 1 to ${LIMITS.timerMinutes}.`);
    }
    setTimerError(undefined);
    dispatch({ type: 'timer', minutes: value });
  };

  return (
    <div class="facilitator">
      <h1>Run live: {title}</h1>
      <p>
        Open the <a href={projectorHref} target="_blank" rel="noopener">projector view</a> in another window and move it
        to the room’s screen; it follows this one. Everything stays in this browser, on this device.
      </p>
      {live.problem && (
        <p class="live-problem" role="alert">
          {live.problem}
        </p>
      )}

      <section aria-labelledby="live-controls">
        <h2 id="live-controls">Session</h2>
        <p class="live-clocks">
          Exercise time <strong>{clockText(elapsedMs(session, now))}</strong>
          {moduleMs !== null && (
            <>
              {' '}· Module time <strong>{clockText(moduleMs)}</strong>
            </>
          )}
          {started && !ended && !isRunning(session) && <> · Paused</>}
          {ended && <> · Ended</>}
        </p>
        <div class="button-row">
          {!started && (
            <button type="button" onClick={() => dispatch({ type: 'start' })}>
              Start the session
            </button>
          )}
          {started && !ended && isRunning(session) && (
            <button type="button" onClick={() => dispatch({ type: 'pause' })}>
              Pause
            </button>
          )}
          {started && !ended && !isRunning(session) && (
            <button type="button" onClick={() => dispatch({ type: 'resume' })}>
              Resume
            </button>
          )}
          {started && !ended && next && (
            <button type="button" onClick={() => dispatch({ type: 'release-next' })}>
              Release the next inject
            </button>
          )}
        </div>
        {!ended && (
          <form class="timer-form" onSubmit={setTimer} noValidate>
            <TextField
              id="live-timer"
              label="Release the next inject automatically every (minutes)"
              hint={
                session.timerMinutes !== null
                  ? `On: every ${session.timerMinutes} minutes.${timerLeft !== null && next ? ` Next inject in ${clockText(timerLeft)}.` : ''}`
                  : 'Off: injects go out when you release them.'
              }
              value={minutes}
              width="number"
              inputMode="numeric"
              error={timerError}
              onInput={setMinutes}
            />
            <div class="button-row">
              <button type="submit">Set the timer</button>
              {session.timerMinutes !== null && (
                <button type="button" class="secondary" onClick={() => dispatch({ type: 'timer', minutes: null })}>
                  Stop the timer
                </button>
              )}
            </div>
          </form>
        )}
      </section>

      <section aria-labelledby="live-current">
        <h2 id="live-current">On the screen now</h2>
        {shown ? (
          <div class="live-current">
            <p class="meta">{shown.module > 0 ? `Module ${shown.module}: ${shown.moduleTitle}${shown.at ? `, ${shown.at}` : ''}` : shown.moduleTitle}</p>
            <h3>{shown.title}</h3>
            <p>{shown.text}</p>
          </div>
        ) : (
          <p>No inject yet.</p>
        )}
      </section>

      <section aria-labelledby="live-injects">
        <h2 id="live-injects">Injects</h2>
        <ol class="live-injects">
          {injects.map((inject) => {
            const release = at(session, inject.id);
            const skipped = session.skipped.includes(inject.id);
            return (
              <li key={inject.id}>
                <span class="inject-time">{inject.at}</span> <strong>{inject.title}</strong>{' '}
                <span class="meta">
                  (Module {inject.module}){' '}
                  {release ? `Released at ${clockText(release.elapsed)}.` : skipped ? 'Skipped.' : 'To come.'}
                </span>
                {started && !ended && !release && (
                  <span class="button-row">
                    <button type="button" class="secondary" onClick={() => dispatch({ type: 'release', injectId: inject.id })}>
                      Release now<span class="visually-hidden">: {inject.title}</span>
                    </button>
                    {!skipped && (
                      <button type="button" class="secondary" onClick={() => dispatch({ type: 'skip', injectId: inject.id })}>
                        Skip<span class="visually-hidden">: {inject.title}</span>
                      </button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
          {session.added.map((inject) => (
            <li key={inject.id}>
              <strong>{inject.title}</strong> <span class="meta">(added; released at {clockText(at(session, inject.id)?.elapsed ?? 0)})</span>
            </li>
          ))}
        </ol>
        {started && !ended && (
          <form onSubmit={addInject} noValidate>
            <h3>Add an inject on the spot</h3>
            <TextField id="live-add-title" label="Title" value={added.title} maxLength={LIMITS.title} error={addError} onInput={(title) => setAdded({ ...added, title })} />
            <TextArea id="live-add-text" label="What happens (optional)" value={added.text} maxLength={LIMITS.text} rows={3} onInput={(text) => setAdded({ ...added, text })} />
            <button type="submit">Release it now</button>
          </form>
        )}
      </section>

      <section aria-labelledby="live-decisions">
        <h2 id="live-decisions">Decisions</h2>
        {started && !ended && (
          <form onSubmit={logDecision} noValidate>
            <TextArea id="live-decision-what" label="What did the group decide?" value={decision.what} maxLength={LIMITS.decision} rows={3} error={decisionError} onInput={(what) => setDecision({ ...decision, what })} />
            <TextField id="live-decision-owner" label="Who owns it? (optional)" value={decision.owner} maxLength={LIMITS.owner} width="short" onInput={(owner) => setDecision({ ...decision, owner })} />
            <TextArea id="live-decision-questions" label="Open questions (optional)" value={decision.questions} maxLength={LIMITS.decision} rows={2} onInput={(questions) => setDecision({ ...decision, questions })} />
            <button type="submit">Log the decision</button>
          </form>
        )}
        {session.decisions.length > 0 ? (
          <ol class="live-log" aria-label="Decisions logged">
            {loggedDecisions(session).map((entry) => (
              <li key={entry.seq}>
                <span class="meta">{clockText(entry.elapsed)}</span> <bdi>{entry.what}</bdi>
                {entry.owner && (
                  <>
                    {' '}Owner: <bdi>{entry.owner}</bdi>.
                  </>
                )}
                {entry.questions && (
                  <>
                    {' '}Open questions: <bdi>{entry.questions}</bdi>
                  </>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>No decisions logged yet.</p>
        )}
        {session.log.length > 0 && (
          <p class="live-hash">
            The session’s log (releases and decisions) is chained by SHA-256: anyone can recompute a chain, so write the
            latest hash in the exercise record or read it out at the debrief, and a later change to the log will not match
            it. Latest hash: <code>{latestHash(session.log)}</code>{' '}
            <button type="button" class="secondary" onClick={onDownloadLog}>
              Download the log (JSON)
            </button>
          </p>
        )}
      </section>

      <section aria-labelledby="live-objectives">
        <h2 id="live-objectives">Notes per objective</h2>
        {objectives.map((objective, index) => (
          <TextArea
            key={index}
            id={`live-objective-${index + 1}`}
            label={`Objective ${index + 1}: ${objective.text}`}
            value={session.objectiveNotes[String(index + 1)] ?? ''}
            maxLength={LIMITS.note}
            rows={2}
            onInput={(text) => dispatch({ type: 'note', objective: index + 1, text })}
          />
        ))}
      </section>

      <section aria-labelledby="live-people">
        <h2 id="live-people">Who took part</h2>
        <TextField id="live-facilitator" label="Facilitator" value={session.facilitator} maxLength={LIMITS.owner} width="short" onInput={(facilitator) => dispatch({ type: 'people', facilitator })} />
        <TextArea
          id="live-participants"
          label="Participants"
          hint="One per line: name, then a comma and their role."
          value={session.participants}
          maxLength={LIMITS.people}
          rows={4}
          onInput={(participants) => dispatch({ type: 'people', participants })}
        />
      </section>

      <section aria-labelledby="live-end">
        <h2 id="live-end">End the session</h2>
        {!started ? (
          <p>Start the session first.</p>
        ) : confirmEnd || ended ? (
          <div class="button-row">
            <button type="button" onClick={onEnd}>
              {ended ? 'Open the review form with this session' : 'End the session and open the review form'}
            </button>
            {!ended && (
              <button type="button" class="secondary" onClick={() => setConfirmEnd(false)}>
                Keep going
              </button>
            )}
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmEnd(true)}>
            End the session
          </button>
        )}
      </section>
    </div>
  );
}
