/**
 * Brings a review draft saved on this device up to the current draft shape, as `migrateReview` does for files: a
 * version 1 draft (saved before drafts carried `draftVersion`) gets the empty new lists, and its improvement rows
 * the new answers, with the owner as point of contact and the due date as completion date. Anything else comes back
 * unchanged for the saved-draft check to judge.
 */
import { improvementV1ToV2 } from '../../engine/review/migrate.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NEW_IMPROVEMENT_ANSWERS = { capability: '', organization: '', startOn: '', validatedInExercise: '', validatedOn: '' };

export function migrateSavedDraft(data: unknown): unknown {
  if (!isRecord(data) || data.draftVersion !== undefined) return data;
  const improvements = Array.isArray(data.improvements)
    ? data.improvements.map((row) => (isRecord(row) ? { ...NEW_IMPROVEMENT_ANSWERS, ...improvementV1ToV2(row) } : row))
    : data.improvements;
  return { ...data, draftVersion: 2, objectives: [], strengths: [], areasForImprovement: [], improvements };
}
