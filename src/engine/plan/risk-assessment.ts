/**
 * The HIPAA breach risk assessment worksheet: the four factors of 45 CFR 164.402 (definition of breach,
 * paragraph (2)), as blocks to write in. Only for organizations HIPAA binds.
 */
import type { Block } from '../document/model.ts';
import { DATA_KIND_LABELS, ROLE_LABELS } from '../vocabulary.ts';
import { isHipaa, longDate, who, Who, type PlanContext, type PlanPart } from './context.ts';

export const RISK_ASSESSMENT_CITATION = '45 CFR 164.402 (definition of breach, paragraph (2))';
export const RISK_ASSESSMENT_SOURCE = 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.402';

/** The four factors, in the regulation's order. */
export const RISK_FACTORS = [
  'The nature and extent of the protected health information involved, including the types of identifiers and the likelihood of re-identification',
  'The unauthorized person who used the protected health information or to whom the disclosure was made',
  'Whether the protected health information was actually acquired or viewed',
  'The extent to which the risk to the protected health information has been mitigated',
] as const;

export function riskAssessmentSection(ctx: PlanContext): PlanPart {
  const title = 'Breach risk assessment (HIPAA four factors)';
  if (!isHipaa(ctx)) {
    return {
      omitted: {
        title,
        reason: `HIPAA’s breach rule does not bind ${ctx.answers.organization.name} (${ROLE_LABELS[ctx.answers.organization.role]}), so its four-factor risk assessment does not apply. The notification section lists the rules that do.`,
      },
    };
  }
  const incident = ctx.answers.incident;
  const prompts: [string, string[]][] = [
    [
      RISK_FACTORS[0],
      [
        'Which identifiers: names, addresses, dates of birth, Social Security or account numbers, medical record numbers?',
        'How sensitive is the clinical or financial information (diagnoses, mental health, substance use, HIV status, payment details)?',
        'Could the information be used to identify someone, or be linked with other information to do so?',
      ],
    ],
    [RISK_FACTORS[1], ['Who received or used it: another HIPAA-bound organization, a workforce member, an unknown attacker?', 'Do they have obligations to protect it, or a motive to misuse it?']],
    [RISK_FACTORS[2], ['Does forensic evidence show the information was opened, viewed, copied or taken, or only that it could have been?']],
    [RISK_FACTORS[3], ['Was it returned or destroyed, with a written assurance? Were accounts closed or credentials changed? What else reduces the risk?']],
  ];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        'An impermissible use or disclosure of unsecured protected health information is presumed to be a breach unless the organization demonstrates a low probability that the information has been compromised, based on a risk assessment of at least the four factors below (',
        { text: RISK_ASSESSMENT_CITATION, href: RISK_ASSESSMENT_SOURCE },
        `). ${Who(ctx, 'privacy-officer')} completes this worksheet with ${who(ctx, 'legal-counsel')}, and keeps it with the incident record.`,
      ],
    },
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
  prompts.forEach(([factor, questions], index) => {
    blocks.push(
      { kind: 'heading', level: 3, text: `Factor ${index + 1}: ${factor}` },
      { kind: 'list', ordered: false, items: questions.map((question) => [question]) },
      { kind: 'write-in', label: `Findings for factor ${index + 1}`, lines: 5 },
    );
  });
  blocks.push(
    { kind: 'heading', level: 3, text: 'Conclusion' },
    {
      kind: 'checklist',
      items: [
        ['Low probability that the information has been compromised: documented above; no notification under HIPAA. Keep this worksheet.'],
        ['Not demonstrated: treat the incident as a breach and follow the notification procedures.'],
      ],
    },
    { kind: 'write-in', label: 'Decided by (name and role) and date', lines: 2 },
    {
      kind: 'note',
      tone: 'info',
      content: ['State laws have their own definitions and harm tests; a HIPAA conclusion does not settle them. See the notification procedures.'],
    },
  );
  return { id: 'risk-assessment', title, blocks, pageBreakBefore: true };
}
