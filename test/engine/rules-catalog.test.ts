import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/engine/dates/calendar.ts';
import { CATALOG_RULES, COVERAGE_FILE, RULE_FILES } from '../../src/engine/rules/catalog.ts';
import { changelogSchema } from '../../src/engine/rules/dataset.ts';
import { isRuleFile, orderRuleFiles, ruleIndexSource } from '../../src/engine/rules/index-source.ts';
import { coverageSchema, ruleFileSchema } from '../../src/engine/rules/schema.ts';
import { US_JURISDICTION_CODES } from '../../src/engine/vocabulary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rulesDir = join(root, 'content/rules');

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFilesUnder(path);
    return name.endsWith('.json') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

const FEDERAL_IDS = [
  'hipaa-individuals',
  'hipaa-media',
  'hipaa-hhs-500-or-more',
  'hipaa-hhs-under-500',
  'hipaa-business-associate',
  'ftc-hbnr-individuals',
  'ftc-hbnr-ftc-500-or-more',
  'ftc-hbnr-ftc-under-500',
  'ftc-hbnr-media',
  'sec-8k-item-1-05',
  'gdpr-supervisory-authority',
  'gdpr-processor-to-controller',
  'gdpr-data-subjects',
  'part2-individuals',
  'part2-hhs-500-or-more',
  'part2-hhs-under-500',
  'part2-media',
];

describe('rules catalog', () => {
  it('imports every rules file under content/rules, through an index that is up to date', () => {
    const onDisk = jsonFilesUnder(rulesDir);
    expect(RULE_FILES.map((file) => file.path)).toEqual(orderRuleFiles(onDisk));
    const committed = readFileSync(join(root, 'src/engine/rules/rule-files.generated.ts'), 'utf8');
    expect(committed, 'run npm run rules:index').toBe(ruleIndexSource(onDisk));
  });

  it('reads neither worked cases, the coverage list nor the changelog as rules', () => {
    expect(isRuleFile('content/rules/states/tx.cases.json')).toBe(false);
    expect(isRuleFile('content/rules/coverage.json')).toBe(false);
    expect(isRuleFile('content/rules/changelog.json')).toBe(false);
    expect(isRuleFile('content/rules/states/tx.json')).toBe(true);
  });

  it('imports the files exactly as they are on disk', () => {
    for (const file of [...RULE_FILES, COVERAGE_FILE]) {
      expect(file.data, file.path).toEqual(JSON.parse(readFileSync(join(root, file.path), 'utf8')));
    }
  });

  for (const file of RULE_FILES) {
    it(`validates ${file.path} against the rule schema`, () => {
      const result = ruleFileSchema.safeParse(file.data);
      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 5))).toBe(true);
    });
  }

  it('names each state file after the jurisdiction of its rules', () => {
    for (const file of RULE_FILES.filter((f) => f.path.startsWith('content/rules/states/'))) {
      const code = file.path.slice('content/rules/states/'.length, -'.json'.length).toUpperCase();
      expect(US_JURISDICTION_CODES as string[]).toContain(code);
      for (const rule of ruleFileSchema.parse(file.data).rules) expect(rule.jurisdiction, rule.id).toBe(code);
    }
  });

  it('validates coverage.json against the coverage schema', () => {
    expect(coverageSchema.safeParse(COVERAGE_FILE.data).success).toBe(true);
  });

  it('names only rules that exist in the changelog, and its releases newest first', () => {
    const changelog = changelogSchema.parse(JSON.parse(readFileSync(join(root, 'content/rules/changelog.json'), 'utf8')));
    const ids = new Set(CATALOG_RULES.map((rule) => rule.id));
    for (const release of changelog.releases) {
      for (const change of release.changes) for (const id of change.rules ?? []) expect(ids.has(id), `${release.version}: ${id}`).toBe(true);
    }
  });

  it('records on every rule what it was checked against, with the words quoted and the date', () => {
    const unchecked = CATALOG_RULES.filter((rule) => !rule.verification).map((rule) => rule.id);
    expect(unchecked).toEqual([]);
  });

  it('has unique rule ids', () => {
    const ids = CATALOG_RULES.map((rule) => rule.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('has every federal rule id other files may refer to', () => {
    const ids = new Set(CATALOG_RULES.map((rule) => rule.id));
    for (const id of FEDERAL_IDS) expect(ids.has(id), id).toBe(true);
  });

  it('points every relative clock at an existing rule, without cycles', () => {
    const byId = new Map(CATALOG_RULES.map((rule) => [rule.id, rule]));
    for (const rule of CATALOG_RULES) {
      const seen = new Set<string>([rule.id]);
      let current = rule;
      while (current.clock.kind === 'relative') {
        const next = byId.get(current.clock.rule);
        expect(next, `${current.id} -> ${current.clock.rule}`).toBeDefined();
        if (!next) break;
        expect(seen.has(next.id), `cycle through ${next.id}`).toBe(false);
        seen.add(next.id);
        current = next;
      }
    }
  });

  it('has a real reviewedOn date on every rule, no earlier than its check against the text', () => {
    for (const rule of CATALOG_RULES) {
      expect(isIsoDate(rule.reviewedOn), `${rule.id} reviewedOn ${rule.reviewedOn}`).toBe(true);
      if (rule.verification) {
        expect(isIsoDate(rule.verification.checkedOn), rule.id).toBe(true);
        expect(rule.verification.checkedOn <= rule.reviewedOn, `${rule.id} checked after its review date`).toBe(true);
      }
    }
  });

  it('has a real inForceFrom date where one is given', () => {
    for (const rule of CATALOG_RULES) if (rule.inForceFrom) expect(isIsoDate(rule.inForceFrom), rule.id).toBe(true);
  });

  it('cites a primary source on every federal rule', () => {
    for (const rule of CATALOG_RULES.filter((r) => r.jurisdiction === 'US' || r.jurisdiction === 'EU')) {
      expect(new URL(rule.sourceUrl).hostname, rule.id).toMatch(/(^|\.)(ecfr\.gov|federalregister\.gov|sec\.gov|eur-lex\.europa\.eu)$/);
    }
  });
});
