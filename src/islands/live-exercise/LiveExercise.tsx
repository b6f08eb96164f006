/**
 * The live session page's one island: the facilitator's view, or with `?view=projector` the room's view, kept in
 * step across windows of this browser. Ending a session hands its record to the review form.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadSavedAnswers } from '../shared/saved-answers.ts';
import { FacilitatorView } from './FacilitatorView.tsx';
import { ProjectorView } from './ProjectorView.tsx';
import { localDate } from './clock.ts';
import type { LiveInject } from './session.ts';
import { useLiveSession } from './use-live-session.ts';

export type TextPiece = { text: string } | { token: 'organization' | 'ehr'; fallback: string };

export interface InjectData extends Omit<LiveInject, 'text'> {
  pieces: TextPiece[];
}

interface Props {
  scenario: string;
  title: string;
  /** The exercise's objectives, each with its capability in words. */
  objectives: { text: string; capability: string }[];
  injects: InjectData[];
  reviewHref: string;
}

/** The organization's name and EHR from saved answers, to fill the scenario's {organization} and {ehr}. */
function savedNames(): { organization?: string; ehr?: string } {
  const saved = loadSavedAnswers();
  if (saved.status !== 'ok') return {};
  const name = saved.value.organization.name?.trim();
  const ehr = saved.value.systems.ehrName?.trim();
  return { ...(name ? { organization: name } : {}), ...(ehr ? { ehr } : {}) };
}

export default function LiveExercise({ scenario, title, objectives, injects, reviewHref }: Props) {
  const [view, setView] = useState<'loading' | 'facilitator' | 'projector'>('loading');
  const [names, setNames] = useState<{ organization?: string; ehr?: string }>({});
  useEffect(() => {
    setView(new URLSearchParams(location.search).get('view') === 'projector' ? 'projector' : 'facilitator');
    setNames(savedNames());
  }, []);
  const filled = useMemo<LiveInject[]>(
    () =>
      injects.map(({ pieces, ...inject }) => ({
        ...inject,
        text: pieces.map((piece) => ('text' in piece ? piece.text : (names[piece.token] ?? piece.fallback))).join(''),
      })),
    [injects, names],
  );
  const live = useLiveSession(scenario, filled, view === 'facilitator');
  const [handoff, setHandoff] = useState<{ replace: () => void; existing: string } | null>(null);
  const [handoffProblem, setHandoffProblem] = useState<string | null>(null);

  useEffect(() => {
    if (view === 'projector') document.documentElement.classList.add('projector-mode');
  }, [view]);

  const end = async () => {
    if (live.session.endedAt === null) live.dispatch({ type: 'end' });
    const [{ reviewDraftFrom, hasContent, parseSavedDraft }, { loadSaved, saveState }] = await Promise.all([
      import('./to-review.ts'),
      import('../shared/saved-state.ts'),
    ]);
    const ended = live.session.endedAt === null ? { ...live.session, endedAt: Date.now(), runningSince: null } : live.session;
    const draft = reviewDraftFrom(ended, filled, { title, organization: names.organization ?? '', objectives });
    const replace = () => {
      const saved = saveState('review', draft);
      if (!saved.ok) return setHandoffProblem(`${saved.problem} The session is kept here; try again once there is room.`);
      location.assign(reviewHref);
    };
    const existing = loadSaved('review', parseSavedDraft);
    if (existing.status === 'ok' && hasContent(existing.value)) {
      setHandoff({ replace, existing: existing.value.title.trim() || 'an untitled review' });
    } else replace();
  };

  const downloadLog = async () => {
    const [{ logToJson }, { downloadName }, { downloadFile }] = await Promise.all([
      import('../../engine/log/log-file.ts'),
      import('../../engine/export/file-name.ts'),
      import('../shared/files.ts'),
    ]);
    const now = Date.now();
    const subject = `Live tabletop exercise: ${title}`;
    const name = downloadName({ organization: names.organization, what: 'exercise-log', date: localDate(now), extension: 'json' });
    downloadFile(name, logToJson(live.session.log, subject, new Date(now).toISOString()), 'application/json');
  };

  if (view === 'loading') {
    return (
      <div class="live-loading holds-screen">
        <h1>Run live: {title}</h1>
        <p>Loading the live session…</p>
      </div>
    );
  }
  if (view === 'projector') return <ProjectorView session={live.session} injects={filled} now={live.now} title={title} />;
  return (
    <>
      <FacilitatorView live={live} injects={filled} title={title} objectives={objectives} projectorHref="?view=projector" onEnd={end} onDownloadLog={downloadLog} />
      {handoffProblem && (
        <p class="live-problem" role="alert">
          {handoffProblem}
        </p>
      )}
      {handoff && (
        <div class="live-confirm" role="alertdialog" aria-labelledby="live-confirm-title" aria-describedby="live-confirm-text">
          <h2 id="live-confirm-title">Replace the review in progress?</h2>
          <p id="live-confirm-text">
            This browser already holds a review in progress (<bdi>{handoff.existing}</bdi>). Opening the review form with this
            session replaces it. To keep it, download it from the review form first; this session stays here.
          </p>
          <div class="button-row">
            <button type="button" onClick={handoff.replace}>
              Replace it and open the review form
            </button>
            <button type="button" class="secondary" onClick={() => setHandoff(null)}>
              Keep the review in progress
            </button>
          </div>
        </div>
      )}
    </>
  );
}
