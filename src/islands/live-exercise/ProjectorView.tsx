/** What the room sees: the inject on screen in large type, and the clocks. It changes nothing. */
import { clockText, clockWords } from './clock.ts';
import { current, elapsedMs, isRunning, moduleElapsedMs, type LiveInject, type Session } from './session.ts';

export function ProjectorView({ session, injects, now, title }: { session: Session; injects: readonly LiveInject[]; now: number; title: string }) {
  const shown = current(session, injects);
  const moduleMs = moduleElapsedMs(session, injects, now);
  const number = shown ? injects.findIndex((inject) => inject.id === shown.id) + 1 : 0;
  return (
    <div class="projector">
      <p class="projector-title">{title}</p>
      <div class="projector-clocks">
        <p>
          <span class="clock-label">Exercise time</span>{' '}
          <span class="clock" aria-hidden="true">{clockText(elapsedMs(session, now))}</span>
          <span class="visually-hidden">{clockWords(elapsedMs(session, now))}</span>
        </p>
        {moduleMs !== null && (
          <p>
            <span class="clock-label">Module time</span>{' '}
            <span class="clock" aria-hidden="true">{clockText(moduleMs)}</span>
            <span class="visually-hidden">{clockWords(moduleMs)}</span>
          </p>
        )}
        {session.startedAt !== null && session.endedAt === null && !isRunning(session) && <p class="projector-paused">Paused</p>}
      </div>
      <div class="projector-inject" aria-live="polite">
        {session.endedAt !== null ? (
          <h1>The exercise has ended. Thank you.</h1>
        ) : shown ? (
          <>
            <p class="projector-module">
              {shown.module > 0 ? `Module ${shown.module}: ${shown.moduleTitle}` : shown.moduleTitle}
              {shown.at ? ` · ${shown.at}` : ''}
              {number > 0 ? ` · Inject ${number}` : ''}
            </p>
            <h1>{shown.title}</h1>
            <p class="projector-text">{shown.text}</p>
          </>
        ) : (
          <h1>The exercise will begin shortly.</h1>
        )}
      </div>
    </div>
  );
}
