/**
 * Where the questionnaire stands, apart from the answers: the step shown, whether it came from the check page, the
 * problems to show, the incident choice, the notice after a file action, the whole-answers verdict and the focus to
 * move. One reducer, pure; the component performs the effects (history, focus, title) that follow a state.
 */
import type { CheckResult, StepProblem } from './check-result.ts';
import type { Draft } from './draft.ts';
import type { ImportNotice } from './saving.tsx';
import { isStepId, STEPS, stepsFor, type Step, type StepId } from './steps.ts';

export type Storage = { state: 'loading' } | { state: 'ready' } | { state: 'corrupt'; raw: string; problem: string };
export type Focus = { to: 'heading' } | { to: 'summary' } | { to: 'field'; id: string };
export type IncidentChoice = 'yes' | 'no' | undefined;

export interface FlowState {
  storage: Storage;
  step: StepId;
  /** A return visit: the way back to the incident and the plan shows in place of the step, until a step is chosen. */
  returning: boolean;
  /** Continue goes back to the check page: the step was opened from it. */
  returnToCheck: boolean;
  errors: StepProblem[];
  incidentChoice: IncidentChoice;
  notice: ImportNotice | null;
  verdict: CheckResult | null;
  /** The focus to move; `n` changes on every request, so asking twice for the same target moves focus twice. */
  focus: { target: Focus; n: number } | null;
}

export type FlowAction =
  | { type: 'loaded'; step: StepId; incidentChoice: IncidentChoice; returning?: boolean }
  | { type: 'corrupt'; raw: string; problem: string }
  | { type: 'go'; step: StepId; focus?: Focus; errors?: StepProblem[]; returnToCheck?: boolean }
  | { type: 'problems'; errors: StepProblem[] }
  | { type: 'verdict'; result: CheckResult; showProblems: boolean }
  | { type: 'incident-choice'; choice: 'yes' | 'no' }
  | { type: 'notice'; notice: ImportNotice | null }
  | { type: 'returned' }
  | { type: 'started-over' }
  | { type: 'imported'; incidentChoice: 'yes' | 'no'; notice: ImportNotice };

export function initialFlow(): FlowState {
  return { storage: { state: 'loading' }, step: 'organization', returning: false, returnToCheck: false, errors: [], incidentChoice: undefined, notice: null, verdict: null, focus: null };
}

const focusOn = (state: FlowState, target: Focus): FlowState['focus'] => ({ target, n: (state.focus?.n ?? 0) + 1 });

/** Shows a step: no notice, the problems given (none by default), focus on its heading unless told otherwise. */
function go(state: FlowState, step: StepId, options: { focus?: Focus; errors?: StepProblem[]; returnToCheck?: boolean } = {}): FlowState {
  return {
    ...state,
    step,
    returning: false,
    errors: options.errors ?? [],
    notice: null,
    returnToCheck: step === 'check' ? false : (options.returnToCheck ?? state.returnToCheck),
    focus: focusOn(state, options.focus ?? { to: 'heading' }),
  };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'loaded':
      return { ...state, storage: { state: 'ready' }, step: action.step, incidentChoice: action.incidentChoice, returning: action.returning ?? false };
    case 'corrupt':
      return { ...state, storage: { state: 'corrupt', raw: action.raw, problem: action.problem } };
    case 'go':
      return go(state, action.step, action);
    case 'problems':
      return { ...state, errors: action.errors, focus: focusOn(state, { to: 'summary' }) };
    case 'verdict':
      return { ...state, verdict: action.result, errors: action.showProblems && !action.result.ok ? action.result.problems : state.errors };
    case 'incident-choice':
      return { ...state, incidentChoice: action.choice };
    case 'returned':
      return { ...state, returning: true, errors: [], notice: null, focus: focusOn(state, { to: 'heading' }) };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'started-over':
      return go({ ...state, storage: { state: 'ready' }, incidentChoice: undefined, verdict: null, returnToCheck: false }, 'organization');
    case 'imported':
      return { ...go(state, 'check'), incidentChoice: action.incidentChoice, notice: action.notice };
  }
}

/**
 * Where a visit starts, once the saved draft is read: the step in the address if this draft has it (an incident
 * step without an incident opens the incident question), else the first. The incident question counts as answered
 * "no" when the visit starts past it without an incident.
 */
export function startingPoint(draft: Draft, fromHash: StepId | null): { step: StepId; incidentChoice: IncidentChoice } {
  const available = stepsFor(draft).map((s) => s.id);
  const incidentStep = STEPS.find((s) => s.id === fromHash)?.incidentOnly === true;
  const step = fromHash && available.includes(fromHash) ? fromHash : incidentStep ? 'incident' : 'organization';
  const pastIncident = available.indexOf(step) > available.indexOf('incident');
  return { step, incidentChoice: draft.incident ? 'yes' : pastIncident ? 'no' : undefined };
}

/**
 * Whether a visit is a return visit, which offers the incident and the plan before any question: answers are
 * saved here (an organization named at least) and the address names no step. A first visit starts at step 1.
 */
export function isReturnVisit(draft: Draft, fromHash: StepId | null): boolean {
  return fromHash === null && Boolean(draft.organization.name?.trim());
}

/** The step id in an address's hash ("#step-team"), or null. */
export function stepInHash(hash: string): StepId | null {
  const id = hash.replace(/^#step-/, '');
  return hash.startsWith('#step-') && isStepId(id) ? id : null;
}

/** Where Continue goes from a step with no problems: the check page when the step was opened from it, else the next step. */
export function nextStep(steps: readonly Step[], state: Pick<FlowState, 'step' | 'returnToCheck'>): StepId {
  if (state.returnToCheck) return 'check';
  return steps[steps.findIndex((s) => s.id === state.step) + 1]?.id ?? 'check';
}

/** Where the Back link goes: the check page from the plan or a step opened from it, else the step before; none on the first. */
export function previousStep(steps: readonly Step[], state: Pick<FlowState, 'step' | 'returnToCheck'>): StepId | undefined {
  if (state.returnToCheck || state.step === 'plan') return 'check';
  return steps[steps.findIndex((s) => s.id === state.step) - 1]?.id;
}

/** "Step 2 of 7" for a question step; null for the check page and the plan. */
export function progress(steps: readonly Step[], step: StepId): { position: number; of: number } | null {
  const questions = steps.filter((s) => s.id !== 'check' && s.id !== 'plan');
  const index = questions.findIndex((s) => s.id === step);
  return index < 0 ? null : { position: index + 1, of: questions.length };
}
