/**
 * The post-incident review (after an exercise or a real incident), as the guidance at /guide/post-incident-review/
 * describes it: who took part, what happened and when, how it was detected, whether the procedures worked, what
 * got in the way, the effect on patient care, lessons learned and an improvement plan; and, as HSEEP's after-action
 * report has them, objectives rated P/S/M/U, strengths and areas for improvement with their root causes, and an
 * improvement plan with capability, responsible organization, point of contact, start and completion dates. The review form, the JSON
 * file and both reports use this one schema. Every field says what it means in plain words (`.describe()`) and has
 * a maximum length; every message says how to fix the answer.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates/calendar.ts';
import {
  IMPROVEMENT_STATUSES,
  OBJECTIVE_RATINGS,
  PLAN_SECTIONS,
  PROCEDURE_RESULTS,
  REVIEW_KINDS,
  REVIEW_LIMITS,
  REVIEW_PHASES,
  REVIEW_SCHEMA_VERSION,
  isReviewWhen,
} from './vocabulary.ts';

export * from './vocabulary.ts';

const DATE_MESSAGE = 'Enter a real date as year-month-day, for example 2025-03-14.';
const WHEN_MESSAGE = 'Enter a real date as year-month-day, with a time if you know it, for example 2025-03-14 or 2025-03-14 09:30.';

/** A message for a missing answer and another for an answer of the wrong kind (only a hand-edited file has those). */
function kindError(missing: string, wrongKind: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongKind);
}

const requiredText = (max: number, missing: string) =>
  z
    .string({ error: kindError(missing, 'Write this answer as text.') })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `Keep this to ${max} characters or fewer.` });

const optionalText = (max: number) =>
  z
    .string({ error: 'Write this answer as text.' })
    .trim()
    .max(max, { error: `Keep this to ${max} characters or fewer.` })
    .optional();

const date = (missing: string) =>
  z
    .string({ error: kindError(missing, DATE_MESSAGE) })
    .trim()
    .min(1, { error: missing, abort: true })
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value), { error: DATE_MESSAGE });

const participantSchema = z
  .object({
    name: requiredText(REVIEW_LIMITS.short, "Enter the participant's name, or remove this participant.").describe(
      'The name of a person who took part.',
    ),
    role: optionalText(REVIEW_LIMITS.short).describe('Their role in the response or the exercise, such as incident commander (optional).'),
    unit: optionalText(REVIEW_LIMITS.short).describe('The department, team or company they belong to (optional).'),
  })
  .strict();

const timelineEntrySchema = z
  .object({
    when: z
      .string({ error: kindError('Enter when it happened, or remove this entry.', WHEN_MESSAGE) })
      .trim()
      .min(1, { error: 'Enter when it happened, or remove this entry.', abort: true })
      .max(REVIEW_LIMITS.when, { error: WHEN_MESSAGE, abort: true })
      .refine(isReviewWhen, { error: WHEN_MESSAGE })
      .describe('When it happened: a date, with a time if known.'),
    what: requiredText(REVIEW_LIMITS.entry, 'Describe what happened, or remove this entry.').describe('What happened at that moment.'),
  })
  .strict();

const procedureSchema = z
  .object({
    phase: z.enum(REVIEW_PHASES, { error: 'Use one of the listed parts of the response.' }).describe('The part of the response.'),
    result: z
      .enum(PROCEDURE_RESULTS, { error: 'Choose whether the procedure worked, partly worked, did not work or was not tested.' })
      .describe('Whether the written procedure for this part worked.'),
    notes: optionalText(REVIEW_LIMITS.entry).describe('What happened with this procedure (optional).'),
  })
  .strict();

const capability = optionalText(REVIEW_LIMITS.short).describe(
  'The capability it concerns, such as "Operational communications" or "Cybersecurity" (optional).',
);

/** The number of an objective in `objectives` (1 for the first); checked against the list by the review. */
const objectiveNumber = z
  .number({ error: 'Choose one of the listed objectives.' })
  .int({ error: 'Choose one of the listed objectives.' })
  .min(1, { error: 'Choose one of the listed objectives.' })
  .optional()
  .describe('The number of the objective it concerns, as listed in the objectives (1 for the first) (optional).');

const objectiveSchema = z
  .object({
    text: requiredText(REVIEW_LIMITS.entry, 'Write the objective, or remove it.').describe('What the exercise set out to test.'),
    capability,
    rating: z
      .enum(OBJECTIVE_RATINGS, { error: 'Choose P, S, M or U.' })
      .optional()
      .describe('How the objective was performed: P, S, M or U, as HSEEP rates them (optional).'),
    evidence: optionalText(REVIEW_LIMITS.entry).describe('What was seen that supports the rating (optional).'),
  })
  .strict();

const strengthSchema = z
  .object({
    text: requiredText(REVIEW_LIMITS.entry, 'Describe the strength, or remove it.').describe('What went well.'),
    objective: objectiveNumber,
    capability,
  })
  .strict();

const areaForImprovementSchema = z
  .object({
    text: requiredText(REVIEW_LIMITS.entry, 'Describe the area for improvement, or remove it.').describe('What did not go well enough.'),
    objective: objectiveNumber,
    capability,
    rootCause: optionalText(REVIEW_LIMITS.entry).describe('Why it happened: the condition behind it, not the person (optional).'),
  })
  .strict();

const improvementSchema = z
  .object({
    capability,
    action: requiredText(REVIEW_LIMITS.entry, 'Describe the action, or remove this improvement.').describe(
      'What will be done, and how you will check it is done.',
    ),
    organization: optionalText(REVIEW_LIMITS.short).describe('The organization or department responsible for the action (optional).'),
    contact: requiredText(REVIEW_LIMITS.short, 'Enter the point of contact for this action.').describe(
      'The point of contact: the person responsible for the action.',
    ),
    startOn: date('Enter the date work starts, or leave it out.').optional().describe('The date work on the action starts (optional).'),
    completeBy: date('Enter the date this action is to be completed.').describe('The date the action is to be completed.'),
    status: z
      .enum(IMPROVEMENT_STATUSES, { error: 'Choose open, in progress, done or validated in exercise.' })
      .describe('Whether the action is open, in progress, done, or done and validated in a later exercise.'),
    validatedInExercise: optionalText(REVIEW_LIMITS.short).describe('The exercise that validated the action, when its status is "validated in exercise".'),
    validatedOn: date('Enter the date of the exercise that validated the action.')
      .optional()
      .describe('The date of the exercise that validated the action, when its status is "validated in exercise".'),
    planSections: z
      .array(z.enum(PLAN_SECTIONS, { error: 'Use the plan section names the form lists.' }), { error: 'List the plan sections as a list.' })
      .max(PLAN_SECTIONS.length, { error: 'List each plan section once.' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'List each plan section once.' })
      .describe('The sections of the incident response plan this action changes (optional).'),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.status === 'validated') {
      if (item.validatedInExercise === undefined) ctx.addIssue({ code: 'custom', path: ['validatedInExercise'], message: 'Enter the name of the exercise that validated this action.' });
      if (item.validatedOn === undefined) ctx.addIssue({ code: 'custom', path: ['validatedOn'], message: 'Enter the date of the exercise that validated this action.' });
    } else if (item.validatedInExercise !== undefined || item.validatedOn !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'Choose "validated in exercise", or leave out the exercise that validated it.' });
    }
  });

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item, { error: `List the ${what} as a list.` }).max(max, { error: `List at most ${max} ${what}.` });

export const reviewSchema = z
  .object({
    schemaVersion: z
      .literal(REVIEW_SCHEMA_VERSION, { error: 'This is not a Breachline review file of a version this site can read (schemaVersion 1 or 2).' })
      .describe('The version of the review format.'),
    kind: z
      .enum(REVIEW_KINDS, { error: 'Choose whether this reviews an exercise or a real incident.' })
      .describe('Whether this reviews an exercise or a real incident.'),
    title: requiredText(REVIEW_LIMITS.short, 'Enter a title for the review.').describe(
      'A short name for the exercise or incident, such as "Ransomware tabletop, March".',
    ),
    organization: optionalText(REVIEW_LIMITS.short).describe('The name of your organization (optional).'),
    startedOn: date('Enter the date the exercise was held or the incident began.').describe(
      'The date the exercise was held, or the date the incident began.',
    ),
    endedOn: date('Enter the date it ended, or leave it out.')
      .optional()
      .describe('The date the incident or exercise ended, if it lasted more than a day (optional).'),
    reviewedOn: date('Enter the date of the review meeting, or leave it out.')
      .optional()
      .describe('The date of the review meeting (optional).'),
    facilitator: requiredText(REVIEW_LIMITS.short, 'Enter the name of the person who led the review.').describe(
      'The person who led the review meeting.',
    ),
    participants: list(participantSchema, REVIEW_LIMITS.participants, 'participants').describe('Who took part in the review.'),
    timeline: list(timelineEntrySchema, REVIEW_LIMITS.timeline, 'timeline entries').describe('What happened, and when, in order.'),
    objectives: list(objectiveSchema, REVIEW_LIMITS.objectives, 'objectives')
      .optional()
      .describe("The exercise's objectives, each with the capability it tests and its rating (optional; filled from the exercise when there is one)."),
    strengths: list(strengthSchema, REVIEW_LIMITS.observations, 'strengths').describe('What went well, each with the objective or capability it concerns.'),
    areasForImprovement: list(areaForImprovementSchema, REVIEW_LIMITS.observations, 'areas for improvement').describe(
      'What did not go well enough, each with the objective or capability it concerns and its root cause.',
    ),
    detection: optionalText(REVIEW_LIMITS.long).describe('How the incident was detected: who or what noticed first, and how long it took.'),
    procedures: list(procedureSchema, REVIEW_PHASES.length, 'procedure results')
      .refine((entries) => new Set(entries.map((entry) => entry.phase)).size === entries.length, {
        error: 'Give each part of the response once.',
      })
      .describe('Whether the procedures worked, for each part of the response.'),
    obstacles: optionalText(REVIEW_LIMITS.long).describe('What got in the way of the response.'),
    patientCare: optionalText(REVIEW_LIMITS.long).describe('The effect on patient care and on operations.'),
    lessons: list(requiredText(REVIEW_LIMITS.entry, 'Write the lesson, or remove it.'), REVIEW_LIMITS.lessons, 'lessons').describe(
      'The lessons learned.',
    ),
    improvements: list(improvementSchema, REVIEW_LIMITS.improvements, 'improvements').describe(
      'The improvement plan: each action with its capability, responsible organization, point of contact, start and completion dates and status.',
    ),
  })
  .strict()
  .superRefine((review, ctx) => {
    const real = (value: string | undefined): value is string => value !== undefined && isIsoDate(value);
    if (real(review.endedOn) && real(review.startedOn) && review.endedOn < review.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'The end date cannot be before the start date.' });
    }
    if (real(review.reviewedOn) && real(review.startedOn) && review.reviewedOn < review.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: 'The review cannot be before the exercise or incident started.' });
    }
    const objectives = review.objectives?.length ?? 0;
    for (const list of ['strengths', 'areasForImprovement'] as const) {
      review[list].forEach((row, index) => {
        if (row.objective !== undefined && row.objective > objectives) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'objective'], message: 'Choose one of the listed objectives.' });
        }
      });
    }
    review.improvements.forEach((item, index) => {
      if (real(item.startOn) && real(item.completeBy) && item.completeBy < item.startOn) {
        ctx.addIssue({ code: 'custom', path: ['improvements', index, 'completeBy'], message: 'The completion date cannot be before the start date.' });
      }
    });
  });

export type Review = z.infer<typeof reviewSchema>;
export type Participant = Review['participants'][number];
export type TimelineEntry = Review['timeline'][number];
export type ProcedureCheck = Review['procedures'][number];
export type Improvement = Review['improvements'][number];
export type Objective = NonNullable<Review['objectives']>[number];
export type Strength = Review['strengths'][number];
export type AreaForImprovement = Review['areasForImprovement'][number];

/** An answer in an unfinished review: the text as typed so far, within the field's limit, its format not yet checked. */
const draftText = (max: number) =>
  z
    .string({ error: 'Write this answer as text.' })
    .max(max, { error: `Keep this to ${max} characters or fewer.` })
    .optional();

const draftObjective = z.number({ error: 'Choose one of the listed objectives.' }).int({ error: 'Choose one of the listed objectives.' }).min(1, { error: 'Choose one of the listed objectives.' }).optional();

/**
 * An unfinished review, as the form downloads it before every required answer is given (`unfinished: true` tells it
 * apart from a review): the same fields as a review, each one optional, rows possibly incomplete, dates as typed so
 * far. Text has the same limits as in a review, and the reports isolate it the same way once it is in the form.
 * Importing it on /review/ shows it in the form, with what is still to answer.
 */
export const reviewDraftSchema = z
  .object({
    schemaVersion: z
      .literal(REVIEW_SCHEMA_VERSION, { error: 'This is not an unfinished Breachline review of a version this site can read (schemaVersion 2).' })
      .describe('The version of the review format.'),
    unfinished: z
      .literal(true, { error: 'Mark an unfinished review with "unfinished": true.' })
      .describe('The review is still being written: required answers may be missing and answers not yet checked.'),
    kind: z.enum(REVIEW_KINDS, { error: 'Choose whether this reviews an exercise or a real incident.' }).optional().describe('As in a review.'),
    title: draftText(REVIEW_LIMITS.short).describe('As in a review.'),
    organization: draftText(REVIEW_LIMITS.short).describe('As in a review.'),
    startedOn: draftText(REVIEW_LIMITS.when).describe('As in a review, as typed so far.'),
    endedOn: draftText(REVIEW_LIMITS.when).describe('As in a review, as typed so far.'),
    reviewedOn: draftText(REVIEW_LIMITS.when).describe('As in a review, as typed so far.'),
    facilitator: draftText(REVIEW_LIMITS.short).describe('As in a review.'),
    participants: list(
      z.object({ name: draftText(REVIEW_LIMITS.short), role: draftText(REVIEW_LIMITS.short), unit: draftText(REVIEW_LIMITS.short) }).strict(),
      REVIEW_LIMITS.participants,
      'participants',
    )
      .optional()
      .describe('As in a review; a row may be incomplete.'),
    timeline: list(z.object({ when: draftText(REVIEW_LIMITS.when), what: draftText(REVIEW_LIMITS.entry) }).strict(), REVIEW_LIMITS.timeline, 'timeline entries')
      .optional()
      .describe('As in a review; a row may be incomplete.'),
    objectives: list(
      z
        .object({
          text: draftText(REVIEW_LIMITS.entry),
          capability: draftText(REVIEW_LIMITS.short),
          rating: z.enum(OBJECTIVE_RATINGS, { error: 'Choose P, S, M or U.' }).optional(),
          evidence: draftText(REVIEW_LIMITS.entry),
        })
        .strict(),
      REVIEW_LIMITS.objectives,
      'objectives',
    )
      .optional()
      .describe('As in a review; a row may be incomplete.'),
    strengths: list(
      z.object({ text: draftText(REVIEW_LIMITS.entry), objective: draftObjective, capability: draftText(REVIEW_LIMITS.short) }).strict(),
      REVIEW_LIMITS.observations,
      'strengths',
    )
      .optional()
      .describe('As in a review; a row may be incomplete.'),
    areasForImprovement: list(
      z
        .object({
          text: draftText(REVIEW_LIMITS.entry),
          objective: draftObjective,
          capability: draftText(REVIEW_LIMITS.short),
          rootCause: draftText(REVIEW_LIMITS.entry),
        })
        .strict(),
      REVIEW_LIMITS.observations,
      'areas for improvement',
    )
      .optional()
      .describe('As in a review; a row may be incomplete.'),
    detection: draftText(REVIEW_LIMITS.long).describe('As in a review.'),
    procedures: list(
      z
        .object({
          phase: z.enum(REVIEW_PHASES, { error: 'Use one of the listed parts of the response.' }),
          result: z.enum(PROCEDURE_RESULTS, { error: 'Choose whether the procedure worked, partly worked, did not work or was not tested.' }).optional(),
          notes: draftText(REVIEW_LIMITS.entry),
        })
        .strict(),
      REVIEW_PHASES.length,
      'procedure results',
    )
      .refine((entries) => new Set(entries.map((entry) => entry.phase)).size === entries.length, { error: 'Give each part of the response once.' })
      .optional()
      .describe('As in a review; a result may be missing.'),
    obstacles: draftText(REVIEW_LIMITS.long).describe('As in a review.'),
    patientCare: draftText(REVIEW_LIMITS.long).describe('As in a review.'),
    lessons: list(
      z.string({ error: 'Write the lesson as text.' }).max(REVIEW_LIMITS.entry, { error: `Keep this to ${REVIEW_LIMITS.entry} characters or fewer.` }),
      REVIEW_LIMITS.lessons,
      'lessons',
    )
      .optional()
      .describe('As in a review; a lesson may be empty.'),
    improvements: list(
      z
        .object({
          capability: draftText(REVIEW_LIMITS.short),
          action: draftText(REVIEW_LIMITS.entry),
          organization: draftText(REVIEW_LIMITS.short),
          contact: draftText(REVIEW_LIMITS.short),
          startOn: draftText(REVIEW_LIMITS.when),
          completeBy: draftText(REVIEW_LIMITS.when),
          status: z.enum(IMPROVEMENT_STATUSES, { error: 'Choose open, in progress, done or validated in exercise.' }).optional(),
          validatedInExercise: draftText(REVIEW_LIMITS.short),
          validatedOn: draftText(REVIEW_LIMITS.when),
          planSections: z
            .array(z.enum(PLAN_SECTIONS, { error: 'Use the plan section names the form lists.' }), { error: 'List the plan sections as a list.' })
            .max(PLAN_SECTIONS.length, { error: 'List each plan section once.' })
            .refine((ids) => new Set(ids).size === ids.length, { error: 'List each plan section once.' })
            .optional(),
        })
        .strict(),
      REVIEW_LIMITS.improvements,
      'improvements',
    )
      .optional()
      .describe('As in a review; a row may be incomplete.'),
  })
  .strict()
  .superRefine((draft, ctx) => {
    const objectives = draft.objectives?.length ?? 0;
    for (const list of ['strengths', 'areasForImprovement'] as const) {
      draft[list]?.forEach((row, index) => {
        if (row.objective !== undefined && row.objective > objectives) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'objective'], message: 'Choose one of the listed objectives.' });
        }
      });
    }
  });

export type ReviewDraftFile = z.infer<typeof reviewDraftSchema>;
