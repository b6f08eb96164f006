import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/guide.ts';

const valid = {
  title: 'Respond in time',
  description: 'The first hours and days of a breach: activate the plan, contain it, and start the clock.',
  order: 1,
  phase: 'respond',
  reviewedOn: '2026-11-23',
  sources: [{ title: 'NIST SP 800-61 Rev. 3', url: 'https://csrc.nist.gov/pubs/sp/800/61/r3/final' }],
};

const problemsWith = (data: unknown) => {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('guideSchema', () => {
  it('accepts a complete page and reads the review date as a date', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed.reviewedOn.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  it.each([
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['a description over 160 characters', { ...valid, description: 'x'.repeat(161) }, 'description'],
    ['an order that is not a whole number', { ...valid, order: 1.5 }, 'order'],
    ['an unknown phase', { ...valid, phase: 'panic' }, 'phase'],
    ['a review date that is not a date', { ...valid, reviewedOn: 'last week' }, 'reviewedOn'],
    ['no sources', { ...valid, sources: [] }, 'sources'],
    ['a source without a URL', { ...valid, sources: [{ title: 'HHS', url: 'hhs.gov' }] }, 'sources.0.url'],
    ['an unknown field', { ...valid, author: 'someone' }, ''],
  ])('rejects %s', (_name, data, path) => {
    expect(problemsWith(data)).toContain(path);
  });
});
