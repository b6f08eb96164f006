import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateReview, reviewV1ToV2 } from '../../../src/engine/review/migrate.ts';
import { parseReviewJson } from '../../../src/engine/review/parse.ts';

/** A review file saved by version 1 of the format (before strengths, ratings and HSEEP's improvement plan). */
const V1_TEXT = readFileSync(new URL('../../fixtures/review/v1/review.json', import.meta.url), 'utf8');
const V1 = JSON.parse(V1_TEXT) as Record<string, unknown> & { improvements: Record<string, unknown>[] };

describe('migrateReview', () => {
  it('opens a version 1 file as version 2, with empty strengths and areas for improvement', () => {
    const result = parseReviewJson(V1_TEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.review.schemaVersion).toBe(2);
    expect(result.review.strengths).toEqual([]);
    expect(result.review.areasForImprovement).toEqual([]);
    expect(result.review.objectives).toBeUndefined();
  });

  it('keeps every version 1 answer: the owner as point of contact, the due date as completion date', () => {
    const result = parseReviewJson(V1_TEXT);
    if (!result.ok) throw new Error('expected the v1 file to open');
    const { improvements, schemaVersion: _v, strengths: _s, areasForImprovement: _a, ...rest } = result.review;
    const { improvements: v1Improvements, schemaVersion: _v1, ...v1Rest } = V1;
    expect(rest).toEqual(v1Rest);
    expect(improvements).toEqual(
      v1Improvements.map(({ owner, dueOn, ...item }) => ({ ...item, contact: owner, completeBy: dueOn })),
    );
    expect(improvements.map((item) => item.contact)).toEqual(['Sam Lee', 'Lab manager', 'IT']);
  });

  it('leaves a current review, an unknown version and a non-object unchanged', () => {
    const current = { schemaVersion: 2, title: 'x' };
    expect(migrateReview(current)).toBe(current);
    const future = { schemaVersion: 9, title: 'x' };
    expect(migrateReview(future)).toBe(future);
    expect(migrateReview('text')).toBe('text');
    expect(parseReviewJson(JSON.stringify(future)).ok).toBe(false);
  });

  it('moves only what is there, so a broken version 1 file is still reported', () => {
    expect(reviewV1ToV2.migrate({ schemaVersion: 1, improvements: 'all of them' })).toEqual({
      schemaVersion: 2,
      strengths: [],
      areasForImprovement: [],
      improvements: 'all of them',
    });
    const result = parseReviewJson(JSON.stringify({ ...V1, improvements: [{ action: 'Fix it', owner: '', dueOn: '2025-02-30', status: 'open', planSections: [] }] }));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['improvements.0.contact', 'improvements.0.completeBy']);
  });

  it('keeps a hostile "__proto__" key inside a version 1 improvement as a key the check refuses', () => {
    const text = V1_TEXT.replace('"action": "Raise', '"__proto__": {"polluted": true}, "action": "Raise');
    expect(text).not.toBe(V1_TEXT);
    const result = parseReviewJson(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
