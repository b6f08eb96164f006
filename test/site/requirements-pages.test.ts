import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { CATALOG_RULES, COVERAGE, type Rule } from '../../src/engine/index.ts';
import { US_JURISDICTION_CODES, US_JURISDICTIONS, type Jurisdiction } from '../../src/engine/vocabulary.ts';
import { assertBuilt, DIST } from '../support/site.ts';

assertBuilt();

const pageFor = (jurisdiction: Jurisdiction): string =>
  jurisdiction === 'US' || jurisdiction === 'EU'
    ? `${DIST}/requirements/index.html`
    : `${DIST}/requirements/${jurisdiction.toLowerCase()}/index.html`;
const read = (file: string): string => readFileSync(file, 'utf8');

const decode = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The visible text of the main content, tags removed and white space collapsed. */
const mainText = (html: string): string =>
  decode(/<main[\s\S]*<\/main>/.exec(html)?.[0].replace(/<[^>]+>/g, ' ') ?? '').replace(/\s+/g, ' ');
/** Every citation link on a page, as [rule id, href]. */
const citationLinks = (html: string): [string, string][] =>
  [...html.matchAll(/<a\b[^>]*\bclass="citation"[^>]*>/g)].map((m) => {
    const tag = m[0];
    return [/\sdata-rule="([^"]*)"/.exec(tag)?.[1] ?? '', decode(/\shref="([^"]*)"/.exec(tag)?.[1] ?? '')];
  });

const requirementPages = [pageFor('US'), ...US_JURISDICTION_CODES.map(pageFor)];
const uncovered = US_JURISDICTION_CODES.filter((code) => !CATALOG_RULES.some((rule) => rule.jurisdiction === code));

describe('requirements pages', () => {
  it.each(US_JURISDICTION_CODES)('has a page for %s headed with its name', (code) => {
    expect(existsSync(pageFor(code))).toBe(true);
    const html = read(pageFor(code));
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(`${decode(US_JURISDICTIONS[code])}: breach notification requirements`);
    expect(html).toContain('data-pagefind-body');
  });

  it.each(CATALOG_RULES.map((rule) => [rule.id, rule] as [string, Rule]))('shows rule %s on its page', (id, rule) => {
    expect(read(pageFor(rule.jurisdiction))).toContain(`id="rule-${id}"`);
  });

  it('has at least one jurisdiction without rules, and says "Not covered yet" for each, on its page and on the index', () => {
    expect(uncovered.length).toBeGreaterThan(0);
    const index = mainText(read(pageFor('US')));
    for (const code of uncovered) {
      expect(mainText(read(pageFor(code)))).toContain(
        "Not covered yet: Breachline has not confirmed this jurisdiction's law. Check it with counsel.",
      );
      expect(index).toMatch(new RegExp(`${US_JURISDICTIONS[code]} Not covered yet`));
    }
  });

  it.each(COVERAGE.notCovered.map((gap) => [gap.jurisdiction, gap.topic, gap] as const))(
    'lists the not-covered topic of %s: %s',
    (jurisdiction, topic) => {
      const text = mainText(read(pageFor(jurisdiction))).toLowerCase();
      expect(text).toContain(topic.replace(/\s+/g, ' ').toLowerCase());
    },
  );

  it("links every citation to its rule's source, and every rule has a citation link", () => {
    const linked = new Set<string>();
    const wrong: string[] = [];
    for (const file of requirementPages) {
      for (const [id, href] of citationLinks(read(file))) {
        const rule = CATALOG_RULES.find((candidate) => candidate.id === id);
        if (!rule || rule.sourceUrl !== href) wrong.push(`${id}: ${href}`);
        linked.add(id);
      }
    }
    expect(wrong).toEqual([]);
    expect(CATALOG_RULES.map((rule) => rule.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('puts every table inside a labelled, focusable scroll region, with a caption and scoped headers', () => {
    for (const file of requirementPages) {
      const html = read(file);
      const tables = html.match(/<table\b/g) ?? [];
      const regions = [...html.matchAll(/<div class="table-scroll" role="region" aria-labelledby="([^"]+)" tabindex="0">\s*<table\b/g)];
      expect(regions).toHaveLength(tables.length);
      for (const [, label] of regions) expect(html).toContain(`<caption id="${label}">`);
      expect(html).not.toMatch(/<th(?![^>]*\sscope="(col|row)")[\s>]/);
    }
  });

  it('links the index to the answers schema', () => {
    expect(read(pageFor('US'))).toContain('href="/answers.schema.json"');
  });
});

describe('/answers.schema.json', () => {
  it('is JSON Schema with properties', () => {
    const schema = JSON.parse(read(`${DIST}/answers.schema.json`)) as Record<string, unknown>;
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(typeof schema.properties).toBe('object');
    expect(Object.keys(schema.properties as object)).toContain('organization');
  });
});
