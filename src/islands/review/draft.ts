/**
 * The review form's draft (the form's state, not the engine's): the review while it is being written: every answer as the text typed so far, rows with a stable key, and nothing
 * checked yet. The form keeps and saves a draft; `reviewFromDraft` (draft-checks.ts, with zod) turns it into a checked
 * review, and `draftFromReview` turns an imported review back into a draft. This module brings no zod.
 */
import {
  PLAN_SECTIONS,
  REVIEW_LIMITS,
  REVIEW_PHASES,
  REVIEW_SCHEMA_VERSION,
  type ImprovementStatus,
  type ObjectiveRating,
  type PlanSection,
  type ProcedureResult,
  type ReviewKind,
  type ReviewPhase,
} from '../../engine/review/vocabulary.ts';
import type { Review, ReviewDraftFile } from '../../engine/review/schema.ts';

export interface ParticipantDraft {
  key: string;
  name: string;
  role: string;
  unit: string;
}
export interface TimelineDraft {
  key: string;
  when: string;
  what: string;
}
export interface LessonDraft {
  key: string;
  text: string;
}
export interface ObjectiveDraft {
  key: string;
  text: string;
  capability: string;
  rating: '' | ObjectiveRating;
  evidence: string;
}
export interface StrengthDraft {
  key: string;
  text: string;
  /** The key of the objective it concerns, or '' for none. */
  objective: string;
  capability: string;
}
export interface AreaForImprovementDraft extends StrengthDraft {
  rootCause: string;
}
export interface ImprovementDraft {
  key: string;
  capability: string;
  action: string;
  organization: string;
  contact: string;
  startOn: string;
  completeBy: string;
  status: ImprovementStatus;
  validatedInExercise: string;
  validatedOn: string;
  planSections: PlanSection[];
}
export interface ProcedureDraft {
  result: '' | ProcedureResult;
  notes: string;
}

/** The version of the saved draft's shape (drafts saved before it had one are version 1). */
export const DRAFT_VERSION = 2;

export interface ReviewDraft {
  draftVersion: typeof DRAFT_VERSION;
  kind: '' | ReviewKind;
  title: string;
  organization: string;
  startedOn: string;
  endedOn: string;
  reviewedOn: string;
  facilitator: string;
  participants: ParticipantDraft[];
  timeline: TimelineDraft[];
  /** The exercise's objectives, with their ratings: filled from the exercise when the review comes from one. */
  objectives: ObjectiveDraft[];
  strengths: StrengthDraft[];
  areasForImprovement: AreaForImprovementDraft[];
  detection: string;
  procedures: Record<ReviewPhase, ProcedureDraft>;
  obstacles: string;
  patientCare: string;
  lessons: LessonDraft[];
  improvements: ImprovementDraft[];
}

/** A key for a new row, unique within a draft. */
export function rowKey(): string {
  return `r${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36).slice(-4)}`;
}

export function emptyDraft(organization = ''): ReviewDraft {
  return {
    draftVersion: DRAFT_VERSION,
    kind: '',
    title: '',
    organization,
    startedOn: '',
    endedOn: '',
    reviewedOn: '',
    facilitator: '',
    participants: [],
    timeline: [],
    objectives: [],
    strengths: [],
    areasForImprovement: [],
    detection: '',
    procedures: Object.fromEntries(REVIEW_PHASES.map((phase) => [phase, { result: '', notes: '' }])) as Record<ReviewPhase, ProcedureDraft>,
    obstacles: '',
    patientCare: '',
    lessons: [],
    improvements: [],
  };
}

export const newParticipant = (): ParticipantDraft => ({ key: rowKey(), name: '', role: '', unit: '' });
export const newTimelineEntry = (): TimelineDraft => ({ key: rowKey(), when: '', what: '' });
export const newLesson = (): LessonDraft => ({ key: rowKey(), text: '' });
export const newObjective = (): ObjectiveDraft => ({ key: rowKey(), text: '', capability: '', rating: '', evidence: '' });
/**
 * The objective rows for an exercise's objectives (text and capability in words), unrated: how a review that comes
 * from an exercise lists its objectives for rating. Text is cut to the form's limits; objectives past the limit are
 * left out.
 */
export function objectivesForRating(objectives: readonly { text: string; capability?: string }[]): ObjectiveDraft[] {
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return objectives.slice(0, REVIEW_LIMITS.objectives).map((objective) => ({
    ...newObjective(),
    text: clip(objective.text.trim(), REVIEW_LIMITS.entry),
    capability: clip((objective.capability ?? '').trim(), REVIEW_LIMITS.short),
  }));
}
export const newStrength = (): StrengthDraft => ({ key: rowKey(), text: '', objective: '', capability: '' });
export const newAreaForImprovement = (): AreaForImprovementDraft => ({ key: rowKey(), text: '', objective: '', capability: '', rootCause: '' });
export const newImprovement = (): ImprovementDraft => ({
  key: rowKey(),
  capability: '',
  action: '',
  organization: '',
  contact: '',
  startOn: '',
  completeBy: '',
  status: 'open',
  validatedInExercise: '',
  validatedOn: '',
  planSections: [],
});

const trimmed = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** An objective's number (1 for the first) from its row key; undefined for none or one since removed. */
function objectiveNumber(draft: ReviewDraft, key: string): number | undefined {
  const index = draft.objectives.findIndex((row) => row.key === key);
  return index < 0 ? undefined : index + 1;
}

const given = (value: string): string | undefined => (value === '' ? undefined : value);

/**
 * The review the draft describes, before checking: empty optional answers left out, unanswered phases left out. Read
 * for an unfinished file, every answer is kept as typed and every empty one left out (required ones included), with
 * what the form keeps for later (a validation's details while another status is chosen).
 */
export function reviewInput(draft: ReviewDraft, reading: 'check' | 'unfinished' = 'check'): { input: Record<string, unknown>; phases: ReviewPhase[] } {
  const unfinished = reading === 'unfinished';
  const required = unfinished ? given : (value: string) => value;
  const optional = unfinished ? given : trimmed;
  const validated = (row: ImprovementDraft) => unfinished || row.status === 'validated';
  const phases = REVIEW_PHASES.filter((phase) => draft.procedures[phase].result !== '' || optional(draft.procedures[phase].notes) !== undefined);
  const input: Record<string, unknown> = {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    kind: draft.kind === '' ? undefined : draft.kind,
    title: required(draft.title),
    organization: optional(draft.organization),
    startedOn: required(draft.startedOn),
    endedOn: optional(draft.endedOn),
    reviewedOn: optional(draft.reviewedOn),
    facilitator: required(draft.facilitator),
    participants: draft.participants.map((row) => ({ name: required(row.name), role: optional(row.role), unit: optional(row.unit) })),
    timeline: draft.timeline.map((row) => ({ when: required(row.when), what: required(row.what) })),
    objectives:
      draft.objectives.length === 0 && !unfinished
        ? undefined
        : draft.objectives.map((row) => ({
            text: required(row.text),
            capability: optional(row.capability),
            rating: row.rating === '' ? undefined : row.rating,
            evidence: optional(row.evidence),
          })),
    strengths: draft.strengths.map((row) => ({ text: required(row.text), objective: objectiveNumber(draft, row.objective), capability: optional(row.capability) })),
    areasForImprovement: draft.areasForImprovement.map((row) => ({
      text: required(row.text),
      objective: objectiveNumber(draft, row.objective),
      capability: optional(row.capability),
      rootCause: optional(row.rootCause),
    })),
    detection: optional(draft.detection),
    procedures: phases.map((phase) => ({
      phase,
      result: draft.procedures[phase].result === '' ? undefined : draft.procedures[phase].result,
      notes: optional(draft.procedures[phase].notes),
    })),
    obstacles: optional(draft.obstacles),
    patientCare: optional(draft.patientCare),
    lessons: draft.lessons.map((row) => row.text),
    improvements: draft.improvements.map((row) => ({
      capability: optional(row.capability),
      action: required(row.action),
      organization: optional(row.organization),
      contact: required(row.contact),
      startOn: optional(row.startOn),
      completeBy: required(row.completeBy),
      status: row.status,
      // Kept in the draft while another status is chosen, so choosing "validated" again brings them back.
      validatedInExercise: validated(row) ? optional(row.validatedInExercise) : undefined,
      validatedOn: validated(row) ? optional(row.validatedOn) : undefined,
      planSections: PLAN_SECTIONS.filter((id) => row.planSections.includes(id)),
    })),
  };
  return { input: JSON.parse(JSON.stringify(input)) as Record<string, unknown>, phases };
}

/** The draft that shows an imported or saved review, finished or not, in the form: what the review leaves out is blank. */
export function draftFromReview(review: Review | ReviewDraftFile): ReviewDraft {
  const draft = emptyDraft(review.organization ?? '');
  for (const check of review.procedures ?? []) draft.procedures[check.phase] = { result: check.result ?? '', notes: check.notes ?? '' };
  const objectives = (review.objectives ?? []).map((row) => ({
    key: rowKey(),
    text: row.text ?? '',
    capability: row.capability ?? '',
    rating: row.rating ?? ('' as const),
    evidence: row.evidence ?? '',
  }));
  const objectiveKey = (number: number | undefined) => (number === undefined ? '' : (objectives[number - 1]?.key ?? ''));
  return {
    ...draft,
    kind: review.kind ?? '',
    title: review.title ?? '',
    startedOn: review.startedOn ?? '',
    endedOn: review.endedOn ?? '',
    reviewedOn: review.reviewedOn ?? '',
    facilitator: review.facilitator ?? '',
    participants: (review.participants ?? []).map((row) => ({ key: rowKey(), name: row.name ?? '', role: row.role ?? '', unit: row.unit ?? '' })),
    timeline: (review.timeline ?? []).map((row) => ({ key: rowKey(), when: row.when ?? '', what: row.what ?? '' })),
    objectives,
    strengths: (review.strengths ?? []).map((row) => ({ key: rowKey(), text: row.text ?? '', objective: objectiveKey(row.objective), capability: row.capability ?? '' })),
    areasForImprovement: (review.areasForImprovement ?? []).map((row) => ({
      key: rowKey(),
      text: row.text ?? '',
      objective: objectiveKey(row.objective),
      capability: row.capability ?? '',
      rootCause: row.rootCause ?? '',
    })),
    detection: review.detection ?? '',
    obstacles: review.obstacles ?? '',
    patientCare: review.patientCare ?? '',
    lessons: (review.lessons ?? []).map((text) => ({ key: rowKey(), text })),
    improvements: (review.improvements ?? []).map((row) => ({
      key: rowKey(),
      capability: row.capability ?? '',
      action: row.action ?? '',
      organization: row.organization ?? '',
      contact: row.contact ?? '',
      startOn: row.startOn ?? '',
      completeBy: row.completeBy ?? '',
      status: row.status ?? 'open',
      validatedInExercise: row.validatedInExercise ?? '',
      validatedOn: row.validatedOn ?? '',
      planSections: [...(row.planSections ?? [])],
    })),
  };
}

/**
 * A review good enough to preview while the draft is incomplete: what is typed so far, blank rows and unanswered
 * questions left out. Only for the on-screen preview; downloads use `reviewFromDraft` (draft-checks.ts).
 */
export function previewReview(draft: ReviewDraft): Review {
  const { input } = reviewInput(draft);
  const blank = (row: Record<string, unknown>) => Object.values(row).every((value) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || value === 'open');
  const rows = <T extends Record<string, unknown>>(key: string) => ((input[key] as T[]) ?? []).filter((row) => !blank(row));
  return {
    ...(input as unknown as Review),
    kind: draft.kind === '' ? 'exercise' : draft.kind,
    title: draft.title.trim() || 'Untitled review',
    startedOn: draft.startedOn.trim() || '[date not given yet]',
    facilitator: draft.facilitator.trim() || '[not named yet]',
    participants: rows('participants') as Review['participants'],
    timeline: rows('timeline') as Review['timeline'],
    // Objectives are not dropped when blank: strengths and areas for improvement refer to them by number.
    objectives: (input.objectives as Review['objectives'])?.map((row) => ({ ...row, text: row.text.trim() || '[objective not written yet]' })),
    strengths: rows('strengths') as Review['strengths'],
    areasForImprovement: rows('areasForImprovement') as Review['areasForImprovement'],
    procedures: (input.procedures as Review['procedures']).filter((check) => check.result !== undefined),
    lessons: (input.lessons as string[]).filter((text) => text.trim() !== ''),
    improvements: rows('improvements') as Review['improvements'],
  };
}

/** A field in the form: its element id, from a problem's path. */
export function fieldId(path: string): string {
  return `review-${path.replace(/\./g, '-') || 'form'}`;
}
