/**
 * The markup the tailoring island writes with the renderer's functions (issue 16: the site's tailored pack is the HTML
 * `breachline exercise` writes). Rendered in Node; the site and the CLI are compared in e2e/exercises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relativeLinks } from '../../src/components/exercises/render/site-links.ts';
import { tailoredDeadlines } from '../../src/components/exercises/render/tailored-deadlines.ts';
import { tailorPack } from '../../src/islands/exercise-tailoring/tailor.ts';
import { checkDocumentHtml } from '../../src/security/trusted-types.ts';
import { versions } from '../support/exercises.ts';

const ransomware = versions.find((v) => v.slug === 'ransomware-ehr-downtime')!;

describe('tailoredDeadlines', () => {
  const fixtures = readdirSync('test/fixtures/answers').filter((f) => f.endsWith('.json') && f !== 'invalid.json');
  const unfinished = { organization: { name: 'Harbor <b>Street</b> \u202EPediatrics' } };

  // The island puts these into the page through the Trusted Types policy for the engine's HTML, which throws on any
  // element or attribute it does not expect: a tag added here that the policy refuses would break tailoring on the site.
  it.each(fixtures)('writes markup the site’s Trusted Types policy accepts, for %s in every scenario version', (file) => {
    const answers = JSON.parse(readFileSync(`test/fixtures/answers/${file}`, 'utf8'));
    for (const version of versions) {
      const tailoring = tailorPack(answers, version.incident);
      if (!tailoring) continue;
      const html = tailoredDeadlines(tailoring, relativeLinks).value;
      expect(() => checkDocumentHtml(html), html).not.toThrow();
    }
  });

  it('says why it cannot date the notices for an unfinished draft, and points to the plan builder and the requirements', () => {
    const html = tailoredDeadlines(tailorPack(unfinished, ransomware.incident)!, relativeLinks).value;
    expect(() => checkDocumentHtml(html)).not.toThrow();
    expect(html).toContain('do not yet say enough');
    expect(html).toContain('<a href="/plan/">Build your plan</a>');
    expect(html).toContain('<a href="/requirements/">notification requirements</a>');
    expect(html).not.toMatch(/Day \d+:/);
  });
});
