import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../../src/islands/shared/ErrorSummary.tsx';

const problems = [
  { fieldId: 'q-organization-name', text: 'What is the name of your organization? Answer this question: it is required.' },
  { fieldId: 'review-startedOn', text: 'Start date: Enter a real date as YYYY-MM-DD.' },
];

describe('ErrorSummary', () => {
  const html = render(h(ErrorSummary, { problems, summaryRef: { current: null }, onSelect: () => undefined }));

  it('is announced as an alert and named by its heading', () => {
    expect(html).toMatch(/^<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">/);
    expect(html).toContain('<h2 id="error-summary-title">There is a problem</h2>');
  });

  it('links each problem to its field, in order, with its words', () => {
    const links = [...html.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['q-organization-name', 'What is the name of your organization? Answer this question: it is required.'],
      ['review-startedOn', 'Start date: Enter a real date as YYYY-MM-DD.'],
    ]);
  });

  it('escapes what a problem says', () => {
    const hostile = render(h(ErrorSummary, { problems: [{ fieldId: 'x', text: '<img src=x onerror=alert(1)>' }], summaryRef: { current: null }, onSelect: () => undefined }));
    expect(hostile).not.toContain('<img');
  });
});
