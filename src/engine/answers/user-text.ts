/** The answers with every free-text value isolated (see document/user-text.ts), for building documents from. */
import { userText } from '../document/user-text.ts';
import type { Answers } from './schema.ts';

const isolated = <T extends string | undefined>(text: T): T => (text === undefined ? text : (userText(text) as T));

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
      ...(answers.organization.clients
        ? { clients: answers.organization.clients.map((client) => ({ ...client, name: userText(client.name) })) }
        : {}),
    },
    team: answers.team.map((contact) => ({
      ...contact,
      name: userText(contact.name),
      title: isolated(contact.title),
      policyNumber: isolated(contact.policyNumber),
    })),
    systems: {
      ...answers.systems,
      ehrName: isolated(answers.systems.ehrName),
      backups: isolated(answers.systems.backups),
      downtimeProcedures: isolated(answers.systems.downtimeProcedures),
    },
    ...(answers.incident
      ? {
          incident: {
            ...answers.incident,
            ...(delay && delay.kind === 'oral' ? { lawEnforcementDelay: { ...delay, official: isolated(delay.official) } } : {}),
            ...(delay && delay.kind === 'written' ? { lawEnforcementDelay: { ...delay, agency: isolated(delay.agency) } } : {}),
          },
        }
      : {}),
  };
}
