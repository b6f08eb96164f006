import { describe, expect, it } from 'vitest';
import {
  draftFromReview,
  emptyDraft,
  fieldId,
  newImprovement,
  newParticipant,
  objectivesForRating,
  previewReview,
} from '../../../src/islands/review/draft.ts';
import { parseSavedDraft, reviewFromDraft } from '../../../src/islands/review/draft-checks.ts';
import { readFileSync } from 'node:fs';
import { draftReducer } from '../../../src/islands/review/draft-reducer.ts';
import { parseReviewJson } from '../../../src/engine/review/parse.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/review/v1/${name}`, import.meta.url), 'utf8');
/** A draft saved on a device by the version 1 form, as `{ savedAt, value }` in localStorage. */
const V1_SAVED = JSON.parse(fixture('saved-draft.json')) as { savedAt: string; value: Record<string, unknown> & { improvements: Record<string, unknown>[] } };

describe('draftFromReview and reviewFromDraft', () => {
  it('round-trips a full review exactly', () => {
    expect(reviewFromDraft(draftFromReview(FULL_REVIEW))).toEqual({ ok: true, review: FULL_REVIEW });
  });

  it('leaves out empty optional answers and unanswered phases', () => {
    const draft = { ...emptyDraft(), kind: 'exercise' as const, title: ' Drill ', startedOn: '2025-05-01', facilitator: 'Kim', organization: '  ' };
    const result = reviewFromDraft(draft);
    expect(result).toEqual({
      ok: true,
      review: {
        schemaVersion: 2,
        strengths: [],
        areasForImprovement: [],
        kind: 'exercise',
        title: 'Drill',
        startedOn: '2025-05-01',
        facilitator: 'Kim',
        participants: [],
        timeline: [],
        procedures: [],
        lessons: [],
        improvements: [],
      },
    });
  });

  it('names the form field of each problem, phases by name', () => {
    const draft = emptyDraft();
    draft.procedures.downtime.notes = 'Forms ran out';
    draft.participants.push(newParticipant());
    draft.improvements.push({ ...newImprovement(), action: 'Fix it', contact: 'Al', completeBy: 'soon' });
    const result = reviewFromDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'kind',
      'title',
      'startedOn',
      'facilitator',
      'participants.0.name',
      'procedures.downtime.result',
      'improvements.0.completeBy',
    ]);
    expect(result.problems.find((p) => p.path === 'procedures.downtime.result')?.field).toBe(
      'Whether the procedures worked: Downtime procedures in each department, result',
    );
    expect(fieldId('procedures.downtime.result')).toBe('review-procedures-downtime-result');
  });
});

describe('objectives in the draft', () => {
  it('names the objective of a strength by its row, and by its number in the review', () => {
    const draft = draftFromReview(FULL_REVIEW);
    expect(draft.strengths.map((row) => draft.objectives.findIndex((objective) => objective.key === row.objective) + 1)).toEqual([1, 2, 0]);
    expect(draft.objectives.map((row) => row.rating)).toEqual(['M', 'S', '']);
  });

  it('forgets a removed objective in the strengths and areas for improvement that named it, and renumbers the rest', () => {
    const draft = draftFromReview(FULL_REVIEW);
    const after = draftReducer(draft, { type: 'remove', list: 'objectives', key: draft.objectives[0]!.key });
    expect(after.strengths.map((row) => row.objective)).toEqual(['', draft.objectives[1]!.key, '']);
    const result = reviewFromDraft(after);
    expect(result.ok && result.review.strengths.map((row) => row.objective)).toEqual([undefined, 1, undefined]);
    expect(result.ok && result.review.areasForImprovement.map((row) => row.objective)).toEqual([undefined, 1, undefined]);
  });

  it('keeps the validating exercise in the draft while another status is chosen, and leaves it out of the review', () => {
    const draft = draftFromReview(FULL_REVIEW);
    const done = draftReducer(draft, { type: 'row', list: 'improvements', key: draft.improvements[1]!.key, field: 'status', value: 'done' });
    expect(done.improvements[1]!.validatedInExercise).toBe('Downtime drill, April');
    const result = reviewFromDraft(done);
    expect(result.ok && result.review.improvements[1]).toEqual({ ...FULL_REVIEW.improvements[1], status: 'done', validatedInExercise: undefined, validatedOn: undefined });
  });

  it("lists an exercise's objectives for rating, unrated, and they reach the review in order", () => {
    const draft = {
      ...emptyDraft(),
      kind: 'exercise' as const,
      title: 'Drill',
      startedOn: '2025-05-01',
      facilitator: 'Kim',
      objectives: objectivesForRating([
        { text: ' Decide on notices within the day. ', capability: 'Operational coordination' },
        { text: 'Restore the EHR from backups.' },
        { text: 'x'.repeat(3000) },
      ]),
    };
    expect(draft.objectives.map((row) => row.rating)).toEqual(['', '', '']);
    expect(new Set(draft.objectives.map((row) => row.key)).size).toBe(3);
    const result = reviewFromDraft(draft);
    expect(result.ok && result.review.objectives?.slice(0, 2)).toEqual([
      { text: 'Decide on notices within the day.', capability: 'Operational coordination' },
      { text: 'Restore the EHR from backups.' },
    ]);
    expect(result.ok && result.review.objectives?.[2]?.text.length).toBe(2000);
  });

  it('leaves objectives out of the review when there are none, and lets people add their own', () => {
    const draft = { ...emptyDraft(), kind: 'exercise' as const, title: 'Drill', startedOn: '2025-05-01', facilitator: 'Kim' };
    const bare = reviewFromDraft(draft);
    expect(bare.ok && Object.keys(bare.review)).not.toContain('objectives');
    expect(bare.ok).toBe(true);
    const added = draftReducer(draft, { type: 'add', list: 'objectives' });
    const typed = draftReducer(added, { type: 'row', list: 'objectives', key: added.objectives[0]!.key, field: 'text', value: 'Call the insurer' });
    const rated = draftReducer(typed, { type: 'row', list: 'objectives', key: added.objectives[0]!.key, field: 'rating', value: 'P' });
    const result = reviewFromDraft(rated);
    expect(result.ok && result.review.objectives).toEqual([{ text: 'Call the insurer', rating: 'P' }]);
  });
});

describe('a draft saved by the version 1 form', () => {
  it('opens, with every answer and row key kept and the new lists empty', () => {
    const result = parseSavedDraft(V1_SAVED.value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { draftVersion, objectives, strengths, areasForImprovement, improvements, ...rest } = result.value;
    const { improvements: v1Improvements, ...v1Rest } = V1_SAVED.value;
    expect({ draftVersion, objectives, strengths, areasForImprovement }).toEqual({ draftVersion: 2, objectives: [], strengths: [], areasForImprovement: [] });
    expect(rest).toEqual(v1Rest);
    expect(improvements).toEqual(
      v1Improvements.map(({ owner, dueOn, ...row }) => ({
        ...row,
        contact: owner,
        completeBy: dueOn,
        capability: '',
        organization: '',
        startOn: '',
        validatedInExercise: '',
        validatedOn: '',
      })),
    );
  });

  it('makes the same review as the version 1 file of the same review', () => {
    const saved = parseSavedDraft(V1_SAVED.value);
    const file = parseReviewJson(fixture('review.json'));
    if (!saved.ok || !file.ok) throw new Error('expected both to open');
    expect(reviewFromDraft(saved.value)).toEqual({ ok: true, review: file.review });
  });

  it('is still refused when damaged', () => {
    const damaged = { ...V1_SAVED.value, improvements: [{ ...V1_SAVED.value.improvements[0], status: 'maybe' }] };
    expect(parseSavedDraft(damaged).ok).toBe(false);
    expect(parseSavedDraft({ ...V1_SAVED.value, draftVersion: 3 }).ok).toBe(false);
  });
});

describe('previewReview', () => {
  it('shows an unfinished draft, without blank rows', () => {
    const draft = emptyDraft('Clinic');
    draft.participants.push(newParticipant(), { ...newParticipant(), name: 'Lee' });
    const review = previewReview(draft);
    expect(review.title).toBe('Untitled review');
    expect(review.organization).toBe('Clinic');
    expect(review.participants).toEqual([{ name: 'Lee' }]);
  });
});

describe('parseSavedDraft', () => {
  it('accepts a saved draft', () => {
    const draft = draftFromReview(FULL_REVIEW);
    expect(parseSavedDraft(JSON.parse(JSON.stringify(draft)))).toEqual({ ok: true, value: draft });
  });

  it.each([[null], ['text'], [{ title: 'x' }], [{ ...emptyDraft(), kind: 'drill' }]])('reports damage in %j', (data) => {
    const result = parseSavedDraft(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/damaged/);
  });
});
