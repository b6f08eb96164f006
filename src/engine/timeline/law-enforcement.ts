/**
 * Law-enforcement delay, shown as such: which notices it holds back and until when. It never silently moves a
 * deadline. Under the `hipaa-164-412` model (45 CFR 164.412) a written statement holds a notice for the period it
 * specifies; an oral statement, documented, for no longer than the rule's `oralStatementDays` from the statement
 * unless a written one follows.
 */
import type { LawEnforcementDelayAnswer } from '../answers/schema.ts';
import { addBusinessDays } from '../dates/business-days.ts';
import { addDays, longDate } from '../dates/calendar.ts';
import { resumeWords } from '../rules/describe.ts';
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
  if (model === 'state') return stateHold(rule.lawEnforcementDelay, delay);
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
    explanation: `${citation} provides for a delay at law enforcement's request but does not say how long an oral request holds the notice. Ask for the request in writing and check with counsel. ${after}`,
  };
}

type RuleDelay = NonNullable<Rule['lawEnforcementDelay']>;

/** A state law's own delay: who may ask, in what form, and when the notice is due again. */
function stateHold(terms: RuleDelay, delay: Exclude<LawEnforcementDelayAnswer, { kind: 'none' }>): LawEnforcementHold | null {
  const { citation, requestedBy = 'law enforcement', resumes = { kind: 'promptly' } } = terms;
  if (delay.kind === 'oral' && terms.form === 'written') return null;
  const again = `send it ${resumeWords(resumes)} after ${requestedBy} says that notice will no longer impede the investigation`;
  if (delay.kind === 'written') {
    const resumeBy =
      resumes.kind === 'within'
        ? resumes.unit === 'business-days'
          ? addBusinessDays(delay.endsOn, resumes.amount)
          : addDays(delay.endsOn, resumes.amount)
        : null;
    return {
      citation,
      heldUntil: delay.endsOn,
      explanation: `${citation} lets ${requestedBy} delay this notice. The written request runs until ${longDate(delay.endsOn)}: hold the notice until then, and ${again}${resumeBy ? ` (if that is when the request ends, by ${longDate(resumeBy)})` : ''}. The dates shown are the limits without the delay.`,
    };
  }
  return {
    citation,
    heldUntil: null,
    explanation: `${citation} lets ${requestedBy} delay this notice, and does not require the request in writing. Hold it while the request stands, and ${again}. Ask for the request and its end in writing, and keep a record of it. The dates shown are the limits without the delay.`,
  };
}

/** Why a delay the answers record does not hold this notice, where the rule's own terms exclude it. */
export function delayNotHeldNote(rule: Rule, delay: LawEnforcementDelayAnswer | undefined): string | null {
  const terms = rule.lawEnforcementDelay;
  if (!delay || delay.kind !== 'oral' || terms?.model !== 'state' || terms.form !== 'written') return null;
  return `${terms.citation} allows a delay only when ${terms.requestedBy ?? 'law enforcement'} asks in writing. An oral request does not hold this notice: ask the agency to put its request in writing.`;
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
