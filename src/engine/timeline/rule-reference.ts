/** How the timeline's lists name a rule: its id, regime, jurisdiction, recipient and citation. */
import type { Rule } from '../rules/schema.ts';
import type { ConsideredRule } from './types.ts';

export function ruleReference(rule: Rule): Omit<ConsideredRule, 'reasons'> {
  return {
    ruleId: rule.id,
    regime: rule.regime,
    jurisdiction: rule.jurisdiction,
    recipientName: rule.recipientName,
    citation: rule.citation,
    sourceUrl: rule.sourceUrl,
  };
}
