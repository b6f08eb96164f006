/**
 * The questionnaire: one topic per step, the question as the heading, "Continue" checks the step with the engine's
 * schema, "Check your answers", then the plan. Answers are kept on this device after every change and nowhere
 * else. The schema (zod), the rules and the plan builder load only when first needed, to keep the page light.
 */
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import type { Answers } from '../../engine/answers/schema.ts';
import { downloadName } from '../../engine/export/file-name.ts';
import { readChosenFile, downloadFile } from '../shared/files.ts';
import { loadSavedAnswers } from '../shared/saved-answers.ts';
import { useAutosave } from '../shared/autosave.ts';
import { problemsOnStep, type StepProblem } from './check-result.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { answersFromDraft, draftFromImport, emptyDraft, type Draft, type IncidentDraft } from './draft.ts';
import { draftReducer, type DraftAction } from './draft-reducer.ts';
import { checkAnswers } from './engine-jobs.ts';
import { BuildingPlan, PlanStepLoader } from './PlanStepLoader.tsx';
import type { QuestionnaireText } from './questions.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { focusFieldById as focusField } from '../shared/field-parts.tsx';
import { RecoveryPanel } from '../shared/RecoveryPanel.tsx';
import { AnswersFiles, Notice, SaveStatus, StartOver, type ImportNotice } from './saving.tsx';
import { flowReducer, initialFlow, isReturnVisit, nextStep, previousStep, progress, startingPoint, stepInHash, type Focus } from './flow-reducer.ts';
import { RETURN_VISIT_TITLE, ReturnVisit } from './ReturnVisit.tsx';
import { AffectedStep, DelaysStep, IncidentStep } from './steps-incident.tsx';
import { ClientsStep, GovernanceStep, LawsStep, OrganizationStep, StatesStep, SystemsStep } from './steps-profile.tsx';
import { stepsFor, stepTitle, type StepId } from './steps.ts';
import { TeamStep } from './TeamStep.tsx';
import { todayLocal } from '../shared/today.ts';

const PAGE_TITLE = 'Build your plan | Breachline';

export default function Questionnaire(props: QuestionnaireText) {
  const [draft, dispatchDraft] = useReducer(draftReducer, undefined, emptyDraft);
  const [flow, dispatchFlow] = useReducer(flowReducer, undefined, initialFlow);
  const { storage, step, returning, errors, incidentChoice, notice, verdict, focus } = flow;
  const busy = useRef(false);
  const stash = useRef<IncidentDraft | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  /** The visit opened at a step named in the address (/plan/#step-team): its heading goes to the top once shown. */
  const linked = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const today = useMemo(() => todayLocal(), []);
  const autosave = useAutosave('answers', draft, storage.state === 'ready');

  const dispatch = (action: DraftAction) => dispatchDraft(action);
  const steps = stepsFor(draft);
  const stepProgress = progress(steps, step);

  /** Shows a step: its heading takes focus (or a field, from the error summary) and the address remembers it. */
  const go = (next: StepId, options: { focus?: Focus; errors?: StepProblem[]; push?: boolean; returnToCheck?: boolean } = {}) => {
    dispatchFlow({ type: 'go', step: next, focus: options.focus, errors: options.errors, returnToCheck: options.returnToCheck });
    if (options.push !== false && location.hash !== `#step-${next}`) history.pushState(null, '', `#step-${next}`);
  };

  // Saved answers are read after the first render, so the page the server built and the first render match.
  useEffect(() => {
    const loaded = loadSavedAnswers();
    let restored = draft;
    if (loaded.status === 'corrupt') {
      dispatchFlow({ type: 'corrupt', raw: loaded.raw, problem: loaded.problem });
      return;
    }
    if (loaded.status === 'ok') {
      restored = loaded.value;
      dispatchDraft({ type: 'replace', draft: restored });
    } else if (loaded.status === 'unavailable') autosave.unavailable(loaded.problem);
    autosave.adopt(restored, loaded.status === 'ok' ? loaded.savedAt : null);
    const fromHash = stepInHash(location.hash);
    linked.current = fromHash !== null;
    const start = startingPoint(restored, fromHash);
    const returningVisit = isReturnVisit(restored, fromHash);
    if (!fromHash && !returningVisit) history.replaceState(null, '', `#step-${start.step}`);
    dispatchFlow({ type: 'loaded', ...start, returning: returningVisit });
  }, []);

  // The browser's Back and Forward buttons move between steps too.
  useEffect(() => {
    const onPop = () => {
      const id = stepInHash(location.hash);
      if (id) go(id, { push: false });
      else if (isReturnVisit(draft, null)) dispatchFlow({ type: 'returned' });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });

  useEffect(() => {
    if (storage.state !== 'ready') return;
    document.title = `${errors.length > 0 ? 'Error: ' : ''}${returning ? RETURN_VISIT_TITLE : stepTitle(step)} – ${PAGE_TITLE}`;
  }, [step, returning, errors, storage.state]);

  useEffect(() => {
    if (storage.state !== 'ready' || !linked.current) return;
    linked.current = false;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [storage.state]);

  useEffect(() => {
    if (!focus) return;
    if (focus.target.to === 'summary') summary.current?.focus();
    else if (focus.target.to === 'field') {
      if (!focusField(focus.target.id)) heading.current?.focus();
    } else heading.current?.focus();
  }, [focus]);

  // The check page and the plan need the whole answers checked (in the engine's worker, off the page's thread).
  useEffect(() => {
    if (storage.state !== 'ready' || (step !== 'check' && step !== 'plan')) return;
    let live = true;
    void checkAnswers(draft).then((result) => {
      if (live) dispatchFlow({ type: 'verdict', result, showProblems: step === 'check' });
    });
    return () => {
      live = false;
    };
  }, [step, draft, storage.state]);

  const startOver = () => {
    stash.current = undefined;
    const empty = emptyDraft();
    autosave.clear(empty);
    dispatchDraft({ type: 'replace', draft: empty });
    dispatchFlow({ type: 'started-over' });
    if (location.hash !== '#step-organization') history.pushState(null, '', '#step-organization');
  };

  const onContinue = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      let problems: StepProblem[] = [];
      if (step === 'incident' && !incidentChoice) {
        problems = [
          {
            path: 'incident',
            step: 'incident',
            fieldId: 'q-has-incident',
            question: '',
            message: 'Choose yes if you are responding to a data breach now, or no to build the plan only.',
          },
        ];
      } else {
        const result = await checkAnswers(draft);
        problems = step === 'check' ? (result.ok ? [] : result.problems) : problemsOnStep(result, step);
        if (step === 'check') dispatchFlow({ type: 'verdict', result, showProblems: false });
      }
      if (problems.length > 0) {
        dispatchFlow({ type: 'problems', errors: problems });
        return;
      }
      go(nextStep(steps, flow));
    } finally {
      busy.current = false;
    }
  };

  const chooseIncident = (choice: 'yes' | 'no') => {
    dispatchFlow({ type: 'incident-choice', choice });
    if (choice === 'no') {
      // Kept for this visit, so a slip of the finger does not lose the incident's answers.
      if (draft.incident) stash.current = draft.incident;
      dispatch({ type: 'has-incident', value: false });
    } else if (!draft.incident && stash.current) dispatch({ type: 'replace', draft: { ...draft, incident: stash.current } });
    else dispatch({ type: 'has-incident', value: true });
  };

  const selectProblem = (index: number) => {
    const problem = errors[index];
    if (!problem) return;
    if (problem.step === step || step !== 'check') {
      focusField(problem.fieldId);
      return;
    }
    go(problem.step, { focus: { to: 'field', id: problem.fieldId }, errors: errors.filter((p) => p.step === problem.step), returnToCheck: true });
  };

  /** After an import: the check page, with the notice that says what was imported. */
  const imported = (choice: 'yes' | 'no', importNotice: ImportNotice) => {
    dispatchFlow({ type: 'imported', incidentChoice: choice, notice: importNotice });
    if (location.hash !== '#step-check') history.pushState(null, '', '#step-check');
  };

  const exportAnswers = async () => {
    const result = await checkAnswers(draft);
    const file = downloadName({ organization: draft.organization.name, what: 'answers', date: today, extension: 'json' });
    downloadFile(file, `${JSON.stringify(result.ok ? result.answers : answersFromDraft(draft), null, 2)}\n`, 'application/json');
    dispatchFlow({
      type: 'notice',
      notice: result.ok
        ? { tone: 'ok', text: `Downloaded your answers as ${file}.` }
        : { tone: 'ok', text: `Downloaded ${file}. Some questions are still unanswered; you can import this file later to finish.` },
    });
  };

  const importAnswers = async (file: File) => {
    const read = await readChosenFile(file);
    if (!read.ok) {
      dispatchFlow({ type: 'notice', notice: { tone: 'problem', text: `${read.problem} Nothing has changed.` } });
      return;
    }
    await import('../../security/zod-jitless.ts');
    const [{ salvageAnswersJson }, { importedNotice, questionsToAnswer, refusedNotice }] = await Promise.all([
      import('../../engine/index.ts'),
      import('./import-notice.ts'),
    ]);
    const salvaged = salvageAnswersJson(read.text);
    const next = salvaged.ok ? draftFromImport(salvaged.answers) : null;
    if (!salvaged.ok || !next) {
      const problems = salvaged.ok ? [{ path: '', message: 'The answers in this file could not be read.' }] : salvaged.problems;
      dispatchFlow({ type: 'notice', notice: refusedNotice(file.name, problems) });
      return;
    }
    // Valid answers are kept and wrong values dropped; the notice lists both the drops and what is still to answer.
    stash.current = undefined;
    dispatchDraft({ type: 'replace', draft: next });
    const check = await checkAnswers(next);
    imported(next.incident ? 'yes' : 'no', importedNotice(file.name, salvaged, check.ok ? [] : questionsToAnswer(check.problems)));
  };

  if (storage.state === 'loading') {
    return (
      <div class="questionnaire holds-screen" data-ready="false">
        {/* Keyed, so the questionnaire's first render makes new elements instead of moving this one (a layout shift). */}
        <p class="questionnaire-loading" key="loading">
          Loading the questionnaire…
        </p>
      </div>
    );
  }
  if (storage.state === 'corrupt') {
    return (
      <div class="questionnaire holds-screen" data-ready="true">
        <RecoveryPanel what="answers" filename={downloadName({ what: 'saved-answers', date: today, extension: 'txt' })} raw={storage.raw} problem={storage.problem} onStartOver={startOver} />
      </div>
    );
  }

  if (returning) {
    return (
      <div class="questionnaire holds-screen step-return" data-ready="true" data-step="return">
        <div class="save-bar">
          <SaveStatus savedAt={autosave.savedAt} problem={autosave.problem} cleared={autosave.cleared} />
          <StartOver onConfirm={startOver} />
        </div>
        <Notice notice={notice} />
        <ReturnVisit incident={draft.incident !== undefined} headingRef={heading} onGo={(target) => go(target)} />
        <AnswersFiles onExport={() => void exportAnswers()} onImport={(file) => void importAnswers(file)} keepWarning={autosave.keepWarning} />
      </div>
    );
  }

  const errorMap = new Map(errors.filter((p) => p.step === step || step === 'check').map((p) => [p.fieldId, p.message]));
  const stepProps = { draft, dispatch, errors: errorMap, text: props };
  const back = previousStep(steps, flow);
  const planAnswers: Answers | null = verdict?.ok ? verdict.answers : null;

  return (
    <div class={`questionnaire holds-screen step-${step}`} data-ready="true" data-step={step}>
      <div class="save-bar">
        {/* The browser's answer comes after the step is shown: below the step it moves nothing; the plan step has no files below. */}
        <SaveStatus savedAt={autosave.savedAt} problem={autosave.problem} cleared={autosave.cleared} keepWarning={step === 'plan' ? autosave.keepWarning : null} />
        <StartOver onConfirm={startOver} />
      </div>
      <Notice notice={notice} />
      {back ? (
        <a
          href={`#step-${back}`}
          class="back-link"
          onClick={(event) => {
            event.preventDefault();
            go(back);
          }}
        >
          Back<span class="visually-hidden"> to {stepTitle(back).replace(/\?$/, '').toLowerCase()}</span>
        </a>
      ) : null}
      {errors.length > 0 ? <ErrorSummary problems={errors.map((p) => ({ fieldId: p.fieldId, text: `${p.question ? `${p.question} ` : ''}${p.message}` }))} summaryRef={summary} onSelect={selectProblem} /> : null}
      {stepProgress ? (
        <p class="progress" id="step-progress">
          Step {stepProgress.position} of {stepProgress.of}
        </p>
      ) : null}
      <h2 id="step-heading" class="step-heading" ref={heading} tabIndex={-1} aria-describedby={stepProgress ? 'step-progress' : undefined}>
        {stepTitle(step)}
      </h2>
      {step === 'plan' ? (
        planAnswers ? (
          <PlanStepLoader answers={planAnswers} today={today} />
        ) : verdict && !verdict.ok ? (
          <p>
            Some answers are missing or need changing.{' '}
            <a
              href="#step-check"
              onClick={(event) => {
                event.preventDefault();
                go('check');
              }}
            >
              Check your answers
            </a>{' '}
            to build the plan.
          </p>
        ) : (
          <BuildingPlan text="Checking your answers…" />
        )
      ) : (
        <form
          class="step-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onContinue();
          }}
        >
          {step === 'organization' ? <OrganizationStep {...stepProps} /> : null}
          {step === 'clients' ? <ClientsStep {...stepProps} /> : null}
          {step === 'states' ? <StatesStep {...stepProps} /> : null}
          {step === 'laws' ? <LawsStep {...stepProps} /> : null}
          {step === 'team' ? <TeamStep {...stepProps} /> : null}
          {step === 'systems' ? <SystemsStep {...stepProps} /> : null}
          {step === 'governance' ? <GovernanceStep {...stepProps} /> : null}
          {step === 'incident' ? <IncidentStep {...stepProps} choice={incidentChoice} onChoice={chooseIncident} /> : null}
          {step === 'affected' ? <AffectedStep {...stepProps} /> : null}
          {step === 'delays' ? <DelaysStep {...stepProps} /> : null}
          {step === 'check' ? (
            <CheckAnswers
              draft={draft}
              text={props}
              onChange={(target) => go(target, { returnToCheck: true })}
            />
          ) : null}
          <div class="button-row step-actions">
            <button type="submit">{step === 'check' ? 'Build the plan' : 'Continue'}</button>
          </div>
        </form>
      )}
      {/* The plan step has its own download of the answers; importing belongs with the questions. */}
      {step === 'plan' ? null : <AnswersFiles onExport={() => void exportAnswers()} onImport={(file) => void importAnswers(file)} keepWarning={autosave.keepWarning} />}
    </div>
  );
}
