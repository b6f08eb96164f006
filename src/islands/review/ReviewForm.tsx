/**
 * The post-incident review form. One long page with a heading per topic, not one question per page: the
 * note-taker fills it in during or just after a meeting that moves between topics (the timeline, then detection,
 * then back), and needs to jump to any part, see everything at once and print one report, so a contents list and
 * clear headings serve better than a sequence of steps. Answers are kept on this device as they are typed.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { useAutosave } from '../shared/autosave.ts';
import { emptyDraft, fieldId, previewReview, type ReviewDraft } from './draft.ts';
import { buildAfterActionReport } from '../../engine/review/reports.ts';
import type { ReviewParseResult } from '../../engine/review/parse.ts';
import type { Review } from '../../engine/review/schema.ts';
import { downloadName } from '../../engine/export/file-name.ts';
import { checkDraft, checkSavedDraft } from './jobs.ts';
import { checkOncePerDraft } from './check-once.ts';
import { CHECK_FAILED } from './files-notice.tsx';
import { draftReducer, type DraftAction } from './draft-reducer.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { focusFieldById } from '../shared/field-parts.tsx';
import { FilesPanel } from './FilesPanel.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import {
  AboutSection,
  AreasForImprovementSection,
  DetectionSection,
  ImprovementsSection,
  LessonsSection,
  ObjectivesSection,
  ObstaclesSection,
  PatientCareSection,
  PeopleSection,
  ProceduresSection,
  SECTIONS,
  StrengthsSection,
  TimelineSection,
} from './sections.tsx';
import { RecoveryPanel } from '../shared/RecoveryPanel.tsx';
import { SaveBar } from './storage-panels.tsx';
import { todayLocal } from '../shared/today.ts';
import { useNextTask } from '../shared/next-task.ts';
import { loadSavedReview, organizationFromAnswers } from './storage.ts';

type Storage = { state: 'loading' } | { state: 'ready' } | { state: 'corrupt' | 'unchecked'; raw: string; problem: string };

export default function ReviewForm() {
  const [draft, dispatch] = useReducer(draftReducer, undefined, () => emptyDraft());
  const [storage, setStorage] = useState<Storage>({ state: 'loading' });
  const [showErrors, setShowErrors] = useState(false);
  const [summaryRequest, setSummaryRequest] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const autosave = useAutosave('review', draft, storage.state === 'ready');
  const update = (action: DraftAction) => dispatch(action);

  // The checks run in the review worker, started by the first one: none for a new, untouched form, whose first
  // check waits for the first answer typed, a download or an import. A draft is checked once (check-once.ts): a
  // download after the last keystroke's check uses its result.
  const untouched = useRef<ReviewDraft | null>(null);
  const [checked, setChecked] = useState<ReviewParseResult | null>(null);
  const checks = useRef(0);
  const checkOnce = useMemo(() => checkOncePerDraft(checkDraft), []);
  const check = (next: ReviewDraft): Promise<ReviewParseResult> => {
    const sequence = ++checks.current;
    return checkOnce(next).then((result) => {
      // Only the latest check speaks for the form: an earlier one finishing late is stale.
      if (sequence === checks.current) setChecked(result);
      return result;
    });
  };

  // Saved answers are read after the first render, so the page the server built and the first render match.
  useEffect(() => {
    void loadSavedReview(checkSavedDraft).then((loaded) => {
      if (loaded.status === 'ok') {
        dispatch({ type: 'replace', draft: loaded.value });
        autosave.adopt(loaded.value, loaded.savedAt);
      } else if (loaded.status === 'corrupt' || loaded.status === 'unchecked') {
        setStorage({ state: loaded.status, raw: loaded.raw, problem: loaded.problem });
        return;
      } else {
        if (loaded.status === 'unavailable') autosave.unavailable(loaded.problem);
        // A new review named for the organization in the questionnaire's answers: not saved until something is typed.
        const fresh = emptyDraft(organizationFromAnswers());
        untouched.current = fresh;
        dispatch({ type: 'replace', draft: fresh });
        autosave.adopt(fresh, null);
      }
      setStorage({ state: 'ready' });
    });
  }, []);

  useEffect(() => {
    // A check that cannot run leaves the last result; downloads say so when they need one.
    if (storage.state === 'ready' && draft !== untouched.current) check(draft).catch(() => undefined);
  }, [draft, storage.state]);

  const problems = showErrors && checked && !checked.ok ? checked.problems : [];
  const errors = useMemo(() => new Map(problems.map((problem) => [problem.path, problem.message])), [problems]);

  useEffect(() => {
    if (summaryRequest > 0) summary.current?.focus();
  }, [summaryRequest]);

  const ready = storage.state !== 'loading';
  // The report's preview a task after the form is ready (drawn together they held a phone's main thread too long),
  // or at once when the page is printed: the render runs in the print event's microtasks, before the page is laid out.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = () => setPrinting(true);
    addEventListener('beforeprint', print);
    return () => removeEventListener('beforeprint', print);
  }, []);
  const previewShown = (useNextTask(ready) || printing) && ready;
  const preview = useMemo(() => (previewShown ? buildAfterActionReport(previewReview(draft), { asOf: todayLocal() }) : null), [draft, previewShown]);

  /** The checked review for a download, or null after showing what to fix. */
  const requireReview = async (): Promise<Review | null> => {
    const checked = await check(draft);
    if (checked.ok) return checked.review;
    setShowErrors(true);
    setSummaryRequest((n) => n + 1);
    return null;
  };

  const startOver = () => {
    const fresh = emptyDraft(organizationFromAnswers());
    untouched.current = fresh;
    checks.current += 1;
    setChecked(null);
    autosave.clear(fresh);
    dispatch({ type: 'replace', draft: fresh });
    setShowErrors(false);
    setStorage({ state: 'ready' });
  };

  const replaceDraft = (next: ReviewDraft) => {
    update({ type: 'replace', draft: next });
    setShowErrors(false);
  };

  const sectionProps = { draft, errors, update, announce: setAnnouncement };

  if (storage.state === 'corrupt' || storage.state === 'unchecked') {
    return (
      <div class="review-app">
        <RecoveryPanel
          what="review"
          filename={downloadName({ what: 'review saved data', date: todayLocal(), extension: 'txt' })}
          raw={storage.raw}
          problem={storage.problem}
          unchecked={storage.state === 'unchecked'}
          onStartOver={startOver}
        />
      </div>
    );
  }

  return (
    <div class="review-app" data-ready={ready ? 'true' : 'false'}>
      <SaveBar savedAt={autosave.savedAt} problem={autosave.problem} keepWarning={autosave.keepWarning} ready={ready} onStartOver={startOver} />
      {problems.length > 0 ? <ErrorSummary
          problems={problems.map((problem) => ({ fieldId: fieldId(problem.path), text: `${problem.field}: ${problem.message}` }))}
          summaryRef={summary}
          onSelect={(index) => focusFieldById(fieldId(problems[index]!.path))}
        /> : null}
      <nav class="review-contents" aria-labelledby="review-contents-title">
        <h2 id="review-contents-title">Contents</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#section-files">Check, download and print</a>
          </li>
          <li>
            <a href="#section-preview">Preview of the after-action report</a>
          </li>
        </ol>
      </nav>
      <form
        class="review-form"
        id="review-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          requireReview().then(
            (review) => {
              if (review) setAnnouncement('The review is complete: nothing to fix.');
            },
            () => setAnnouncement(CHECK_FAILED),
          );
        }}
      >
        <AboutSection {...sectionProps} />
        <PeopleSection {...sectionProps} />
        <TimelineSection {...sectionProps} />
        <ObjectivesSection {...sectionProps} />
        <StrengthsSection {...sectionProps} />
        <AreasForImprovementSection {...sectionProps} />
        <DetectionSection {...sectionProps} />
        <ProceduresSection {...sectionProps} />
        <ObstaclesSection {...sectionProps} />
        <PatientCareSection {...sectionProps} />
        <LessonsSection {...sectionProps} />
        <ImprovementsSection {...sectionProps} />
      </form>
      <FilesPanel draft={draft} check={check} requireReview={requireReview} onImport={replaceDraft} ready={ready} complete={checked?.ok === true} />
      <section class="review-preview" aria-labelledby="section-preview">
        <h2 id="section-preview">Preview of the after-action report</h2>
        <p class="field-hint">This is what prints. It updates as you type.</p>
        {preview ? <ReportPreview doc={preview} /> : <p>The preview appears once the page has loaded.</p>}
      </section>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
