/**
 * The review file, finished or not: a complete review downloads as a review (engine/review/schema.ts), an unfinished
 * one as an unfinished review (`unfinished: true`, the same file's `reviewDraftSchema`), and either imports back into
 * the form, with what is still to answer. Brings zod: it runs in the review worker (jobs.ts).
 */
import '../../security/zod-jitless.ts';
import { parseReviewJson, reviewProblems, type ReviewProblem } from '../../engine/review/parse.ts';
import { PLAN_SECTIONS, REVIEW_PHASES, REVIEW_SCHEMA_VERSION, reviewDraftSchema, type ReviewDraftFile } from '../../engine/review/schema.ts';
import { reviewFromDraft } from './draft-checks.ts';
import { draftFromReview, emptyDraft, rowKey, type ReviewDraft } from './draft.ts';

const given = (value: string): string | undefined => (value === '' ? undefined : value);

/** The unfinished review as a file: every answer as typed so far, empty answers left out. */
export function draftFile(draft: ReviewDraft): ReviewDraftFile {
  const objectiveNumber = (key: string) => {
    const index = draft.objectives.findIndex((row) => row.key === key);
    return index < 0 ? undefined : index + 1;
  };
  const file: ReviewDraftFile = {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    unfinished: true,
    kind: draft.kind === '' ? undefined : draft.kind,
    title: given(draft.title),
    organization: given(draft.organization),
    startedOn: given(draft.startedOn),
    endedOn: given(draft.endedOn),
    reviewedOn: given(draft.reviewedOn),
    facilitator: given(draft.facilitator),
    participants: draft.participants.map((row) => ({ name: given(row.name), role: given(row.role), unit: given(row.unit) })),
    timeline: draft.timeline.map((row) => ({ when: given(row.when), what: given(row.what) })),
    objectives: draft.objectives.map((row) => ({
      text: given(row.text),
      capability: given(row.capability),
      rating: row.rating === '' ? undefined : row.rating,
      evidence: given(row.evidence),
    })),
    strengths: draft.strengths.map((row) => ({ text: given(row.text), objective: objectiveNumber(row.objective), capability: given(row.capability) })),
    areasForImprovement: draft.areasForImprovement.map((row) => ({
      text: given(row.text),
      objective: objectiveNumber(row.objective),
      capability: given(row.capability),
      rootCause: given(row.rootCause),
    })),
    detection: given(draft.detection),
    procedures: REVIEW_PHASES.filter((phase) => draft.procedures[phase].result !== '' || draft.procedures[phase].notes !== '').map((phase) => ({
      phase,
      result: draft.procedures[phase].result === '' ? undefined : draft.procedures[phase].result,
      notes: given(draft.procedures[phase].notes),
    })),
    obstacles: given(draft.obstacles),
    patientCare: given(draft.patientCare),
    lessons: draft.lessons.map((row) => row.text),
    improvements: draft.improvements.map((row) => ({
      capability: given(row.capability),
      action: given(row.action),
      organization: given(row.organization),
      contact: given(row.contact),
      startOn: given(row.startOn),
      completeBy: given(row.completeBy),
      status: row.status,
      // Kept while another status is chosen, as the form keeps them.
      validatedInExercise: given(row.validatedInExercise),
      validatedOn: given(row.validatedOn),
      planSections: PLAN_SECTIONS.filter((id) => row.planSections.includes(id)),
    })),
  };
  // Undefined answers are left out of the JSON.
  return JSON.parse(JSON.stringify(file)) as ReviewDraftFile;
}

/** The form's draft for an unfinished review file. */
export function draftFromFile(file: ReviewDraftFile): ReviewDraft {
  const draft = emptyDraft(file.organization ?? '');
  for (const check of file.procedures ?? []) draft.procedures[check.phase] = { result: check.result ?? '', notes: check.notes ?? '' };
  const objectives = (file.objectives ?? []).map((row) => ({
    key: rowKey(),
    text: row.text ?? '',
    capability: row.capability ?? '',
    rating: row.rating ?? ('' as const),
    evidence: row.evidence ?? '',
  }));
  const objectiveKey = (number: number | undefined) => (number === undefined ? '' : (objectives[number - 1]?.key ?? ''));
  return {
    ...draft,
    kind: file.kind ?? '',
    title: file.title ?? '',
    startedOn: file.startedOn ?? '',
    endedOn: file.endedOn ?? '',
    reviewedOn: file.reviewedOn ?? '',
    facilitator: file.facilitator ?? '',
    participants: (file.participants ?? []).map((row) => ({ key: rowKey(), name: row.name ?? '', role: row.role ?? '', unit: row.unit ?? '' })),
    timeline: (file.timeline ?? []).map((row) => ({ key: rowKey(), when: row.when ?? '', what: row.what ?? '' })),
    objectives,
    strengths: (file.strengths ?? []).map((row) => ({ key: rowKey(), text: row.text ?? '', objective: objectiveKey(row.objective), capability: row.capability ?? '' })),
    areasForImprovement: (file.areasForImprovement ?? []).map((row) => ({
      key: rowKey(),
      text: row.text ?? '',
      objective: objectiveKey(row.objective),
      capability: row.capability ?? '',
      rootCause: row.rootCause ?? '',
    })),
    detection: file.detection ?? '',
    obstacles: file.obstacles ?? '',
    patientCare: file.patientCare ?? '',
    lessons: (file.lessons ?? []).map((text) => ({ key: rowKey(), text })),
    improvements: (file.improvements ?? []).map((row) => ({
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

export interface ReviewFile {
  /** True when the review is not complete, so the file is an unfinished review. */
  unfinished: boolean;
  json: string;
}

/** What the form downloads as the review file: the review when it is complete, the unfinished review otherwise. */
export function reviewFileFor(draft: ReviewDraft): ReviewFile {
  const checked = reviewFromDraft(draft);
  const content = checked.ok ? checked.review : draftFile(draft);
  return { unfinished: !checked.ok, json: `${JSON.stringify(content, null, 2)}\n` };
}

export type ImportedReview =
  | { ok: true; draft: ReviewDraft; unfinished: boolean; stillToAnswer: ReviewProblem[] }
  | { ok: false; problems: ReviewProblem[] };

/** A review file's text as a draft for the form, finished or not, with what is still to answer; or why it cannot be read. */
export function importReviewFile(text: string): ImportedReview {
  const parsed = parseReviewJson(text);
  if (parsed.ok) return { ok: true, draft: draftFromReview(parsed.review), unfinished: false, stillToAnswer: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parsed;
  }
  // Only a file that says it is unfinished is read as one: a review with a mistake is refused with its reasons.
  if (typeof data !== 'object' || data === null || (data as { unfinished?: unknown }).unfinished !== true) return parsed;
  const file = reviewDraftSchema.safeParse(data);
  if (!file.success) return { ok: false, problems: reviewProblems(file.error.issues) };
  const draft = draftFromFile(file.data);
  const checked = reviewFromDraft(draft);
  return { ok: true, draft, unfinished: true, stillToAnswer: checked.ok ? [] : checked.problems };
}
