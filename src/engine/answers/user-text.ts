/** The answers with every free-text value isolated (see document/user-text.ts), for building documents from. */
import { userText } from '../document/user-text.ts';
import type { Answers } from './schema.ts';

const isolated = <T extends string | undefined>(text: T): T => (text === undefined ? text : (userText(text) as T));

/** A group whose every value is free text. */
const mapTexts = <T extends Partial<Record<string, string>>>(group: T): T =>
  Object.fromEntries(Object.entries(group).map(([key, value]) => [key, isolated(value)])) as T;

/**
 * A copy of the answers in which every value the user typed freely (names, titles, policy numbers, system
 * descriptions, an official's name) is isolated. Phone numbers, email addresses, dates and choices are checked
 * against their own formats and cannot carry a bidirectional control. `user-text.test.ts` fails when a free-text
 * field is added to the schema without being listed here.
 */
export function isolateUserText(answers: Answers): Answers {
  const delay = answers.incident?.lawEnforcementDelay;
  return {
    ...answers,
    organization: {
      ...answers.organization,
      name: userText(answers.organization.name),
      outOfBandChannel: isolated(answers.organization.outOfBandChannel),
      ...(answers.organization.clients
        ? { clients: answers.organization.clients.map((client) => ({ ...client, name: userText(client.name) })) }
        : {}),
    },
    team: answers.team.map((contact) => ({
      ...contact,
      name: userText(contact.name),
      title: isolated(contact.title),
      policyNumber: isolated(contact.policyNumber),
      ...(contact.deputy ? { deputy: { ...contact.deputy, name: userText(contact.deputy.name), title: isolated(contact.deputy.title) } } : {}),
    })),
    systems: {
      ...answers.systems,
      ehrName: isolated(answers.systems.ehrName),
      backups: isolated(answers.systems.backups),
      downtimeProcedures: isolated(answers.systems.downtimeProcedures),
      ...(answers.systems.critical ? { critical: answers.systems.critical.map((system) => ({ ...system, name: userText(system.name) })) } : {}),
    },
    ...(answers.plans ? { plans: mapTexts(answers.plans) } : {}),
    ...(answers.governance ? { governance: mapTexts(answers.governance) } : {}),
    ...(answers.incident
      ? {
          incident: {
            ...answers.incident,
            codename: isolated(answers.incident.codename),
            ...(answers.incident.clockEvidence ? { clockEvidence: mapTexts(answers.incident.clockEvidence) } : {}),
            ...(answers.incident.notices
              ? {
                  notices: Object.fromEntries(
                    Object.entries(answers.incident.notices).map(([rule, notice]) => [
                      rule,
                      { ...notice, method: isolated(notice.method), reference: isolated(notice.reference), reason: isolated(notice.reason) },
                    ]),
                  ),
                }
              : {}),
            ...(delay && delay.kind === 'oral' ? { lawEnforcementDelay: { ...delay, official: isolated(delay.official) } } : {}),
            ...(delay && delay.kind === 'written' ? { lawEnforcementDelay: { ...delay, agency: isolated(delay.agency) } } : {}),
          },
        }
      : {}),
  };
}
