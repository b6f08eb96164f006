/** The rules catalog cut the way the requirements pages show it: by jurisdiction, by regime, with coverage. */
import { CATALOG_RULES, COVERAGE, type Rule } from '../../engine/index.ts';
import { US_JURISDICTION_CODES, type Jurisdiction, type UsJurisdiction } from '../../engine/vocabulary.ts';
import { longDate } from '../../engine/dates/calendar.ts';
import { recipientWords } from '../../engine/rules/describe.ts';
import { href } from '../../utils/site-path.ts';

export type CoverageGap = (typeof COVERAGE.notCovered)[number];

/** The 56 US jurisdictions, in the vocabulary's order (50 states, DC, territories). */
export const JURISDICTION_CODES: readonly UsJurisdiction[] = US_JURISDICTION_CODES;

/** The page and anchor where a rule is described: its jurisdiction's page, or the index for US and EU rules. */
export function ruleHref(rule: Pick<Rule, 'id' | 'jurisdiction'>): string {
  const page = rule.jurisdiction === 'US' || rule.jurisdiction === 'EU' ? '' : `${rule.jurisdiction.toLowerCase()}/`;
  return href(`/requirements/${page}#rule-${rule.id}`);
}

/** "/requirements/tx/" (under the base). */
export function jurisdictionHref(code: UsJurisdiction): string {
  return href(`/requirements/${code.toLowerCase()}/`);
}

export function rulesFor(jurisdiction: Jurisdiction, rules: readonly Rule[] = CATALOG_RULES): Rule[] {
  return rules.filter((rule) => rule.jurisdiction === jurisdiction);
}

export function gapsFor(jurisdiction: Jurisdiction, gaps: readonly CoverageGap[] = COVERAGE.notCovered): CoverageGap[] {
  return gaps.filter((gap) => gap.jurisdiction === jurisdiction);
}

/** Federal and EU rules grouped by regime, in catalog order: HIPAA, FTC, SEC, GDPR, 42 CFR Part 2. */
export function federalRegimes(rules: readonly Rule[] = CATALOG_RULES): { regime: string; slug: string; rules: Rule[] }[] {
  const groups = new Map<string, Rule[]>();
  for (const rule of rules) {
    if (rule.jurisdiction !== 'US' && rule.jurisdiction !== 'EU') continue;
    groups.set(rule.regime, [...(groups.get(rule.regime) ?? []), rule]);
  }
  return [...groups].map(([regime, grouped]) => ({ regime, slug: slugify(regime), rules: grouped }));
}

/** "hipaa-breach-notification-rule". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** When the rules were last checked: one date, or the oldest and newest when they differ. */
export function reviewedWords(rules: readonly Rule[]): string {
  const dates = [...new Set(rules.map((rule) => rule.reviewedOn))].sort();
  if (dates.length === 0) return '';
  if (dates.length === 1) return longDate(dates[0]!);
  return `${longDate(dates[0]!)} to ${longDate(dates[dates.length - 1]!)}`;
}

/**
 * A heading per rule: "Notice to the Attorney General". When several rules of one page share a recipient they are
 * numbered ("Notice to the Attorney General (2 of 3)"), so no two headings on a page read the same.
 */
export function ruleHeadings(rules: readonly Rule[]): Map<string, string> {
  const base = new Map(rules.map((rule) => [rule.id, `Notice to ${recipientWords(rule)}`]));
  const headings = new Map<string, string>();
  for (const rule of rules) {
    const text = base.get(rule.id)!;
    const same = rules.filter((other) => base.get(other.id) === text);
    headings.set(rule.id, same.length > 1 ? `${text} (${same.indexOf(rule) + 1} of ${same.length})` : text);
  }
  return headings;
}
