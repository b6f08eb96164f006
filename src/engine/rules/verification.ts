/** What a reader is told about how a rule was checked: one wording for every page and document. */
import { longDate } from '../words.ts';
import type { Rule } from './schema.ts';

const AGAINST_WORDS = {
  'statute-text': 'the statute text',
  'regulation-text': 'the regulation text',
} as const;

/** "Checked against the statute text (§ 521.053(b)) on December 1, 2026." or the secondary-source warning. */
export function verificationWords(rule: Pick<Rule, 'verification'>): string {
  const checked = rule.verification;
  if (!checked) return 'Not yet checked against the text of the law: confirm with counsel.';
  if (checked.against === 'secondary') {
    return `Based on a secondary summary, checked on ${longDate(checked.checkedOn)}: confirm with counsel.`;
  }
  return `Checked against ${AGAINST_WORDS[checked.against]} (${checked.pinpoint}) on ${longDate(checked.checkedOn)}.`;
}

/** True when the rule rests on the law's own words. */
export function checkedAgainstText(rule: Pick<Rule, 'verification'>): boolean {
  return rule.verification !== undefined && rule.verification.against !== 'secondary';
}
