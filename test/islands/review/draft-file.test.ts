import { describe, expect, it } from 'vitest';
import { draftFile, importReviewFile, reviewFileFor } from '../../../src/islands/review/draft-file.ts';
import { draftFromReview, emptyDraft, newImprovement, newParticipant, type ReviewDraft } from '../../../src/islands/review/draft.ts';
import { reviewDraftSchema } from '../../../src/engine/review/schema.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

/** A draft without its rows' keys, which are new on every import. */
const withoutKeys = (draft: ReviewDraft) => JSON.parse(JSON.stringify(draft, (key, value) => (key === 'key' ? undefined : value)));

const unfinished: ReviewDraft = {
  ...emptyDraft(),
  title: 'Phishing drill',
  startedOn: '2025-13',
  participants: [{ ...newParticipant(), name: 'Sam Lee' }, { ...newParticipant(), role: 'Scribe' }],
  procedures: { ...emptyDraft().procedures, escalation: { result: '', notes: 'Slow call tree.' }, recovery: { result: 'worked', notes: '' } },
  lessons: [{ key: 'k1', text: 'Test the call tree.' }],
  improvements: [{ ...newImprovement(), owner: 'Priya Shah', planSections: ['contacts'] }],
};

describe('reviewFileFor', () => {
  it('downloads a complete review as a review, with no unfinished mark', () => {
    const file = reviewFileFor(draftFromReview(FULL_REVIEW));
    expect(file.unfinished).toBe(false);
    expect(JSON.parse(file.json)).toEqual(FULL_REVIEW);
  });

  it('downloads an unfinished review as a draft the review schema describes, marked unfinished', () => {
    const file = reviewFileFor(unfinished);
    expect(file.unfinished).toBe(true);
    const data = JSON.parse(file.json);
    expect(data).toMatchObject({ schemaVersion: 1, unfinished: true, title: 'Phishing drill', startedOn: '2025-13' });
    expect(data).not.toHaveProperty('facilitator');
    expect(reviewDraftSchema.safeParse(data).success).toBe(true);
  });

  it('downloads an empty form too', () => {
    expect(reviewDraftSchema.safeParse(JSON.parse(reviewFileFor(emptyDraft()).json)).success).toBe(true);
  });
});

describe('importReviewFile', () => {
  it('imports an unfinished review back exactly, and lists what is still to answer', () => {
    const imported = importReviewFile(reviewFileFor(unfinished).json);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.unfinished).toBe(true);
    expect(withoutKeys(imported.draft)).toEqual(withoutKeys(unfinished));
    expect(imported.stillToAnswer.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['kind', 'startedOn', 'facilitator', 'participants.1.name', 'procedures.escalation.result', 'improvements.0.action']),
    );
  });

  it('imports a complete review with nothing left to answer', () => {
    const imported = importReviewFile(JSON.stringify(FULL_REVIEW));
    expect(imported.ok && imported.stillToAnswer).toEqual([]);
  });

  it('refuses an unfinished file with a wrong answer, saying which, and a complete-looking file with problems as before', () => {
    const wrong = importReviewFile(JSON.stringify({ ...draftFile(unfinished), kind: 'party', colour: 'red' }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems.map((problem) => problem.field)).toEqual(['What is being reviewed', 'The review file']);
    const incomplete = importReviewFile(JSON.stringify({ schemaVersion: 1, title: 'No mark' }));
    expect(incomplete.ok).toBe(false);
    expect(importReviewFile('{not json').ok).toBe(false);
  });
});
