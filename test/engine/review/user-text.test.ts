/**
 * The review's reports isolate every piece of text the user typed: a right-to-left override in a name or a note
 * must not reverse the report's own words around it, in Markdown (isolate marks) or HTML (<bdi>).
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/engine/export/html.ts';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { buildAfterActionReport, buildComplianceReport } from '../../../src/engine/review/reports.ts';
import { validateReview } from '../../../src/engine/review/parse.ts';
import type { Review } from '../../../src/engine/review/schema.ts';
import { FULL_REVIEW } from './full-review.ts';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

/** The review with an override typed into every field that accepts one (the free-text fields), and their paths. */
function withOverrides(review: Review): { review: Review; paths: string[] } {
  const copy = structuredClone(review) as unknown as Record<string, unknown>;
  const paths: string[] = [];
  const visit = (node: Record<string, unknown> | unknown[], path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      const here = [...path, key];
      if (typeof value === 'string') {
        const before = value;
        (node as Record<string, unknown>)[key] = `${value} ${RLO}typed`;
        if (validateReview(copy).ok) paths.push(here.join('.'));
        else (node as Record<string, unknown>)[key] = before;
      } else if (value && typeof value === 'object') visit(value as Record<string, unknown>, here);
    }
  };
  visit(copy, []);
  return { review: copy as unknown as Review, paths };
}

/** Overrides that stand outside any isolate in text with isolate marks. */
function unisolated(text: string): number {
  let depth = 0;
  let loose = 0;
  for (const char of text) {
    if (char === FSI) depth += 1;
    else if (char === PDI) depth = Math.max(0, depth - 1);
    else if (char === RLO && depth === 0) loose += 1;
  }
  return loose;
}

describe('the review reports', () => {
  const { review, paths } = withOverrides(FULL_REVIEW);

  it('finds the free-text fields to test', () => {
    expect(paths).toEqual(expect.arrayContaining(['title', 'facilitator', 'participants.0.name', 'timeline.0.what', 'detection', 'lessons.0', 'improvements.0.contact', 'strengths.0.text', 'areasForImprovement.0.rootCause']));
    expect(paths).not.toContain('startedOn');
  });

  it.each([
    ['after-action', buildAfterActionReport],
    ['compliance', buildComplianceReport],
  ] as const)('isolate every override in the %s report, in Markdown and HTML', (_name, build) => {
    const doc = build(review, { asOf: '2025-04-01' });
    const markdown = renderMarkdown(doc);
    expect(markdown).toContain(RLO);
    expect(unisolated(markdown)).toBe(0);
    const html = renderHtml(doc);
    const outsideBdi = html.replace(/<bdi>[^<]*<\/bdi>/g, '');
    expect(html).toContain(RLO);
    expect(outsideBdi).not.toContain(RLO);
  });

  it('keeps paragraphs of a long answer apart, each isolated', () => {
    const markdown = renderMarkdown(buildAfterActionReport({ ...FULL_REVIEW, detection: `First ${RLO}one.\n\nSecond ${RLO}two.` }));
    expect(markdown).toContain(`${FSI}First ${RLO}one.${PDI}\n\n${FSI}Second ${RLO}two.${PDI}`);
  });

  it('isolates a date that is not a date yet, as the preview of an unfinished review shows it', () => {
    const review = {
      ...FULL_REVIEW,
      startedOn: `2025-03 ${RLO}x`,
      endedOn: `${RLO}soon`,
      reviewedOn: `${RLO}later`,
      timeline: [{ when: `09:00 ${RLO}x`, what: 'Called' }],
      improvements: FULL_REVIEW.improvements.map((item) => ({ ...item, startOn: `${RLO}May`, completeBy: `${RLO}June` })),
    };
    for (const build of [buildAfterActionReport, buildComplianceReport]) {
      const markdown = renderMarkdown(build(review, { asOf: '2025-04-01' }));
      expect(markdown.split(RLO).length - 1).toBeGreaterThanOrEqual(5);
      expect(unisolated(markdown)).toBe(0);
    }
    expect(renderMarkdown(buildAfterActionReport(FULL_REVIEW))).toContain('March 14, 2025');
  });
});
