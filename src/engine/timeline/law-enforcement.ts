/**
 * Law-enforcement delay, shown as such: which notices it holds back and until when. It never silently moves a
 * deadline. 45 CFR 164.412: a written statement holds a notice for the period it specifies; an oral statement,
 * documented, for no longer than 30 days from the statement unless a written one follows.
 */
import type { LawEnforcementDelayAnswer } from '../answers/schema.ts';
import { addBusinessDays } from '../dates/business-days.ts';
import { addDays } from '../dates/calendar.ts';
import { limitWords, longDate } from '../words.ts';
import type { Rule } from '../rules/schema.ts';
import type { LawEnforcementHold } from './types.ts';

export const ORAL_DELAY_DAYS = 30;

export function holdFor(rule: Rule, delay: LawEnforcementDelayAnswer | undefined): LawEnforcementHold | null {
  if (!delay || delay.kind === 'none' || !rule.lawEnforcementDelay) return null;
  const { model, citation } = rule.lawEnforcementDelay;
  const after = 'The dates shown are the limits without the delay. When the delay ends, send without unreasonable delay.';
  if (model === 'hipaa-164-412') {
    if (delay.kind === 'written') {
      return {
        citation,
        heldUntil: delay.endsOn,
        explanation: `A law enforcement official's written statement asks you to delay until ${delay.endsOn}; ${citation} lets you hold this notice for the period it specifies. ${after}`,
      };
    }
    const heldUntil = addDays(delay.statedOn, ORAL_DELAY_DAYS);
    return {
      citation,
      heldUntil,
      explanation: `An official asked orally on ${delay.statedOn} for a delay. Document the statement and who made it; ${citation} lets you hold this notice temporarily, no longer than ${ORAL_DELAY_DAYS} days from the oral statement (until ${heldUntil}), unless a written statement arrives in that time: if one does, record it. ${after}`,
    };
  }
  if (model === 'state') return stateHold(rule.lawEnforcementDelay, delay);
  if (delay.kind === 'written') {
    return {
      citation,
      heldUntil: delay.endsOn,
      explanation: `${citation} provides for a delay at law enforcement's request. A written statement asks you to wait until ${delay.endsOn}: confirm with counsel that this law allows that period. ${after}`,
    };
  }
  return {
    citation,
    heldUntil: null,
    explanation: `${citation} provides for a delay at law enforcement's request, but Breachline has not modelled how long an oral request allows. Ask for the request in writing and check with counsel. ${after}`,
  };
}

type RuleDelay = NonNullable<Rule['lawEnforcementDelay']>;

/** When a held notice is due again, in words: "without unreasonable delay" or "within 7 calendar days". */
function resumeWords(resumes: NonNullable<RuleDelay['resumes']>): string {
  return resumes.kind === 'promptly' ? 'without unreasonable delay' : `within ${limitWords(resumes)}`;
}

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

export function delaySummaryWords(delay: Exclude<LawEnforcementDelayAnswer, { kind: 'none' }>): string {
  if (delay.kind === 'written') {
    return `A written law-enforcement statement asks for notice to be delayed until ${delay.endsOn}. It holds back only the notices listed; the others keep their dates.`;
  }
  return `Law enforcement asked orally on ${delay.statedOn} for notice to be delayed. Under HIPAA that holds notices for at most ${ORAL_DELAY_DAYS} days unless a written statement follows. It holds back only the notices listed; the others keep their dates.`;
}
