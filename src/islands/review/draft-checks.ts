/**
 * The checks on the form's draft, which bring zod: `reviewFromDraft` turns the draft into a checked review (or says
 * what to fix, with paths that name the form's fields), and `parseSavedDraft` judges a draft read back from this
 * device. The page never imports this module: it runs in the review worker (jobs.ts), loaded once a check is needed.
 */
import '../../security/zod-jitless.ts';
import { z } from 'zod';
import { migrateSavedDraft } from './draft-migrate.ts';
import { DRAFT_VERSION, reviewInput, type ProcedureDraft, type ReviewDraft } from './draft.ts';
import { fieldName, validateReview, type ReviewParseResult, type ReviewProblem } from '../../engine/review/parse.ts';
import {
  IMPROVEMENT_STATUSES,
  OBJECTIVE_RATINGS,
  PLAN_SECTIONS,
  PROCEDURE_RESULTS,
  REVIEW_KINDS,
  REVIEW_LIMITS,
  REVIEW_PHASES,
  type ReviewPhase,
} from '../../engine/review/vocabulary.ts';

/** The checked review, or the problems with paths that name the form's fields (`procedures.<phase>.result`). */
export function reviewFromDraft(draft: ReviewDraft): ReviewParseResult {
  const { input, phases } = reviewInput(draft);
  const result = validateReview(input);
  if (result.ok) return result;
  const problems: ReviewProblem[] = result.problems.map((problem) => {
    const match = /^procedures\.(\d+)(\..*)?$/.exec(problem.path);
    const phase = match ? phases[Number(match[1])] : undefined;
    if (!phase) return problem;
    const path = `procedures.${phase}${match?.[2] ?? ''}`;
    return { ...problem, path, field: fieldName(path.split('.')) };
  });
  return { ok: false, problems };
}

const savedText = (max: number) => z.string().max(max * 2);
const savedKey = z.string().min(1).max(40);

/** The shape a saved draft must have to be shown again (loose: answers may still be incomplete or wrong). */
const savedDraftSchema = z
  .object({
    draftVersion: z.literal(DRAFT_VERSION),
    kind: z.enum(['', ...REVIEW_KINDS]),
    title: savedText(REVIEW_LIMITS.short),
    organization: savedText(REVIEW_LIMITS.short),
    startedOn: savedText(REVIEW_LIMITS.when),
    endedOn: savedText(REVIEW_LIMITS.when),
    reviewedOn: savedText(REVIEW_LIMITS.when),
    facilitator: savedText(REVIEW_LIMITS.short),
    participants: z
      .array(z.object({ key: savedKey, name: savedText(REVIEW_LIMITS.short), role: savedText(REVIEW_LIMITS.short), unit: savedText(REVIEW_LIMITS.short) }).strict())
      .max(REVIEW_LIMITS.participants),
    timeline: z
      .array(z.object({ key: savedKey, when: savedText(REVIEW_LIMITS.when), what: savedText(REVIEW_LIMITS.entry) }).strict())
      .max(REVIEW_LIMITS.timeline),
    objectives: z
      .array(
        z
          .object({
            key: savedKey,
            text: savedText(REVIEW_LIMITS.entry),
            capability: savedText(REVIEW_LIMITS.short),
            rating: z.enum(['', ...OBJECTIVE_RATINGS]),
            evidence: savedText(REVIEW_LIMITS.entry),
          })
          .strict(),
      )
      .max(REVIEW_LIMITS.objectives),
    strengths: z
      .array(z.object({ key: savedKey, text: savedText(REVIEW_LIMITS.entry), objective: z.string().max(40), capability: savedText(REVIEW_LIMITS.short) }).strict())
      .max(REVIEW_LIMITS.observations),
    areasForImprovement: z
      .array(
        z
          .object({
            key: savedKey,
            text: savedText(REVIEW_LIMITS.entry),
            objective: z.string().max(40),
            capability: savedText(REVIEW_LIMITS.short),
            rootCause: savedText(REVIEW_LIMITS.entry),
          })
          .strict(),
      )
      .max(REVIEW_LIMITS.observations),
    detection: savedText(REVIEW_LIMITS.long),
    procedures: z
      .object(
        Object.fromEntries(
          REVIEW_PHASES.map((phase) => [phase, z.object({ result: z.enum(['', ...PROCEDURE_RESULTS]), notes: savedText(REVIEW_LIMITS.entry) }).strict()]),
        ) as unknown as Record<ReviewPhase, z.ZodType<ProcedureDraft>>,
      )
      .strict(),
    obstacles: savedText(REVIEW_LIMITS.long),
    patientCare: savedText(REVIEW_LIMITS.long),
    lessons: z.array(z.object({ key: savedKey, text: savedText(REVIEW_LIMITS.entry) }).strict()).max(REVIEW_LIMITS.lessons),
    improvements: z
      .array(
        z
          .object({
            key: savedKey,
            capability: savedText(REVIEW_LIMITS.short),
            action: savedText(REVIEW_LIMITS.entry),
            organization: savedText(REVIEW_LIMITS.short),
            contact: savedText(REVIEW_LIMITS.short),
            startOn: savedText(REVIEW_LIMITS.when),
            completeBy: savedText(REVIEW_LIMITS.when),
            status: z.enum(IMPROVEMENT_STATUSES),
            validatedInExercise: savedText(REVIEW_LIMITS.short),
            validatedOn: savedText(REVIEW_LIMITS.when),
            planSections: z.array(z.enum(PLAN_SECTIONS)).max(PLAN_SECTIONS.length),
          })
          .strict(),
      )
      .max(REVIEW_LIMITS.improvements),
  })
  .strict();

/** Checks a draft read back from the browser's storage, brought up from version 1 first. Never throws. */
export function parseSavedDraft(data: unknown): { ok: true; value: ReviewDraft } | { ok: false; problem: string } {
  const result = savedDraftSchema.safeParse(migrateSavedDraft(data));
  if (result.success) return { ok: true, value: result.data as ReviewDraft };
  return { ok: false, problem: 'The saved review is damaged or was saved by a different version of this form.' };
}
