/**
 * The post-incident review (after an exercise or a real incident), as the guidance at /guide/post-incident-review/
 * describes it: who took part, what happened and when, how it was detected, whether the procedures worked, what
 * got in the way, the effect on patient care, lessons learned and an improvement plan. The review form, the JSON
 * file and both reports use this one schema. Every field says what it means in plain words (`.describe()`) and has
 * a maximum length; every message says how to fix the answer.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates/calendar.ts';

export const REVIEW_SCHEMA_VERSION = 1;

export const REVIEW_KINDS = ['exercise', 'real-incident'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  exercise: 'A tabletop or other exercise',
  'real-incident': 'A real incident',
};

/** The parts of the response whose procedures the review checks, in the order of a response. */
export const REVIEW_PHASES = [
  'detection',
  'escalation',
  'containment',
  'investigation',
  'downtime',
  'recovery',
  'notification',
  'communication',
] as const;
export type ReviewPhase = (typeof REVIEW_PHASES)[number];
export const REVIEW_PHASE_LABELS: Record<ReviewPhase, string> = {
  detection: 'Detection and reporting',
  escalation: 'Escalation, call tree and decisions',
  containment: 'Containment',
  investigation: 'Investigation and evidence',
  downtime: 'Downtime procedures in each department',
  recovery: 'Backups and recovery',
  notification: 'Notification workflow and deadlines',
  communication: 'Communication with staff, patients and media',
};

export const PROCEDURE_RESULTS = ['worked', 'partly', 'did-not-work', 'not-tested'] as const;
export type ProcedureResult = (typeof PROCEDURE_RESULTS)[number];
export const PROCEDURE_RESULT_LABELS: Record<ProcedureResult, string> = {
  worked: 'Worked',
  partly: 'Partly worked',
  'did-not-work': 'Did not work',
  'not-tested': 'Not tested',
};

export const IMPROVEMENT_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

/** The sections of the incident response plan an improvement can change (the plan generator's section ids). */
export const PLAN_SECTIONS = [
  'roles',
  'contacts',
  'severity',
  'phases',
  'evidence',
  'continuity',
  'risk-assessment',
  'notification',
  'notices',
  'review',
  'maintenance',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
export const PLAN_SECTION_LABELS: Record<PlanSection, string> = {
  roles: 'Roles and responsibilities',
  contacts: 'Contacts and call tree',
  severity: 'Severity levels',
  phases: 'Response phases',
  evidence: 'Evidence and logs',
  continuity: 'Downtime and continuity',
  'risk-assessment': 'Breach risk assessment',
  notification: 'Notification',
  notices: 'Notices and messages',
  review: 'Post-incident review',
  maintenance: 'Plan maintenance',
};

export const REVIEW_LIMITS = {
  short: 200,
  when: 40,
  entry: 2000,
  long: 6000,
  participants: 100,
  timeline: 300,
  lessons: 100,
  improvements: 100,
} as const;

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

/** '2025-03-14', '2025-03-14 09:30' or '2025-03-14T09:30' (a real date; a real 24-hour time when there is one). */
export function isReviewWhen(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T]([01]\d|2[0-3]):([0-5]\d))?$/.exec(value);
  return match !== null && isIsoDate(match[1]!);
}

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

const improvementSchema = z
  .object({
    action: requiredText(REVIEW_LIMITS.entry, 'Describe the action, or remove this improvement.').describe(
      'What will be done, and how you will check it is done.',
    ),
    owner: requiredText(REVIEW_LIMITS.short, 'Enter who owns this action.').describe('The person responsible for the action.'),
    dueOn: date('Enter the date this action is due.').describe('The date the action is due.'),
    status: z
      .enum(IMPROVEMENT_STATUSES, { error: 'Choose open, in progress or done.' })
      .describe('Whether the action is open, in progress or done.'),
    planSections: z
      .array(z.enum(PLAN_SECTIONS, { error: 'Use the plan section names the form lists.' }), { error: 'List the plan sections as a list.' })
      .max(PLAN_SECTIONS.length, { error: 'List each plan section once.' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'List each plan section once.' })
      .describe('The sections of the incident response plan this action changes (optional).'),
  })
  .strict();

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item, { error: `List the ${what} as a list.` }).max(max, { error: `List at most ${max} ${what}.` });

export const reviewSchema = z
  .object({
    schemaVersion: z
      .literal(REVIEW_SCHEMA_VERSION, { error: 'This is not a Breachline review file of a version this site can read (schemaVersion 1).' })
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
      'The improvement plan: each action with an owner, a due date and a status.',
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
  });

export type Review = z.infer<typeof reviewSchema>;
export type Participant = Review['participants'][number];
export type TimelineEntry = Review['timeline'][number];
export type ProcedureCheck = Review['procedures'][number];
export type Improvement = Review['improvements'][number];
