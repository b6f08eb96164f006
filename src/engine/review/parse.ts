/**
 * Reads a review from untrusted input (a file, saved data) and reports what is wrong in plain words, field by
 * field. Never throws.
 */
import type { z } from 'zod';
import { migrateReview } from './migrate.ts';
import { REVIEW_PHASE_LABELS, REVIEW_PHASES, reviewSchema, type Review } from './schema.ts';

export interface ReviewProblem {
  /** Dotted path to the field, such as `title` or `participants.1.name`. */
  path: string;
  /** Where the problem is, in words: "Title", "Participant 2: name". */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type ReviewParseResult = { ok: true; review: Review } | { ok: false; problems: ReviewProblem[] };

const FIELD_NAMES: Record<string, string> = {
  schemaVersion: 'Format version',
  kind: 'What is being reviewed',
  title: 'Title',
  organization: 'Organization',
  startedOn: 'Start date',
  endedOn: 'End date',
  reviewedOn: 'Date of the review meeting',
  facilitator: 'Facilitator',
  participants: 'Participants',
  timeline: 'Timeline',
  detection: 'How it was detected',
  procedures: 'Whether the procedures worked',
  obstacles: 'What got in the way',
  patientCare: 'Effect on patient care and operations',
  lessons: 'Lessons learned',
  objectives: 'Objectives',
  strengths: 'Strengths',
  areasForImprovement: 'Areas for improvement',
  improvements: 'Improvement plan',
};

const ROW_NAMES: Record<string, string> = {
  participants: 'Participant',
  timeline: 'Timeline entry',
  lessons: 'Lesson',
  objectives: 'Objective',
  strengths: 'Strength',
  areasForImprovement: 'Area for improvement',
  improvements: 'Improvement',
};

const ROW_FIELD_NAMES: Record<string, string> = {
  name: 'name',
  role: 'role',
  unit: 'department or team',
  when: 'when',
  what: 'what happened',
  action: 'action',
  text: 'description',
  capability: 'capability',
  rating: 'rating',
  evidence: 'evidence',
  objective: 'objective',
  rootCause: 'root cause',
  organization: 'responsible organization',
  contact: 'point of contact',
  startOn: 'start date',
  completeBy: 'completion date',
  validatedInExercise: 'exercise that validated it',
  validatedOn: 'date of that exercise',
  status: 'status',
  planSections: 'plan sections',
  result: 'result',
  notes: 'notes',
  phase: 'part of the response',
};

/** The field a path names, in words a reader recognises from the form. */
export function fieldName(path: readonly (string | number)[]): string {
  const [top, index, key] = path;
  if (top === undefined) return 'The review file';
  const name = FIELD_NAMES[String(top)] ?? String(top);
  if (index === undefined) return name;
  if (top === 'procedures') {
    const phase = REVIEW_PHASES.find((candidate) => candidate === index);
    const label = phase ? REVIEW_PHASE_LABELS[phase] : `entry ${Number(index) + 1}`;
    return key === undefined ? `${name}: ${label}` : `${name}: ${label}, ${ROW_FIELD_NAMES[String(key)] ?? String(key)}`;
  }
  const row = `${ROW_NAMES[String(top)] ?? name} ${Number(index) + 1}`;
  return key === undefined ? row : `${row}: ${ROW_FIELD_NAMES[String(key)] ?? String(key)}`;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `Remove what a review does not contain: ${issue.keys.join(', ')}.`;
  if (/^(Invalid|Too (big|small)|Unrecognized|Expected)/.test(issue.message)) return 'Check this answer.';
  return issue.message;
}

/** Problems for each field, in the order of the form: the first one for each field (fix it, then see the next). */
export function reviewProblems(issues: readonly z.core.$ZodIssue[]): ReviewProblem[] {
  const seen = new Set<string>();
  const problems: ReviewProblem[] = [];
  for (const issue of issues) {
    const segments = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    const path = segments.join('.');
    const message = plainMessage(issue);
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push({ path, field: fieldName(segments), message });
  }
  return problems;
}

/** Checks a review already parsed from JSON (or built by the form), brought up to the current version first. */
export function validateReview(input: unknown): ReviewParseResult {
  try {
    const result = reviewSchema.safeParse(migrateReview(input));
    if (result.success) return { ok: true, review: result.data };
    return { ok: false, problems: reviewProblems(result.error.issues) };
  } catch {
    return { ok: false, problems: [{ path: '', field: 'The review file', message: 'This file could not be read as a review.' }] };
  }
}

/** A review from the text of a JSON file: the review, or the problems in plain words. */
export function parseReviewJson(text: string): ReviewParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [{ path: '', field: 'The review file', message: 'This file is not a Breachline review: it is not valid JSON.' }],
    };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '', field: 'The review file', message: 'This file is not a Breachline review.' }] };
  }
  return validateReview(input);
}
