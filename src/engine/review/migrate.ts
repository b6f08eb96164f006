/**
 * Brings a review file up to the current `schemaVersion`, one step at a time. Each step is a pure function from one
 * version's shape to the next; it only moves what is there, so the validator still reports anything wrong.
 */
import { REVIEW_SCHEMA_VERSION } from './vocabulary.ts';

export interface ReviewMigration {
  from: number;
  to: number;
  describe: string;
  migrate: (input: Record<string, unknown>) => Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1's improvement fields and their names in version 2 (the same answer, HSEEP's name for it). */
export const V1_IMPROVEMENT_RENAMES = { owner: 'contact', dueOn: 'completeBy' } as const;

/** One version 1 improvement as version 2 has it: the owner becomes the point of contact, the due date the completion date. */
export function improvementV1ToV2(item: Record<string, unknown>): Record<string, unknown> {
  // fromEntries defines keys as own properties, so a hostile "__proto__" key stays a key for the validator to refuse.
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) => [Object.hasOwn(V1_IMPROVEMENT_RENAMES, key) ? V1_IMPROVEMENT_RENAMES[key as keyof typeof V1_IMPROVEMENT_RENAMES] : key, value]),
  );
}

/**
 * Version 2 adds objectives with ratings, strengths and areas for improvement, and gives each improvement a
 * capability, a responsible organization, a start date and a "validated in exercise" status. A version 1 review has
 * none of the new answers (the lists start empty) and keeps every old one.
 */
export const reviewV1ToV2: ReviewMigration = {
  from: 1,
  to: 2,
  describe: 'owner and due date become point of contact and completion date; strengths and areas for improvement start empty',
  migrate(v1) {
    const improvements = Array.isArray(v1.improvements)
      ? v1.improvements.map((item) => (isRecord(item) ? improvementV1ToV2(item) : item))
      : v1.improvements;
    return { ...v1, schemaVersion: 2, strengths: v1.strengths ?? [], areasForImprovement: v1.areasForImprovement ?? [], improvements };
  },
};

/** Every step, in order. Add the next one here when the format changes. */
export const REVIEW_MIGRATIONS: readonly ReviewMigration[] = [reviewV1ToV2];

/**
 * Applies every step from the input's version to the current one. Input that is current, of a version this code
 * does not know, or not an object comes back unchanged for the validator to report.
 */
export function migrateReview(input: unknown, migrations: readonly ReviewMigration[] = REVIEW_MIGRATIONS): unknown {
  if (!isRecord(input)) return input;
  let data = input;
  for (const step of migrations) {
    if (data.schemaVersion === step.from) data = step.migrate(data);
  }
  return data.schemaVersion === REVIEW_SCHEMA_VERSION ? data : input;
}
