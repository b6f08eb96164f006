/**
 * External contacts, listed before they are needed: law enforcement, federal cyber agencies, the health sector's
 * information-sharing center, the regulators the rules data names for the organization's states, the local police
 * and the managed service provider. Web addresses are the agencies' own; regulators come from the rules data.
 */
import type { Block, Inline } from '../document/model.ts';
import { jurisdictionName } from '../rules/counts.ts';
import { dataHolding } from '../rules/evaluate.ts';
import type { Rule } from '../rules/schema.ts';
import { contactsFor, isHipaa, type PlanContext, type PlanPart } from './context.ts';
import { asDataOwner, rulesForOrganization } from './notification.ts';

function site(text: string, href: string): Inline {
  return { text, href };
}

/** The team's own contact for a role, or a line to write it in. */
function teamContact(ctx: PlanContext, role: 'law-enforcement' | 'it-ehr-vendor'): Inline[] {
  const contact = contactsFor(ctx, role)[0];
  if (!contact) return ['[name and phone]'];
  return [contact.name, ...(contact.phone ? [`, ${contact.phone}`] : [])];
}

/** Regulators the organization's rules name (attorneys general, state regulators, the FTC, HHS), once each. */
function regulatorRules(ctx: PlanContext, forClients: boolean): Rule[] {
  const seen = new Set<string>();
  return rulesForOrganization(forClients ? { ...ctx, answers: asDataOwner(ctx.answers) } : ctx)
    .filter((rule) => ['attorney-general', 'state-regulator', 'hhs', 'ftc', 'insurance-regulator'].includes(rule.recipient))
    // A regulator for some kinds of entity only (public agencies, licensed facilities) when the answers say it is one.
    .filter((rule) => !rule.appliesTo.entityTypes || rule.appliesTo.entityTypes.some((kind) => ctx.answers.organization.entityTypes?.includes(kind)))
    .filter((rule) => {
      const key = `${rule.jurisdiction}:${rule.recipientName}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function externalContactsSection(ctx: PlanContext): PlanPart {
  const rows: Inline[][][] = [
    [['FBI field office'], ['Ransomware, extortion, data theft, business email compromise'], [site('Field office list at fbi.gov', 'https://www.fbi.gov/contact-us/field-offices')], ['']],
    [['FBI Internet Crime Complaint Center (IC3)'], ['A written report of any cyber crime, with the losses'], [site('ic3.gov', 'https://www.ic3.gov')], ['']],
    [['U.S. Secret Service field office'], ['Payment card or financial fraud, and network intrusions'], [site('Field office list at secretservice.gov', 'https://www.secretservice.gov/contact/field-offices')], ['']],
    [['CISA (Cybersecurity and Infrastructure Security Agency)'], ['Reporting an incident and sharing indicators; technical help'], [site('cisa.gov/report', 'https://www.cisa.gov/report')], ['']],
    [['Health-ISAC (health sector information sharing)'], ['Sharing indicators with, and hearing from, other health organizations'], [site('h-isac.org', 'https://h-isac.org')], ['']],
    [['Local police'], ['Theft of devices or paper records; a threat to people or premises'], [''], teamContact(ctx, 'law-enforcement')],
    [[ctx.profile.usesEhr ? 'IT or EHR vendor, or managed service provider' : 'Managed service provider or IT provider'], ['Containment, logs, restores'], [''], teamContact(ctx, 'it-ehr-vendor')],
  ];
  if (isHipaa(ctx) && ctx.answers.organization.role !== 'business-associate') {
    rows.push([['HHS Office for Civil Rights breach portal'], ['Breach reports to the Secretary of HHS, when the rules below require them'], [site('ocrportal.hhs.gov/ocr/breach', 'https://ocrportal.hhs.gov/ocr/breach')], ['']]);
  }
  const forClients = dataHolding(ctx.answers) === 'clients';
  const regulators = regulatorRules(ctx, forClients);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: ['Look up and write in the local numbers now, and call each once a year to check them. Who is called, and when, is decided on the first call; counsel is told before any report to law enforcement or a regulator.'],
    },
    { kind: 'table', caption: 'Law enforcement, agencies and service providers', header: ['Who', 'When', 'Where to find them', 'Local contact and phone'], rows },
    {
      kind: 'checklist',
      items: [
        ['Once counsel agrees, share indicators of compromise (addresses, domains, file hashes, email senders: never patient or member information) with Health-ISAC or CISA, so others can block the same attack.'],
        ['Record each report made: to whom, when, by whom, the reference number, and any request to delay notice.'],
      ],
    },
  ];
  if (regulators.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: forClients ? 'Regulators your clients notify' : 'Regulators the rules name for your organization' },
      {
        kind: 'paragraph',
        content: [
          forClients
            ? 'As the owners of the data, your clients notify these regulators where the law requires it; you support them with the facts. From the rules data, by jurisdiction:'
            : 'From the rules data, by jurisdiction; whether each must be notified depends on the incident (see Notification procedures):',
        ],
      },
      {
        kind: 'table',
        caption: 'Regulators',
        header: ['Jurisdiction', 'Regulator', 'Rule'],
        rows: regulators.map((rule) => [[jurisdictionName(rule.jurisdiction)], [rule.recipientName], [{ text: rule.citation, href: rule.sourceUrl }]]),
      },
    );
  }
  return { id: 'external-contacts', title: 'External contacts', blocks, pageBreakBefore: true };
}
