/**
 * The review format's words and limits without its validator: the version, the choices with their labels, the
 * sections of the plan, the length limits and the form of a time. The form, the reports and the exercise packs read
 * these at once; the zod schema (schema.ts) that checks a review against them loads only when a review is checked.
 */
import { isIsoDate } from '../dates/calendar.ts';

export const REVIEW_SCHEMA_VERSION = 2;

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

export const IMPROVEMENT_STATUSES = ['open', 'in-progress', 'done', 'validated'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  validated: 'Validated in exercise',
};

/** HSEEP's ratings of how an objective was performed (Homeland Security Exercise and Evaluation Program, 2020). */
export const OBJECTIVE_RATINGS = ['P', 'S', 'M', 'U'] as const;
export type ObjectiveRating = (typeof OBJECTIVE_RATINGS)[number];
export const OBJECTIVE_RATING_LABELS: Record<ObjectiveRating, string> = {
  P: 'Performed without challenges (P)',
  S: 'Performed with some challenges (S)',
  M: 'Performed with major challenges (M)',
  U: 'Unable to be performed (U)',
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
  objectives: 30,
  observations: 100,
} as const;

/** '2025-03-14', '2025-03-14 09:30' or '2025-03-14T09:30' (a real date; a real 24-hour time when there is one). */
export function isReviewWhen(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T]([01]\d|2[0-3]):([0-5]\d))?$/.exec(value);
  return match !== null && isIsoDate(match[1]!);
}
