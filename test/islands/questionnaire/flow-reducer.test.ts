import { describe, expect, it } from 'vitest';
import type { StepProblem } from '../../../src/islands/questionnaire/check-result.ts';
import { emptyDraft, emptyIncident } from '../../../src/islands/questionnaire/draft.ts';
import {
  flowReducer,
  initialFlow,
  isReturnVisit,
  nextStep,
  previousStep,
  progress,
  startingPoint,
  stepInHash,
  type FlowState,
} from '../../../src/islands/questionnaire/flow-reducer.ts';
import { stepsFor } from '../../../src/islands/questionnaire/steps.ts';

const problem = (step: StepProblem['step'], fieldId: string): StepProblem => ({ path: fieldId, step, fieldId, question: '', message: 'Answer this.' });
const ready = (): FlowState => flowReducer(initialFlow(), { type: 'loaded', step: 'organization', incidentChoice: undefined });
const withIncident = { ...emptyDraft(), incident: emptyIncident() };

describe('flowReducer', () => {
  it('starts loading, then shows the step the visit starts on without moving focus', () => {
    expect(initialFlow().storage).toEqual({ state: 'loading' });
    const state = flowReducer(initialFlow(), { type: 'loaded', step: 'team', incidentChoice: 'no' });
    expect(state).toMatchObject({ storage: { state: 'ready' }, step: 'team', incidentChoice: 'no', focus: null });
  });

  it('keeps saved data it cannot read, for the recovery panel', () => {
    const state = flowReducer(initialFlow(), { type: 'corrupt', raw: '{oops', problem: 'Not JSON.' });
    expect(state.storage).toEqual({ state: 'corrupt', raw: '{oops', problem: 'Not JSON.' });
  });

  it('goes to a step with focus on its heading, clearing the notice and the problems', () => {
    let state = flowReducer(ready(), { type: 'notice', notice: { tone: 'ok', text: 'Imported.' } });
    state = flowReducer(state, { type: 'problems', errors: [problem('organization', 'q-organization-name')] });
    state = flowReducer(state, { type: 'go', step: 'states' });
    expect(state).toMatchObject({ step: 'states', errors: [], notice: null, focus: { target: { to: 'heading' } } });
  });

  it('asks for focus again each time, even on the same target', () => {
    const once = flowReducer(ready(), { type: 'go', step: 'team' });
    const twice = flowReducer(once, { type: 'go', step: 'team' });
    expect(twice.focus?.n).toBe((once.focus?.n ?? 0) + 1);
  });

  it('goes to a field with its problems when a problem on the check page is chosen, and remembers to come back', () => {
    const errors = [problem('team', 'q-team-privacy-officer-email')];
    const state = flowReducer(ready(), { type: 'go', step: 'team', focus: { to: 'field', id: 'q-team-privacy-officer-email' }, errors, returnToCheck: true });
    expect(state).toMatchObject({ step: 'team', errors, returnToCheck: true, focus: { target: { to: 'field', id: 'q-team-privacy-officer-email' } } });
    const back = flowReducer(state, { type: 'go', step: 'check' });
    expect(back.returnToCheck).toBe(false);
  });

  it('keeps returning to the check page across steps until it is reached', () => {
    const fromCheck = flowReducer(ready(), { type: 'go', step: 'systems', returnToCheck: true });
    expect(flowReducer(fromCheck, { type: 'go', step: 'team' }).returnToCheck).toBe(true);
  });

  it('shows problems with focus on the error summary', () => {
    const errors = [problem('organization', 'q-organization-role')];
    expect(flowReducer(ready(), { type: 'problems', errors })).toMatchObject({ errors, focus: { target: { to: 'summary' } } });
  });

  it('keeps the verdict, and shows its problems only when asked to', () => {
    const failed = { ok: false as const, problems: [problem('organization', 'q-organization-name')] };
    expect(flowReducer(ready(), { type: 'verdict', result: failed, showProblems: false })).toMatchObject({ verdict: failed, errors: [] });
    expect(flowReducer(ready(), { type: 'verdict', result: failed, showProblems: true })).toMatchObject({ verdict: failed, errors: failed.problems });
  });

  it('starts over on the first step with no incident choice and no verdict', () => {
    let state = flowReducer(ready(), { type: 'incident-choice', choice: 'yes' });
    state = flowReducer(state, { type: 'go', step: 'affected', returnToCheck: true });
    state = flowReducer(state, { type: 'verdict', result: { ok: false, problems: [] }, showProblems: false });
    state = flowReducer(state, { type: 'started-over' });
    expect(state).toMatchObject({ storage: { state: 'ready' }, step: 'organization', incidentChoice: undefined, verdict: null, returnToCheck: false });
  });

  it('recovers from unreadable saved data by starting over', () => {
    const state = flowReducer(flowReducer(initialFlow(), { type: 'corrupt', raw: 'x', problem: 'y' }), { type: 'started-over' });
    expect(state.storage).toEqual({ state: 'ready' });
  });

  it('shows the check page and the notice after an import', () => {
    const notice = { tone: 'ok' as const, text: 'Imported clinic.json.' };
    const state = flowReducer(ready(), { type: 'imported', incidentChoice: 'yes', notice });
    expect(state).toMatchObject({ step: 'check', incidentChoice: 'yes', notice, focus: { target: { to: 'heading' } } });
  });
});

describe('startingPoint', () => {
  it('returns the first step when the address names none', () => {
    expect(startingPoint(emptyDraft(), null)).toEqual({ step: 'organization', incidentChoice: undefined });
  });
  it('returns the step in the address, with "no incident" for a visit that starts past the incident question', () => {
    expect(startingPoint(emptyDraft(), 'team')).toEqual({ step: 'team', incidentChoice: undefined });
    expect(startingPoint(emptyDraft(), 'check')).toEqual({ step: 'check', incidentChoice: 'no' });
    expect(startingPoint(withIncident, 'affected')).toEqual({ step: 'affected', incidentChoice: 'yes' });
  });
  it('returns the incident question for an incident step when there is no incident', () => {
    expect(startingPoint(emptyDraft(), 'affected')).toEqual({ step: 'incident', incidentChoice: undefined });
  });
  it('returns the first step for the clients step when this organization is not asked about clients', () => {
    expect(startingPoint(emptyDraft(), 'clients')).toEqual({ step: 'organization', incidentChoice: undefined });
    expect(startingPoint({ ...emptyDraft(), organization: { role: 'business-associate' } }, 'clients').step).toBe('clients');
  });
});

describe('isReturnVisit', () => {
  const named = { ...emptyDraft(), organization: { name: 'Lakeside Family Clinic' } };
  it('is a return visit when answers are saved and the address names no step', () => {
    expect(isReturnVisit(named, null)).toBe(true);
    expect(isReturnVisit({ ...named, incident: emptyIncident() }, null)).toBe(true);
  });
  it('is a first visit with no answers saved, and not a return visit when the address names a step', () => {
    expect(isReturnVisit(emptyDraft(), null)).toBe(false);
    expect(isReturnVisit({ ...emptyDraft(), organization: { name: '  ' } }, null)).toBe(false);
    expect(isReturnVisit(named, 'organization')).toBe(false);
  });
});

describe('the return visit in the flow', () => {
  it('shows the return visit in place of the step until a step is chosen, and again when the address goes back to none', () => {
    const returning = flowReducer(initialFlow(), { type: 'loaded', step: 'organization', incidentChoice: 'yes', returning: true });
    expect(returning).toMatchObject({ returning: true, step: 'organization', focus: null });
    const chosen = flowReducer(returning, { type: 'go', step: 'plan' });
    expect(chosen).toMatchObject({ returning: false, step: 'plan' });
    expect(flowReducer(chosen, { type: 'returned' })).toMatchObject({ returning: true, focus: { target: { to: 'heading' } } });
  });
  it('starts a first visit at its step', () => {
    expect(ready().returning).toBe(false);
  });
});

describe('stepInHash', () => {
  it('returns the step id of a step address, else null', () => {
    expect(stepInHash('#step-team')).toBe('team');
    expect(stepInHash('#step-nowhere')).toBeNull();
    expect(stepInHash('#team')).toBeNull();
    expect(stepInHash('')).toBeNull();
  });
});

describe('nextStep and previousStep', () => {
  const steps = stepsFor(emptyDraft());
  it('return the neighbouring steps', () => {
    expect(nextStep(steps, { step: 'organization', returnToCheck: false })).toBe('states');
    expect(previousStep(steps, { step: 'states', returnToCheck: false })).toBe('organization');
    expect(previousStep(steps, { step: 'organization', returnToCheck: false })).toBeUndefined();
  });
  it('skip the incident steps when there is no incident, and include them when there is', () => {
    expect(nextStep(steps, { step: 'incident', returnToCheck: false })).toBe('check');
    expect(nextStep(stepsFor(withIncident), { step: 'incident', returnToCheck: false })).toBe('affected');
  });
  it('return the check page for a step opened from it, and from the plan', () => {
    expect(nextStep(steps, { step: 'team', returnToCheck: true })).toBe('check');
    expect(previousStep(steps, { step: 'team', returnToCheck: true })).toBe('check');
    expect(previousStep(steps, { step: 'plan', returnToCheck: false })).toBe('check');
  });
});

describe('progress', () => {
  it('counts the question steps this draft goes through', () => {
    const steps = stepsFor(emptyDraft());
    const questions = steps.filter((s) => s.id !== 'check' && s.id !== 'plan');
    expect(progress(steps, 'organization')).toEqual({ position: 1, of: questions.length });
    expect(progress(stepsFor(withIncident), 'affected')?.of).toBe(questions.length + 2);
    expect(progress(steps, 'check')).toBeNull();
  });
});
