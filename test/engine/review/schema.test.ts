import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseReviewJson, validateReview } from '../../../src/engine/review/parse.ts';
import { isReviewWhen, reviewDraftSchema, reviewSchema } from '../../../src/engine/review/schema.ts';
import { FULL_REVIEW } from './full-review.ts';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const problemsOf = (input: unknown) => {
  const result = validateReview(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};
/** Zod's own wording: a message a non-lawyer should never see. */
const ZOD_WORDING = /^(Invalid|Too (big|small)|Unrecognized|Expected)|\b(string|enum|literal|undefined)\b/;

describe('reviewSchema', () => {
  it('accepts a full review', () => {
    expect(validateReview(FULL_REVIEW)).toEqual({ ok: true, review: FULL_REVIEW });
  });

  it('accepts a minimal review with only the required answers', () => {
    const minimal = {
      schemaVersion: 2,
      strengths: [],
      areasForImprovement: [],
      kind: 'real-incident',
      title: 'Phishing, January',
      startedOn: '2025-01-06',
      facilitator: 'Ana',
      participants: [],
      timeline: [],
      procedures: [],
      lessons: [],
      improvements: [],
    };
    expect(validateReview(minimal).ok).toBe(true);
  });

  it('describes every field in plain words', () => {
    const shape = (reviewSchema as unknown as { _zod: { def: { in?: { shape: Record<string, { description?: string }> }; shape?: Record<string, { description?: string }> } } })._zod.def;
    const fields = shape.in?.shape ?? shape.shape ?? {};
    expect(Object.keys(fields).length).toBeGreaterThan(10);
    for (const [name, field] of Object.entries(fields)) expect(field.description, name).toBeTruthy();
  });

  it('rejects dates that do not exist, with a message that shows the format', () => {
    const review = { ...clone(FULL_REVIEW), startedOn: '2025-02-30', endedOn: '14/03/2025' };
    review.improvements[0]!.completeBy = '2025-13-01';
    const problems = problemsOf(review);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['startedOn', 'endedOn', 'improvements.0.completeBy']));
    for (const problem of problems) expect(problem.message).toContain('for example 2025-03-14');
  });

  it('rejects timeline times that do not exist', () => {
    const review = clone(FULL_REVIEW);
    review.timeline[0]!.when = '2025-03-14 25:00';
    review.timeline[1]!.when = 'yesterday';
    const problems = problemsOf(review);
    expect(problems.map((p) => p.path)).toEqual(['timeline.0.when', 'timeline.1.when']);
    expect(problems[0]!.message).toMatch(/with a time if you know it/);
    expect(problems[0]!.field).toBe('Timeline entry 1: when');
  });

  it('rejects an end date before the start date', () => {
    const problems = problemsOf({ ...FULL_REVIEW, endedOn: '2025-03-01' });
    expect(problems).toEqual([{ path: 'endedOn', field: 'End date', message: 'The end date cannot be before the start date.' }]);
  });

  it('rejects empty required fields with plain messages naming what to enter', () => {
    const review = { ...clone(FULL_REVIEW), title: '   ', facilitator: '' };
    review.participants[0]!.name = '';
    review.improvements[1]!.contact = '';
    review.lessons[0] = '';
    const problems = problemsOf(review);
    expect(problems).toEqual([
      { path: 'title', field: 'Title', message: 'Enter a title for the review.' },
      { path: 'facilitator', field: 'Facilitator', message: 'Enter the name of the person who led the review.' },
      { path: 'participants.0.name', field: 'Participant 1: name', message: "Enter the participant's name, or remove this participant." },
      { path: 'lessons.0', field: 'Lesson 1', message: 'Write the lesson, or remove it.' },
      { path: 'improvements.1.contact', field: 'Improvement 2: point of contact', message: 'Enter the point of contact for this action.' },
    ]);
  });

  it('rejects missing answers, wrong kinds and unknown fields without zod wording', () => {
    const { kind: _kind, title: _title, ...rest } = clone(FULL_REVIEW);
    const problems = problemsOf({ ...rest, schemaVersion: 3, participants: 'everyone', improvements: [{ action: 1, status: 'maybe' }], extra: true });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['schemaVersion', 'kind', 'title', 'participants', 'improvements.0.action', 'improvements.0.status', '']),
    );
    for (const problem of problems) expect(problem.message).not.toMatch(ZOD_WORDING);
    expect(problems.find((p) => p.path === 'kind')?.message).toBe('Choose whether this reviews an exercise or a real incident.');
  });

  it('keeps text within its maximum length', () => {
    const problems = problemsOf({ ...FULL_REVIEW, title: 'x'.repeat(201) });
    expect(problems).toEqual([{ path: 'title', field: 'Title', message: 'Keep this to 200 characters or fewer.' }]);
  });

  it('rejects a phase given twice and a plan section that does not exist', () => {
    const review = clone(FULL_REVIEW);
    review.procedures.push({ phase: 'detection', result: 'worked' });
    (review.improvements[0]!.planSections as string[]).push('budget');
    const problems = problemsOf(review);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['Give each part of the response once.', 'Use the plan section names the form lists.']),
    );
  });
});

describe('reviewSchema, version 2 answers', () => {
  it('asks for the exercise and its date when an improvement is validated in exercise', () => {
    const review = clone(FULL_REVIEW);
    const { validatedInExercise: _name, validatedOn: _on, ...rest } = review.improvements[1]!;
    review.improvements[1] = rest;
    expect(problemsOf(review)).toEqual([
      { path: 'improvements.1.validatedInExercise', field: 'Improvement 2: exercise that validated it', message: 'Enter the name of the exercise that validated this action.' },
      { path: 'improvements.1.validatedOn', field: 'Improvement 2: date of that exercise', message: 'Enter the date of the exercise that validated this action.' },
    ]);
  });

  it('refuses a validating exercise on an action not validated', () => {
    const review = clone(FULL_REVIEW);
    review.improvements[1]!.status = 'done';
    expect(problemsOf(review).map((p) => p.path)).toEqual(['improvements.1.status']);
  });

  it('refuses a rating that is not P, S, M or U, in plain words', () => {
    const review = clone(FULL_REVIEW) as unknown as { objectives: { rating: string }[] };
    review.objectives[0]!.rating = 'Good';
    expect(problemsOf(review)).toEqual([{ path: 'objectives.0.rating', field: 'Objective 1: rating', message: 'Choose P, S, M or U.' }]);
  });

  it('refuses a strength or an area for improvement that names an objective not listed', () => {
    const review = clone(FULL_REVIEW);
    review.strengths[0]!.objective = 4;
    review.areasForImprovement[0]!.objective = 0;
    const withoutObjectives = { ...clone(FULL_REVIEW), objectives: undefined };
    expect(problemsOf(review).map((p) => [p.path, p.message])).toEqual([
      ['areasForImprovement.0.objective', 'Choose one of the listed objectives.'],
      ['strengths.0.objective', 'Choose one of the listed objectives.'],
    ]);
    expect(problemsOf(withoutObjectives).map((p) => p.path)).toEqual([
      'strengths.0.objective',
      'strengths.1.objective',
      'areasForImprovement.0.objective',
      'areasForImprovement.1.objective',
    ]);
  });

  it('refuses a completion date before the start date', () => {
    const review = clone(FULL_REVIEW);
    review.improvements[0]!.completeBy = '2025-03-01';
    expect(problemsOf(review)).toEqual([
      { path: 'improvements.0.completeBy', field: 'Improvement 1: completion date', message: 'The completion date cannot be before the start date.' },
    ]);
  });
});

describe('isReviewWhen', () => {
  it.each(['2025-03-14', '2025-03-14 09:30', '2025-03-14T23:59', '2024-02-29'])('accepts %s', (value) => {
    expect(isReviewWhen(value)).toBe(true);
  });
  it.each(['2025-02-29', '2025-03-14 24:00', '2025-03-14 9:30', '14 March', ''])('rejects %s', (value) => {
    expect(isReviewWhen(value)).toBe(false);
  });
});

describe('parseReviewJson', () => {
  it('returns the review from its JSON', () => {
    expect(parseReviewJson(JSON.stringify(FULL_REVIEW))).toEqual({ ok: true, review: FULL_REVIEW });
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['a list', '[1, 2]', 'not a Breachline review'],
    ['null', 'null', 'not a Breachline review'],
  ])('explains %s without throwing', (_name, text, expected) => {
    const result = parseReviewJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(expected);
  });

  it('refuses a prototype-polluting key and leaves Object.prototype alone', () => {
    const text = JSON.stringify(FULL_REVIEW).replace(/^\{/, '{"__proto__": {"polluted": true},');
    const result = parseReviewJson(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reviewDraftSchema', () => {
  /** Every field a schema describes, as dotted paths (`*` for a list's items). */
  function fieldPaths(schema: z.ZodType): string[] {
    type Node = { type?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };
    const walk = (node: Node, at: string): string[] => {
      if (node.type === 'object') return Object.entries(node.properties ?? {}).flatMap(([key, child]) => [`${at}${key}`, ...walk(child, `${at}${key}.`)]);
      if (node.type === 'array' && node.items) return walk(node.items, `${at}*.`);
      return (node.anyOf ?? []).flatMap((option) => walk(option, at));
    };
    return walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node, '');
  }

  it('has every field of a review, and the unfinished mark: an unfinished review loses no answer', () => {
    const review = fieldPaths(reviewSchema);
    expect(review).toEqual(expect.arrayContaining(['title', 'participants.*.name', 'improvements.*.validatedOn', 'strengths.*.objective']));
    expect(fieldPaths(reviewDraftSchema).sort()).toEqual([...review, 'unfinished'].sort());
  });

  it('accepts a complete review marked unfinished, and an unfinished review with nothing but the mark', () => {
    expect(reviewDraftSchema.safeParse({ ...FULL_REVIEW, unfinished: true }).success).toBe(true);
    expect(reviewDraftSchema.safeParse({ schemaVersion: 2, unfinished: true }).success).toBe(true);
    expect(reviewDraftSchema.safeParse({ schemaVersion: 2 }).success).toBe(false);
    expect(reviewDraftSchema.safeParse({ schemaVersion: 1, unfinished: true }).success).toBe(false);
  });
});
