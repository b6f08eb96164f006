/**
 * Text from the answers in an exercise pack (issue 9: a right-to-left override in a name must not flip the pack's own
 * words) and the markup the tailoring island writes with the renderer's functions (issue 16: the site's tailored pack
 * is the HTML `breachline exercise` writes). Rendered in Node; the site and the CLI are compared in e2e/exercises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/components/exercises/render/html.ts';
import { renderPackPage } from '../../src/components/exercises/render/render-pack.ts';
import { relativeLinks } from '../../src/components/exercises/render/site-links.ts';
import { tailoredDeadlines } from '../../src/components/exercises/render/tailored-deadlines.ts';
import { userValue, userValues } from '../../src/components/exercises/render/user-value.ts';
import { PARTICIPANT_PACK, WHOLE_PACK } from '../../src/components/exercises/pack.ts';
import { tailorPack } from '../../src/islands/exercise-tailoring/tailor.ts';
import { checkDocumentHtml } from '../../src/security/trusted-types.ts';
import { versions } from '../support/exercises.ts';

const clinic = JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8'));
const ransomware = versions.find((v) => v.slug === 'ransomware-ehr-downtime')!;

/** Embeddings and overrides, isolates, and the two directional marks. */
const BIDI_CONTROLS = [
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'],
  ...['\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\u200E', '\u200F'],
];
const ISOLATE_CONTROLS = new Set(['\u2066', '\u2067', '\u2068', '\u2069']);
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function tailoredPack(answers: unknown, page: string = WHOLE_PACK.slug): string {
  const tailoring = tailorPack(answers, ransomware.incident);
  expect(tailoring).not.toBeNull();
  return renderPackPage(page, { version: ransomware, tailoring, guideTitles: {}, link: relativeLinks });
}

describe('userValue', () => {
  it('escapes the value inside a <bdi>', () => {
    expect(userValue('<img src=x onerror=alert(1)> & "co"').value).toBe('<bdi>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;</bdi>');
  });

  it('drops isolate controls, which could end the <bdi>’s isolate early, and keeps the other controls inside it', () => {
    expect(userValue('Lake\u2069side\u2066').value).toBe('<bdi>Lakeside</bdi>');
    expect(userValue('Lake\u202Eside').value).toBe('<bdi>Lake\u202Eside</bdi>');
  });
});

describe('userValues', () => {
  it('isolates each name on its own, the commas between them outside', () => {
    expect(userValues(['Dana\u202E Ortiz', 'Sam Lee']).value).toBe('<bdi>Dana\u202E Ortiz</bdi>, <bdi>Sam Lee</bdi>');
  });
});

describe('a tailored pack', () => {
  it.each(BIDI_CONTROLS.map((char) => [codePoint(char), char] as const))(
    'isolates an organization name holding %s: the words after it sit outside its <bdi>',
    (_name, char) => {
      const name = `Lakeside ${char}Family Clinic`;
      const shown = ISOLATE_CONTROLS.has(char) ? 'Lakeside Family Clinic' : name;
      const html = tailoredPack({ ...clinic, organization: { ...clinic.organization, name } });

      // Every bidirectional control in the pack is inside a <bdi>, and every time the name appears it is isolated.
      const outside = html.replace(/<bdi>[^<]*<\/bdi>/g, '');
      expect(outside).not.toMatch(ANY_CONTROL);
      expect(outside).not.toContain('Lakeside');
      const isolated = html.split(`<bdi>${shown}</bdi>`).length - 1;
      expect(isolated).toBeGreaterThan(5);
      expect(html.split('Lakeside').length - 1).toBe(isolated);

      // The pack's own words right after the name are outside its isolate, in the marking on every page and in the deadlines.
      expect(html).toContain(`<span data-tailor="organization" class="tailored"><bdi>${shown}</bdi></span> only; not a real event.`);
      expect(html).toContain(`for <bdi>${shown}</bdi> with this scenario’s incident.`);
    },
  );

  it('isolates every name in the answers, and the EHR, in the participant version as in the whole pack', () => {
    const answers = {
      ...clinic,
      team: [
        { role: 'incident-commander', name: 'Dana \u202EOrtiz', phone: '+1 (555) 010-0101' },
        { role: 'incident-commander', name: 'Jo \u202BKim', phone: '+1 (555) 010-0104' },
        { role: 'privacy-officer', name: 'Sam \u200FLee', phone: '+1 (555) 010-0102' },
      ],
      systems: { ...clinic.systems, ehrName: 'Example \u202DEHR' },
    };
    for (const page of [WHOLE_PACK.slug, PARTICIPANT_PACK.slug]) {
      const html = tailoredPack(answers, page);
      expect(html.replace(/<bdi>[^<]*<\/bdi>/g, '')).not.toMatch(ANY_CONTROL);
      expect(html).toContain('data-tailor-role="incident-commander"><bdi>Dana \u202EOrtiz</bdi>, <bdi>Jo \u202BKim</bdi></span>');
      expect(html).toContain('data-tailor-role="privacy-officer"><bdi>Sam \u200FLee</bdi></span>');
    }
    expect(tailoredPack(answers)).toContain('<span data-tailor="ehr" class="tailored"><bdi>Example \u202DEHR</bdi></span>');
  });

  it('holds a hostile name as escaped text only', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = tailoredPack({ ...clinic, organization: { ...clinic.organization, name: hostile }, systems: { ehrName: hostile } });
    expect(html).not.toContain('<img');
    expect(html).toContain(`<bdi>${escapeHtml(hostile)}</bdi>`);
  });
});

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
      const markup = [tailoredDeadlines(tailoring, relativeLinks), userValue(tailoring.organization ?? ''), userValues(Object.values(tailoring.people).flat())];
      for (const html of markup) expect(() => checkDocumentHtml(html.value), html.value).not.toThrow();
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
