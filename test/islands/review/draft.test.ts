import { describe, expect, it } from 'vitest';
import {
  draftFromReview,
  emptyDraft,
  fieldId,
  newImprovement,
  newParticipant,
  parseSavedDraft,
  previewReview,
  reviewFromDraft,
} from '../../../src/islands/review/draft.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

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
        schemaVersion: 1,
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
    draft.improvements.push({ ...newImprovement(), action: 'Fix it', owner: 'Al', dueOn: 'soon' });
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
      'improvements.0.dueOn',
    ]);
    expect(result.problems.find((p) => p.path === 'procedures.downtime.result')?.field).toBe(
      'Whether the procedures worked: Downtime procedures in each department, result',
    );
    expect(fieldId('procedures.downtime.result')).toBe('review-procedures-downtime-result');
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
