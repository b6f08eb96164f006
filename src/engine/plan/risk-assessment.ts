/**
 * The HIPAA breach test in full, for organizations HIPAA binds: is the information unsecured, does an exception
 * apply, the presumption of breach and its four-factor risk assessment (as blocks to write in), the regulator's
 * position on ransomware, the discovery date, and a breach reported by a business associate. Every statement of
 * the law comes from the provisions and rules data, with its citation.
 */
import type { Block, Inline } from '../document/model.ts';
import { describeDeadline } from '../rules/describe.ts';
import type { Provision } from '../rules/provision-schema.ts';
import { provisionById } from '../rules/provisions.ts';
import type { Rule } from '../rules/schema.ts';
import { DATA_KIND_LABELS, ROLE_LABELS } from '../vocabulary.ts';
import { lowerFirst } from '../words.ts';
import { isHipaa, longDate, who, Who, type PlanContext, type PlanPart } from './context.ts';

export const RISK_ASSESSMENT_TITLE = 'HIPAA breach test and risk assessment';

function cite(provision: Pick<Provision, 'citation' | 'sourceUrl'>): Inline {
  return { text: provision.citation, href: provision.sourceUrl };
}

/** Questions that help answer each factor, in the factors' order. */
const FACTOR_QUESTIONS: readonly string[][] = [
  [
    'Which identifiers: names, addresses, dates of birth, Social Security or account numbers, medical record numbers?',
    'How sensitive is the clinical or financial information (diagnoses, mental health, substance use, HIV status, payment details)?',
    'Could the information be used to identify someone, or be linked with other information to do so?',
  ],
  ['Who received or used it: another HIPAA-bound organization, a workforce member, an unknown attacker?', 'Do they have obligations to protect it, or a motive to misuse it?'],
  ['Does forensic evidence show the information was opened, viewed, copied or taken, or only that it could have been?'],
  ['Was it returned or destroyed, with a written assurance? Were accounts closed or credentials changed? What else reduces the risk?'],
];

/** The federal rule by which a business associate tells its covered entity of a breach. */
export function businessAssociateNoticeRule(rules: readonly Rule[]): Rule | undefined {
  return rules.find((rule) => rule.jurisdiction === 'US' && rule.recipient === 'covered-entity' && rule.appliesTo.roles?.includes('business-associate'));
}

function step(title: string): Block {
  return { kind: 'heading', level: 3, text: title };
}

function unsecuredBlocks(ctx: PlanContext): Block[] {
  const unsecured = provisionById(ctx.provisions, 'hipaa-unsecured-phi');
  const incident = ctx.answers.incident;
  const blocks: Block[] = [
    step('Step 1: Was it unsecured protected health information?'),
    { kind: 'paragraph', content: [unsecured.summary, ' (', cite(unsecured), ')'] },
    { kind: 'checklist', items: (unsecured.items ?? []).map((item) => [`Secured if: ${lowerFirst(item)}.`]) },
    { kind: 'paragraph', content: ['If all the information was secured this way, the HIPAA breach rule does not require notice: record the evidence (encryption reports, the key’s location, destruction certificates) in the incident file. State laws may still apply.'] },
  ];
  if (incident) {
    blocks.push({
      kind: 'paragraph',
      content: [
        { text: 'From your answers: ', strong: true },
        `discovered ${longDate(incident.discoveredOn)}; data involved: ${incident.dataKinds.map((kind) => DATA_KIND_LABELS[kind]).join('; ')}; ${incident.secured ? 'recorded as secured (encrypted to the standard with the key safe, or destroyed)' : 'recorded as not secured'}.`,
      ],
    });
  }
  return blocks;
}

function exceptionBlocks(ctx: PlanContext): Block[] {
  const exceptions = provisionById(ctx.provisions, 'hipaa-breach-exceptions');
  return [
    step('Step 2: Does one of the three exceptions apply?'),
    { kind: 'paragraph', content: [exceptions.summary, ' (', cite(exceptions), ')'] },
    { kind: 'checklist', items: (exceptions.items ?? []).map((item) => [item]) },
    { kind: 'write-in', label: 'Exception relied on, and the facts that show it fits (or “none”)', lines: 3 },
  ];
}

function presumptionBlocks(ctx: PlanContext): Block[] {
  const presumption = provisionById(ctx.provisions, 'hipaa-breach-presumption');
  const ransomware = provisionById(ctx.provisions, 'ocr-ransomware-guidance');
  const blocks: Block[] = [
    step('Step 3: The presumption of breach and the four factors'),
    {
      kind: 'paragraph',
      content: [
        presumption.summary,
        ' (',
        cite(presumption),
        `). ${Who(ctx, 'privacy-officer')} completes this worksheet with ${who(ctx, 'legal-counsel')}, and keeps it in the incident file.`,
      ],
    },
    { kind: 'note', tone: 'info', content: [{ text: 'Ransomware: ', strong: true }, ransomware.summary, ' (', cite(ransomware), ')'] },
  ];
  (presumption.items ?? []).forEach((factor, index) => {
    blocks.push(
      { kind: 'heading', level: 4, text: `Factor ${index + 1}: ${factor}` },
      { kind: 'list', ordered: false, items: (FACTOR_QUESTIONS[index] ?? []).map((question) => [question]) },
      { kind: 'write-in', label: `Findings for factor ${index + 1}`, lines: 5 },
    );
  });
  blocks.push(
    { kind: 'heading', level: 4, text: 'Conclusion' },
    {
      kind: 'checklist',
      items: [
        ['Low probability that the information has been compromised: documented above; no notification under HIPAA. Keep this worksheet.'],
        ['Not demonstrated: treat the incident as a breach and follow the notification procedures.'],
      ],
    },
    { kind: 'write-in', label: 'Decided by (name and role) and date', lines: 2 },
  );
  return blocks;
}

function discoveryBlocks(ctx: PlanContext): Block[] {
  const discovery = provisionById(ctx.provisions, 'hipaa-breach-discovery');
  const evidence = ctx.answers.incident?.clockEvidence?.discoveredOn;
  return [
    step('Step 4: The discovery date'),
    { kind: 'paragraph', content: [discovery.summary, ' (', cite(discovery), ')'] },
    {
      kind: 'paragraph',
      content: [`${Who(ctx, 'privacy-officer')} records the discovery date in the incident file, with who knew what and when, as soon as the incident is reported: the notification clocks count from it, whatever the risk assessment later concludes.`],
    },
    evidence
      ? { kind: 'paragraph', content: [{ text: 'Recorded evidence for the discovery date: ', strong: true }, evidence] }
      : { kind: 'write-in', label: 'Discovery date, and who learned what, when', lines: 2 },
  ];
}

/** A breach reported to the organization by its business associate (or, for a business associate, by its subcontractor). */
function reportedToUsBlocks(ctx: PlanContext): Block[] {
  const rule = businessAssociateNoticeRule(ctx.rules);
  const ba = ctx.answers.organization.role === 'business-associate';
  const reporter = ba ? 'a subcontractor' : 'a business associate';
  const timing: Inline[] = rule
    ? [`Under ${rule.regime} the ${ba ? 'subcontractor' : 'business associate'} must tell you: ${lowerFirst(describeDeadline(rule, ctx.rules))} (`, { text: rule.citation, href: rule.sourceUrl }, '). ']
    : [];
  return [
    step(`When ${reporter} reports a breach to you`),
    { kind: 'paragraph', content: [...timing, 'Its agreement with you may set a shorter window and say who drafts or sends the notices.'] },
    {
      kind: 'checklist',
      items: [
        [`Record the day and time ${reporter} told you, and what it said, in a new incident file.`],
        ['Read the agreement: its notice window, what the report must contain, who notifies individuals and regulators, and who pays.'],
        ['Ask in writing for what is missing: the identity of each individual, the data involved, the dates, what was done to contain it.'],
        ['Run steps 1 to 4 above on the facts it gives you; ask counsel which discovery date counts, since an agent’s knowledge can count as yours.'],
        ba
          ? ['Tell each client whose data is involved, within the time its agreement and the law set (see Notification procedures).']
          : ['You notify individuals, regulators and the media as the rules require, unless the agreement has the business associate do it for you; either way the deadlines stay yours.'],
      ],
    },
  ];
}

export function riskAssessmentSection(ctx: PlanContext): PlanPart {
  if (!isHipaa(ctx)) {
    return {
      omitted: {
        title: RISK_ASSESSMENT_TITLE,
        reason: `HIPAA’s breach rule does not bind ${ctx.answers.organization.name} (${ROLE_LABELS[ctx.answers.organization.role]}), so its breach test and four-factor risk assessment do not apply. The notification section lists the rules that do.`,
      },
    };
  }
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: ['Work through these steps for every incident that may involve protected health information, in order, and keep the answers in the incident file: they show why notice was, or was not, given.'],
    },
    ...unsecuredBlocks(ctx),
    ...exceptionBlocks(ctx),
    ...presumptionBlocks(ctx),
    ...discoveryBlocks(ctx),
    ...reportedToUsBlocks(ctx),
    {
      kind: 'note',
      tone: 'info',
      content: ['State laws have their own definitions and harm tests; a HIPAA conclusion does not settle them. See the notification procedures.'],
    },
  ];
  return { id: 'risk-assessment', title: RISK_ASSESSMENT_TITLE, blocks, pageBreakBefore: true };
}
