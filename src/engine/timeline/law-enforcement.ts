/**
 * Law-enforcement delay, shown as such: which notices it holds back and until when. It never silently moves a
 * deadline. Under the `hipaa-164-412` model (45 CFR 164.412) a written statement holds a notice for the period it
 * specifies; an oral statement, documented, for no longer than the rule's `oralStatementDays` from the statement
 * unless a written one follows.
 */
import type { LawEnforcementDelayAnswer } from '../answers/schema.ts';
import { addDays, longDate } from '../dates/calendar.ts';
import type { Rule } from '../rules/schema.ts';
import type { LawEnforcementHold } from './types.ts';

export function holdFor(rule: Rule, delay: LawEnforcementDelayAnswer | undefined): LawEnforcementHold | null {
  if (!delay || delay.kind === 'none' || !rule.lawEnforcementDelay) return null;
  const { model, citation, oralStatementDays } = rule.lawEnforcementDelay;
  const after = 'The dates shown are the limits without the delay. When the delay ends, send without unreasonable delay.';
  if (model === 'hipaa-164-412') {
    if (delay.kind === 'written') {
      return {
        citation,
        heldUntil: delay.endsOn,
        explanation: `A law enforcement official's written statement asks you to delay until ${longDate(delay.endsOn)}; ${citation} lets you hold this notice for the period it specifies. ${after}`,
      };
    }
    if (oralStatementDays !== undefined) {
      const heldUntil = addDays(delay.statedOn, oralStatementDays);
      return {
        citation,
        heldUntil,
        explanation: `An official asked orally on ${longDate(delay.statedOn)} for a delay. Document the statement and who made it; ${citation} lets you hold this notice temporarily, no longer than ${oralStatementDays} days from the oral statement (until ${longDate(heldUntil)}), unless a written statement arrives in that time: if one does, record it. ${after}`,
      };
    }
  }
  if (delay.kind === 'written') {
    return {
      citation,
      heldUntil: delay.endsOn,
      explanation: `${citation} provides for a delay at law enforcement's request. A written statement asks you to wait until ${longDate(delay.endsOn)}: confirm with counsel that this law allows that period. ${after}`,
    };
  }
  return {
    citation,
    heldUntil: null,
    explanation: `${citation} provides for a delay at law enforcement's request, but Breachline has not modelled how long an oral request allows. Ask for the request in writing and check with counsel. ${after}`,
  };
}

/** The delay for the whole timeline. `rules`: the rules whose notices it holds, for the longest an oral request lasts. */
export function delaySummaryWords(delay: Exclude<LawEnforcementDelayAnswer, { kind: 'none' }>, rules: readonly Rule[]): string {
  const rest = 'It holds back only the notices listed; the others keep their dates.';
  if (delay.kind === 'written') {
    return `A written law-enforcement statement asks for notice to be delayed until ${longDate(delay.endsOn)}. ${rest}`;
  }
  const oral = rules.flatMap((rule) => {
    const days = rule.lawEnforcementDelay?.oralStatementDays;
    return days ? [{ days, citation: rule.lawEnforcementDelay!.citation }] : [];
  });
  const days = [...new Set(oral.map((entry) => entry.days))];
  const citations = [...new Set(oral.map((entry) => entry.citation))].join('; ');
  const limit = days.length === 1 ? ` Under ${citations} that holds notices for at most ${days[0]} days unless a written statement follows.` : '';
  return `Law enforcement asked orally on ${longDate(delay.statedOn)} for notice to be delayed.${limit} ${rest}`;
}
