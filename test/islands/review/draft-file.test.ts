/** The review file, finished or not: what the form downloads, and how a file imports back into the form. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { buildAfterActionReport } from '../../../src/engine/review/reports.ts';
import { REVIEW_LIMITS, reviewDraftSchema, reviewSchema } from '../../../src/engine/review/schema.ts';
import { importReviewFile } from '../../../src/islands/review/draft-file.ts';
import { reviewFromDraft } from '../../../src/islands/review/draft-checks.ts';
import { draftFile, reviewFileFrom } from '../../../src/islands/review/review-file.ts';
import {
  draftFromReview,
  emptyDraft,
  newAreaForImprovement,
  newImprovement,
  newObjective,
  newParticipant,
  newStrength,
  previewReview,
  type ReviewDraft,
} from '../../../src/islands/review/draft.ts';
import { FULL_REVIEW } from '../../engine/review/full-review.ts';

/** A draft without its rows' keys, which are new on every import; objective choices as the objective's place instead. */
function comparable(draft: ReviewDraft) {
  const place = (key: string) => draft.objectives.findIndex((row) => row.key === key);
  return JSON.parse(
    JSON.stringify({
      ...draft,
      strengths: draft.strengths.map((row) => ({ ...row, objective: place(row.objective) })),
      areasForImprovement: draft.areasForImprovement.map((row) => ({ ...row, objective: place(row.objective) })),
    }, (key, value) => (key === 'key' ? undefined : value)),
  );
}

/** Half a review: a bad date, incomplete rows, a validated action with its other answers, an objective chosen. */
function unfinished(): ReviewDraft {
  const objective = { ...newObjective(), text: 'Escalate within 15 minutes.', rating: 'M' as const };
  return {
    ...emptyDraft(),
    title: 'Phishing drill',
    startedOn: '2025-13',
    participants: [{ ...newParticipant(), name: 'Sam Lee' }, { ...newParticipant(), role: 'Scribe' }],
    objectives: [objective, { ...newObjective(), capability: 'Cybersecurity' }],
    strengths: [{ ...newStrength(), objective: objective.key }],
    areasForImprovement: [{ ...newAreaForImprovement(), rootCause: 'No call tree test.' }],
    procedures: { ...emptyDraft().procedures, escalation: { result: '', notes: 'Slow call tree.' }, recovery: { result: 'worked', notes: '' } },
    lessons: [{ key: 'k1', text: 'Test the call tree.' }, { key: 'k2', text: '' }],
    improvements: [{ ...newImprovement(), contact: 'Priya Shah', status: 'done', validatedInExercise: 'May drill', planSections: ['contacts'] }],
  };
}

/** The review file as the form makes it, from the draft's check. */
const reviewFileFor = (draft: ReviewDraft) => reviewFileFrom(draft, reviewFromDraft(draft));

describe('reviewFileFrom', () => {
  it('downloads a complete review as a review, with no unfinished mark', () => {
    const file = reviewFileFor(draftFromReview(FULL_REVIEW));
    expect(file.unfinished).toBe(false);
    expect(JSON.parse(file.json)).toEqual(FULL_REVIEW);
  });

  it('downloads an unfinished review as a file the review schema describes, marked unfinished, with what was typed', () => {
    const file = reviewFileFor(unfinished());
    expect(file.unfinished).toBe(true);
    const data = JSON.parse(file.json);
    expect(data).toMatchObject({ schemaVersion: 2, unfinished: true, title: 'Phishing drill', startedOn: '2025-13', strengths: [{ objective: 1 }] });
    expect(data).not.toHaveProperty('facilitator');
    expect(reviewDraftSchema.safeParse(data).success).toBe(true);
    expect(reviewSchema.safeParse(data).success).toBe(false);
  });

  it('downloads an empty form too', () => {
    const file = reviewFileFor(emptyDraft());
    expect(file.unfinished).toBe(true);
    expect(reviewDraftSchema.safeParse(JSON.parse(file.json)).success).toBe(true);
  });
});

describe('importReviewFile', () => {
  it('restores every field of an unfinished review, and lists what is still to answer', () => {
    const draft = unfinished();
    const imported = importReviewFile(reviewFileFor(draft).json);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.unfinished).toBe(true);
    expect(comparable(imported.draft)).toEqual(comparable(draft));
    expect(imported.stillToAnswer.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['kind', 'startedOn', 'facilitator', 'participants.1.name', 'procedures.escalation.result', 'improvements.0.action', 'lessons.1']),
    );
    expect(imported.stillToAnswer.find((problem) => problem.path === 'facilitator')).toEqual({
      path: 'facilitator',
      field: 'Facilitator',
      message: 'Enter the name of the person who led the review.',
    });
  });

  it('imports a complete review with nothing left to answer', () => {
    const imported = importReviewFile(JSON.stringify(FULL_REVIEW));
    expect(imported.ok && imported.unfinished).toBe(false);
    expect(imported.ok && imported.stillToAnswer).toEqual([]);
  });

  it('refuses an unfinished file with a wrong answer, saying which, and changes nothing', () => {
    const wrong = importReviewFile(JSON.stringify({ ...draftFile(unfinished()), kind: 'party', colour: 'red' }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems.map((problem) => problem.field)).toEqual(['What is being reviewed', 'The review file']);
  });

  it('holds text in an unfinished file to the limits of a review', () => {
    const long = importReviewFile(JSON.stringify({ ...draftFile(unfinished()), title: 'x'.repeat(REVIEW_LIMITS.short + 1) }));
    expect(long).toEqual({ ok: false, problems: [{ path: 'title', field: 'Title', message: `Keep this to ${REVIEW_LIMITS.short} characters or fewer.` }] });
    const rows = importReviewFile(JSON.stringify({ ...draftFile(unfinished()), lessons: Array.from({ length: REVIEW_LIMITS.lessons + 1 }, () => 'x') }));
    expect(rows.ok).toBe(false);
  });

  it('refuses a strength that names an objective the file does not list', () => {
    const file = { ...draftFile(unfinished()), strengths: [{ text: 'Fast', objective: 3 }] };
    const imported = importReviewFile(JSON.stringify(file));
    expect(imported).toEqual({ ok: false, problems: [{ path: 'strengths.0.objective', field: 'Strength 1: objective', message: 'Choose one of the listed objectives.' }] });
  });

  it('reads a file without the mark as a review, and refuses it with the review\'s reasons', () => {
    const incomplete = importReviewFile(JSON.stringify({ schemaVersion: 2, title: 'No mark' }));
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) expect(incomplete.problems.map((problem) => problem.path)).toContain('facilitator');
    expect(importReviewFile('{not json').ok).toBe(false);
  });
});

describe('user text in an unfinished review', () => {
  const RLO = '\u202E';

  /** The file with an override typed after every piece of text the unfinished review accepts, and their paths. */
  function withOverrides(file: Record<string, unknown>): string[] {
    const paths: string[] = [];
    const visit = (node: Record<string, unknown> | unknown[], path: string[]) => {
      for (const [key, value] of Object.entries(node)) {
        const here = [...path, key];
        if (typeof value === 'string') {
          (node as Record<string, unknown>)[key] = `${value} ${RLO}typed`;
          if (reviewDraftSchema.safeParse(file).success) paths.push(here.join('.'));
          else (node as Record<string, unknown>)[key] = value;
        } else if (value && typeof value === 'object') visit(value as Record<string, unknown>, here);
      }
    };
    visit(file, []);
    return paths;
  }

  it('is isolated in the report once imported, as a review\'s is', () => {
    const file = draftFile(draftFromReview(FULL_REVIEW)) as unknown as Record<string, unknown>;
    const paths = withOverrides(file);
    expect(paths).toEqual(expect.arrayContaining(['title', 'facilitator', 'participants.0.name', 'timeline.0.what', 'detection', 'lessons.0', 'improvements.0.contact', 'strengths.0.text', 'areasForImprovement.0.rootCause']));
    const imported = importReviewFile(JSON.stringify(file));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.unfinished).toBe(true);
    const markdown = renderMarkdown(buildAfterActionReport(previewReview(imported.draft)));
    expect(markdown).toContain(RLO);
    let depth = 0;
    let loose = 0;
    for (const char of markdown) {
      if (char === '\u2068') depth += 1;
      else if (char === '\u2069') depth = Math.max(0, depth - 1);
      else if (char === RLO && depth === 0) loose += 1;
    }
    expect(loose).toBe(0);
  });
});
