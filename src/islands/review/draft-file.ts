/**
 * The review file, finished or not: a complete review downloads as a review (engine/review/schema.ts), an unfinished
 * one as a review draft (`unfinished: true`, the same file's `reviewDraftSchema`), and either imports back into the form.
 */
import { parseReviewJson, reviewProblems, type ReviewProblem } from '../../engine/review/parse.ts';
import { PLAN_SECTIONS, REVIEW_PHASES, REVIEW_SCHEMA_VERSION, reviewDraftSchema, type ReviewDraftFile } from '../../engine/review/schema.ts';
import { draftFromReview, emptyDraft, reviewFromDraft, rowKey, type ReviewDraft } from './draft.ts';

const given = (value: string): string | undefined => (value === '' ? undefined : value);

/** The unfinished review as a file: what is typed so far, empty answers and untouched rows left out. */
export function draftFile(draft: ReviewDraft): ReviewDraftFile {
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
    detection: given(draft.detection),
    procedures: REVIEW_PHASES.filter((phase) => draft.procedures[phase].result !== '' || draft.procedures[phase].notes !== '').map((phase) => ({
      phase,
      result: draft.procedures[phase].result || undefined,
      notes: given(draft.procedures[phase].notes),
    })),
    obstacles: given(draft.obstacles),
    patientCare: given(draft.patientCare),
    lessons: draft.lessons.map((row) => row.text),
    improvements: draft.improvements.map((row) => ({
      action: given(row.action),
      owner: given(row.owner),
      dueOn: given(row.dueOn),
      status: row.status,
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
    detection: file.detection ?? '',
    obstacles: file.obstacles ?? '',
    patientCare: file.patientCare ?? '',
    lessons: (file.lessons ?? []).map((text) => ({ key: rowKey(), text })),
    improvements: (file.improvements ?? []).map((row) => ({
      key: rowKey(),
      action: row.action ?? '',
      owner: row.owner ?? '',
      dueOn: row.dueOn ?? '',
      status: row.status ?? 'open',
      planSections: [...(row.planSections ?? [])],
    })),
  };
}

/** What the form downloads as breachline-review.json: the review when it is complete, the unfinished review otherwise. */
export function reviewFileFor(draft: ReviewDraft): { unfinished: boolean; json: string } {
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
  if (typeof data !== 'object' || data === null || (data as { unfinished?: unknown }).unfinished !== true) return parsed;
  const draft = reviewDraftSchema.safeParse(data);
  if (!draft.success) return { ok: false, problems: reviewProblems(draft.error.issues) };
  const form = draftFromFile(draft.data);
  const checked = reviewFromDraft(form);
  return { ok: true, draft: form, unfinished: true, stillToAnswer: checked.ok ? [] : checked.problems };
}
