/**
 * What the answers know that a notice needs, each in the words a draft uses, or a [bracketed placeholder] for
 * what they do not say. Text typed by the user comes back isolated (userText).
 */
import type { Answers, Contact } from '../answers/schema.ts';
import { longDate } from '../dates/calendar.ts';
import { userText } from '../document/user-text.ts';
import { LETTER_DATA_WORDS } from '../plan/notices.ts';
import { people, residentsOf, residentsWords, totalAffected } from '../rules/counts.ts';
import type { Obligation } from '../timeline/types.ts';
import { listWords } from '../words.ts';

export interface PacketFacts {
  organization: string;
  contactName: string;
  contactLine: string;
  discoveredOn: string;
  affected: string;
  affectedCount: number | null;
  dataWords: string;
  delayWords: string;
}

function contact(answers: Answers): Contact | undefined {
  return answers.team.find((member) => member.role === 'privacy-officer') ?? answers.team.find((member) => member.role === 'incident-commander');
}

/** The facts for a notice under this obligation: counts are of the State's residents for a per-State or State rule. */
export function packetFacts(answers: Answers, obligation: Obligation): PacketFacts {
  const incident = answers.incident;
  const person = contact(answers);
  const where = obligation.forJurisdiction ?? (obligation.jurisdiction === 'US' || obligation.jurisdiction === 'EU' ? null : obligation.jurisdiction);
  const count = incident ? (where ? residentsOf(incident.affected, where) : totalAffected(incident.affected)) : null;
  const reach = [person?.phone, person?.email].filter((item): item is string => Boolean(item)).map(userText);
  const delay = incident?.lawEnforcementDelay;
  return {
    organization: userText(answers.organization.name),
    contactName: person ? userText(person.name) : '[name of your privacy officer]',
    contactLine: reach.length > 0 ? listWords(reach) : '[toll-free number, email address and postal address]',
    discoveredOn: incident ? longDate(incident.discoveredOn) : '[date of discovery]',
    affected: count === null ? '[number of people affected]' : where ? residentsWords(count, where) : people(count),
    affectedCount: count,
    dataWords: incident ? listWords(incident.dataKinds.map((kind) => LETTER_DATA_WORDS[kind])) : '[the kinds of information involved]',
    delayWords:
      delay && delay.kind !== 'none'
        ? 'This notice was delayed at the request of law enforcement, because notice earlier would have impeded its investigation.'
        : 'This notice was not delayed by a law enforcement investigation.',
  };
}
