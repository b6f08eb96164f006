/**
 * Draft notices: the letter to individuals (every element of 45 CFR 164.404(c)(1), in plain language), substitute
 * notice (164.404(d)(2)), a media statement where a media rule applies or may apply, and a cover note to
 * regulators. Facts come from the answers; what the answers do not say is a [bracketed placeholder].
 */
import type { Answers } from '../answers/schema.ts';
import type { Block, Inline } from '../document/model.ts';
import { jurisdictionName, totalAffected } from '../rules/counts.ts';
import { describeThreshold } from '../rules/describe.ts';
import type { Rule } from '../rules/schema.ts';
import { ROLE_LABELS, type DataKind } from '../vocabulary.ts';
import { lowerFirst, countWords } from '../words.ts';
import { contactsFor, isHipaa, listWords, longDate, namesFor, who, Who, type PlanContext, type PlanPart } from './context.ts';
import { NOTIFICATION_SECTION_ID, rulesForOrganization } from './notification.ts';

/** The kinds of data in the words a letter uses. */
export const LETTER_DATA_WORDS: Record<DataKind, string> = {
  phi: 'health information, such as [name, address, date of birth, medical record number, and treatment or diagnosis information]',
  medical: 'medical information (history, condition, treatment or diagnosis)',
  'health-insurance': 'health insurance information (policy or member number)',
  ssn: 'Social Security number',
  'drivers-license': 'driver’s license or state ID card number',
  'government-id': 'passport or other government ID number',
  'financial-account': 'financial account, credit or debit card number',
  biometric: 'biometric data (such as a fingerprint or face scan)',
  credentials: 'username or email address with a password or security answer',
  dob: 'date of birth',
  genetic: 'genetic information',
  'sud-records': 'substance use disorder treatment records',
};

const CREDIT_KINDS: readonly DataKind[] = ['ssn', 'financial-account', 'drivers-license', 'government-id', 'dob'];

/**
 * The federal rule that governs the letter to individuals for this role, if any: the one that names the role, or
 * for a business associate the HIPAA notice its covered entity sends (marked `hipaaStandIn` in the data).
 */
export function individualNoticeRule(ctx: PlanContext): Rule | undefined {
  const role = ctx.answers.organization.role;
  const federal = ctx.rules.filter((rule) => rule.jurisdiction === 'US' && rule.recipient === 'individuals');
  const own = federal.find((rule) => rule.appliesTo.roles?.includes(role));
  if (own || role !== 'business-associate') return own;
  return federal.find((rule) => rule.hipaaStandIn);
}

/** The federal rule by which a business associate notifies its covered entity. */
function businessAssociateRule(ctx: PlanContext): Rule | undefined {
  return ctx.rules.find(
    (rule) => rule.jurisdiction === 'US' && rule.recipient === 'covered-entity' && rule.appliesTo.roles?.includes('business-associate'),
  );
}

function citationLink(rule: Rule): Inline {
  return { text: rule.citation, href: rule.sourceUrl };
}

function privacyContact(ctx: PlanContext) {
  return contactsFor(ctx, 'privacy-officer')[0] ?? contactsFor(ctx, 'incident-commander')[0];
}

function emailOrPlaceholder(ctx: PlanContext): string {
  return privacyContact(ctx)?.email ?? '[email address]';
}

function dataWords(answers: Answers): string {
  const kinds = answers.incident?.dataKinds;
  if (!kinds) return '[list each type of information involved, for example your full name, home address, date of birth, Social Security number, account number, diagnosis or disability code]';
  return listWords(kinds.map((kind) => LETTER_DATA_WORDS[kind]));
}

function protectSteps(answers: Answers): Inline[][] {
  const kinds = answers.incident?.dataKinds;
  const has = (list: readonly DataKind[]) => !kinds || kinds.some((kind) => list.includes(kind));
  const steps: Inline[][] = [
    ['Review the statements you receive from us and from your health insurer (explanations of benefits). If you see care or services you did not receive, call the insurer or us.'],
  ];
  if (has(CREDIT_KINDS)) {
    steps.push(
      ['Check your credit reports for free at ', { text: 'www.annualcreditreport.com', href: 'https://www.annualcreditreport.com' }, ' and look for accounts you did not open.'],
      ['Consider a free fraud alert or security freeze with the three nationwide credit bureaus (Equifax, Experian and TransUnion).'],
      ['[If you offer it: enroll in the free credit monitoring we are providing by [enrollment deadline] using code [enrollment code].]'],
    );
  }
  if (has(['financial-account'])) steps.push(['Watch your bank and card statements and tell your bank about anything you do not recognize.']);
  if (has(['credentials'])) steps.push(['Change the password and security questions for your account, and anywhere else you used the same password.']);
  steps.push(
    ['Be careful with calls, emails or texts that claim to be from us and ask for personal information: we will not ask for it that way.'],
    ['If you believe someone is using your information, report it at ', { text: 'www.identitytheft.gov', href: 'https://www.identitytheft.gov' }, '.'],
  );
  return steps;
}

function whatHappened(ctx: PlanContext): string {
  const incident = ctx.answers.incident;
  const org = ctx.answers.organization.name;
  const discovered = incident ? longDate(incident.discoveredOn) : '[date of discovery]';
  return `On ${discovered}, ${org} discovered that [brief description of what happened, for example: an unauthorized person gained access to our computer systems and encrypted files (a ransomware attack)]. The breach happened on [date of the breach, or the dates it began and ended, if known]. [Say what you know about how it happened, in plain words.]`;
}

/** What the organization is doing, told to the reader of the letter ("you") or of the media statement ("affected people"). */
function whatWeAreDoing(ctx: PlanContext, reader: 'you' | 'affected people' = 'you'): string {
  const forensic = namesFor(ctx, 'forensic-firm');
  const delay = ctx.answers.incident?.lawEnforcementDelay;
  const police = delay && delay.kind !== 'none' ? ' We reported the incident to law enforcement, who asked us to delay this letter so as not to hinder their investigation.' : ' [If true: We reported the incident to law enforcement.]';
  return `As soon as we learned of it, we [took the affected systems offline, secured the account, or describe the steps taken]. We are investigating with ${forensic ?? '[an independent cybersecurity firm]'} to learn what happened and whose information was involved.${police} To reduce possible harm to ${reader}, we [describe the measures, such as offering free credit monitoring]. To protect against further breaches, we [describe the improvements, such as multi-factor authentication, more monitoring and staff training].`;
}

function contactParagraph(ctx: PlanContext): string {
  return `If you have questions, call our toll-free line at [toll-free number], [days and hours]. You can also email ${emailOrPlaceholder(ctx)}, visit [web page address], or write to ${ctx.answers.organization.name}, [postal address].`;
}

/** The elements the letter must carry, with where they come from. */
function elementChecklist(ctx: PlanContext, rule: Rule | undefined): Block[] {
  if (rule) {
    return [
      { kind: 'heading', level: 3, text: 'Before you send it' },
      { kind: 'paragraph', content: ['Check that the letter contains each element the law requires (', citationLink(rule), '), and that no [bracket] is left:'] },
      { kind: 'checklist', items: rule.content.map((item) => [item]) },
    ];
  }
  const stateRules = rulesForOrganization(ctx).filter((candidate) => candidate.recipient === 'individuals' && candidate.content.length > 0);
  if (stateRules.length === 0) {
    return [{ kind: 'note', tone: 'warning', content: ['Breachline holds no content list for the letter in your jurisdictions: have counsel check what it must contain.'] }];
  }
  return [
    { kind: 'heading', level: 3, text: 'Before you send it' },
    ...stateRules.flatMap((stateRule): Block[] => [
      { kind: 'paragraph', content: [{ text: jurisdictionName(stateRule.jurisdiction), strong: true }, ' (', citationLink(stateRule), '):'] },
      { kind: 'checklist', items: stateRule.content.map((item) => [item]) },
    ]),
  ];
}

export function individualNoticeSection(ctx: PlanContext): PlanPart {
  const { answers } = ctx;
  const org = answers.organization.name;
  const rule = individualNoticeRule(ctx);
  const signer = privacyContact(ctx);
  const blocks: Block[] = [];
  if (answers.organization.role === 'business-associate') {
    blocks.push({
      kind: 'note',
      tone: 'info',
      content: [
        'As a business associate you notify the covered entity (see the cover note); under ',
        ...(rule ? [citationLink(rule)] : ['45 CFR 164.404']),
        ' the covered entity notifies individuals. Keep this draft ready in case your business associate agreement asks you to prepare or send the letter for it.',
      ],
    });
  }
  blocks.push(
    {
      kind: 'paragraph',
      content: ['Fill in everything in [brackets] and delete what does not apply. Keep the words plain: short sentences, no legal terms, no jargon.'],
    },
    { kind: 'paragraph', content: [`${org}, [postal address]`] },
    { kind: 'paragraph', content: ['[Date]'] },
    { kind: 'paragraph', content: ['Dear [name of the individual, or of the next of kin or personal representative],'] },
    { kind: 'paragraph', content: [{ text: 'Notice of a data breach', strong: true }] },
    {
      kind: 'paragraph',
      content: [`We are writing to tell you about an incident that involved some of your information, what we are doing about it, and steps you can take to protect yourself.`],
    },
    { kind: 'heading', level: 4, text: 'What happened' },
    { kind: 'paragraph', content: [whatHappened(ctx)] },
    { kind: 'heading', level: 4, text: 'What information was involved' },
    {
      kind: 'paragraph',
      content: [`The information involved may have included your ${dataWords(answers)}. [Remove any type that was not involved in your case.]`],
    },
    { kind: 'heading', level: 4, text: 'What we are doing' },
    { kind: 'paragraph', content: [whatWeAreDoing(ctx)] },
    { kind: 'heading', level: 4, text: 'What you can do' },
    { kind: 'paragraph', content: ['We recommend these steps to protect yourself from possible harm:'] },
    { kind: 'list', ordered: false, items: protectSteps(answers) },
    { kind: 'heading', level: 4, text: 'For more information' },
    { kind: 'paragraph', content: [contactParagraph(ctx)] },
    { kind: 'paragraph', content: ['We are sorry this happened and for the concern it may cause you.'] },
    { kind: 'paragraph', content: ['Sincerely,'] },
    { kind: 'paragraph', content: [`${signer?.name ?? '[Name]'}, ${signer?.title ?? (signer?.role === 'incident-commander' ? 'Incident commander' : 'Privacy Officer')}, ${org}`] },
    ...elementChecklist(ctx, rule),
  );
  if (rule && rule.method && rule.method.length > 0) {
    blocks.push({ kind: 'paragraph', content: [{ text: 'How to send it:', strong: true }] }, { kind: 'list', ordered: false, items: rule.method.map((item) => [item]) });
  }
  return { id: 'individual-notice', title: 'Draft notice letter to individuals', blocks, pageBreakBefore: true };
}

export function substituteNoticeSection(ctx: PlanContext): PlanPart {
  const title = 'Substitute notice';
  const rules = [individualNoticeRule(ctx), ...rulesForOrganization(ctx).filter((rule) => rule.recipient === 'individuals' && rule.jurisdiction !== 'US')]
    .filter((rule): rule is Rule => rule !== undefined)
    .filter((rule, index, all) => all.indexOf(rule) === index)
    .map((rule) => ({ rule, methods: (rule.method ?? []).filter((method) => /substitute/i.test(method)) }))
    .filter(({ methods }) => methods.length > 0);
  if (rules.length === 0) {
    return { omitted: { title, reason: 'The rules Breachline ships for your organization set no substitute-notice method. Ask counsel how to reach people whose contact details are missing or out of date.' } };
  }
  const org = ctx.answers.organization.name;
  // The numbers come from the federal rule's data; without it, the reader fills in the period the law sets.
  const numbers = individualNoticeRule(ctx)?.substituteNotice;
  const period = (days: number | undefined) => (days ? `${days} days` : '[the period the law sets]');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: ['When contact details are missing or out of date and the written notice cannot reach someone, the law asks for a substitute notice instead. What the rules data says, with its source:'],
    },
    ...rules.flatMap(({ rule, methods }): Block[] => [
      { kind: 'paragraph', content: [{ text: rule.regime, strong: true }, ' (', citationLink(rule), '):'] },
      { kind: 'list', ordered: false, items: methods.map((method) => [method]) },
    ]),
    { kind: 'heading', level: 3, text: 'Draft home-page posting or media notice' },
    {
      kind: 'paragraph',
      content: [
        `${org} is notifying people whose information may have been involved in a data security incident discovered on ${ctx.answers.incident ? longDate(ctx.answers.incident.discoveredOn) : '[date of discovery]'}. [Brief description of what happened and the types of information involved.] We could not reach some people by mail. To find out whether your information may be included, call our toll-free number, [toll-free number], [days and hours], from [first day] until at least [last day: ${period(numbers?.tollFreeDays)} or more later].`,
      ],
    },
    {
      kind: 'checklist',
      items: [
        [`Post the notice conspicuously on the home page (a link from a prominent place on the first page), and keep it up for ${period(numbers?.postingDays)}: from [date] to [date].`],
        ['Or place a conspicuous notice in major print or broadcast media where the people likely live.'],
        [`Keep the toll-free number staffed for at least ${period(numbers?.tollFreeDays)}, with a script and the list of affected people.`],
        ...(numbers ? [[`For fewer than ${numbers.fewerThan} people: use another written notice, the telephone or other means, and record each attempt.`]] : []),
      ],
    },
  ];
  return { id: 'substitute-notice', title, blocks, pageBreakBefore: true };
}

function mediaRules(ctx: PlanContext): { applies: boolean; reason: string; places: string[] } {
  const timeline = ctx.timeline;
  if (timeline && ctx.answers.incident) {
    const media = timeline.obligations.filter((obligation) => obligation.recipient === 'media');
    if (media.length > 0) {
      const places = [...new Set(media.map((obligation) => (obligation.forJurisdiction ? jurisdictionName(obligation.forJurisdiction) : obligation.jurisdictionName)))];
      return { applies: true, reason: '', places };
    }
    const considered = timeline.notApplicable.find((rule) => ctx.ruleById.get(rule.ruleId)?.recipient === 'media' && rule.jurisdiction === 'US');
    const why = considered ? ` ${considered.reasons.join(' ')}` : '';
    return { applies: false, reason: `No media notice is required for this incident on these answers.${why}`, places: [] };
  }
  const possible = rulesForOrganization(ctx).filter((rule) => rule.recipient === 'media');
  if (possible.length > 0) return { applies: true, reason: '', places: [] };
  return { applies: false, reason: `No media notice rule Breachline ships applies to a ${ROLE_LABELS[ctx.answers.organization.role]}.`, places: [] };
}

export function mediaStatementSection(ctx: PlanContext): PlanPart {
  const title = 'Media statement';
  const media = mediaRules(ctx);
  if (!media.applies) return { omitted: { title, reason: media.reason } };
  const org = ctx.answers.organization.name;
  const spokesperson = contactsFor(ctx, 'communications')[0] ?? contactsFor(ctx, 'executive-sponsor')[0];
  const rules = ctx.timeline && ctx.answers.incident
    ? [...new Set(ctx.timeline.obligations.filter((obligation) => obligation.recipient === 'media').map((obligation) => obligation.ruleId))].map((id) => ctx.ruleById.get(id)).filter((rule): rule is Rule => rule !== undefined)
    : rulesForOrganization(ctx).filter((rule) => rule.recipient === 'media');
  const affected = ctx.answers.incident ? countWords(totalAffected(ctx.answers.incident.affected)) : '[number]';
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        media.places.length > 0
          ? `This incident requires notice to prominent media outlets serving: ${listWords(media.places)}. `
          : `A media notice is required when an incident reaches the threshold in the rules below (${listWords(rules.map((rule) => `${rule.regime}: ${describeThreshold(rule) ?? 'any number of people'}`))}). `,
        `${Who(ctx, 'communications')} sends it, after review by ${who(ctx, 'legal-counsel')} and ${who(ctx, 'privacy-officer')}.`,
      ],
    },
    { kind: 'list', ordered: false, items: rules.map((rule) => [`${rule.summary} `, citationLink(rule)]) },
    { kind: 'heading', level: 3, text: 'Draft statement' },
    { kind: 'paragraph', content: [{ text: 'For immediate release', strong: true }, ' [City, State], [Date]'] },
    {
      kind: 'paragraph',
      content: [
        `${org} is notifying ${affected} people about a data security incident. ${whatHappened(ctx)} The information involved may have included their ${dataWords(ctx.answers)}.`,
      ],
    },
    { kind: 'paragraph', content: [whatWeAreDoing(ctx, 'affected people')] },
    {
      kind: 'paragraph',
      content: ['People who receive a letter should follow the steps in it: review statements and explanations of benefits, check credit reports, and be careful with messages asking for personal information.'],
    },
    { kind: 'paragraph', content: [`Anyone with questions can call our toll-free line at [toll-free number], [days and hours], or visit [web page address].`] },
    {
      kind: 'paragraph',
      content: [
        `Media contact: ${spokesperson?.name ?? '[name]'}, ${spokesperson?.phone ?? '[phone]'}, ${spokesperson?.email ?? '[email]'}.`,
      ],
    },
    { kind: 'note', tone: 'info', content: ['The media notice carries the same content as the letter to individuals. Do not name individuals, and do not speculate about the attacker or the cause before the investigation confirms it.'] },
  ];
  return { id: 'media-statement', title, blocks, pageBreakBefore: true };
}

export function regulatorNoteSection(ctx: PlanContext): PlanPart {
  const { answers } = ctx;
  const org = answers.organization.name;
  const incident = answers.incident;
  const contact = privacyContact(ctx);
  const recipients =
    ctx.timeline && incident
      ? [
          ...new Set(
            ctx.timeline.obligations
              .filter((obligation) => !['individuals', 'media'].includes(obligation.recipient))
              .map((obligation) => obligation.recipientName),
          ),
        ]
      : [];
  const places = incident
    ? Object.entries(incident.affected.byJurisdiction)
        .filter(([, count]) => (count ?? 0) > 0)
        .map(([code, count]) => `${countWords(count ?? 0)} in ${jurisdictionName(code as never)}`)
    : [];
  const delay = incident?.lawEnforcementDelay;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        'Many regulators take notices through an online form; this note gathers the facts they ask for, to paste into the form or send as a letter. Each regulator’s own list of contents is under ',
        { text: 'Notification procedures', href: `#${NOTIFICATION_SECTION_ID}` },
        '.',
      ],
    },
  ];
  if (recipients.length > 0) {
    blocks.push({ kind: 'paragraph', content: [{ text: 'For this incident, send to: ', strong: true }, listWords(recipients.map((name, index) => (index === 0 ? name : lowerFirst(name))))] });
  }
  blocks.push(
    { kind: 'heading', level: 3, text: 'Draft cover note' },
    { kind: 'paragraph', content: ['To: [name of the regulator and office]'] },
    { kind: 'paragraph', content: [`From: ${org}, [postal address]`] },
    { kind: 'paragraph', content: ['Date: [date]'] },
    { kind: 'paragraph', content: [`Re: Notice of a breach of security at ${org}`] },
    {
      kind: 'paragraph',
      content: [
        `${org} (${ROLE_LABELS[answers.organization.role]}) gives notice of a breach of security discovered on ${incident ? longDate(incident.discoveredOn) : '[date of discovery]'}. The breach occurred on [date or dates of the breach, if known]. [Nature and circumstances of the breach, in a few sentences.]`,
      ],
    },
    {
      kind: 'paragraph',
      content: [
        `People affected: ${incident ? `${countWords(totalAffected(incident.affected))} in total${places.length > 0 ? ` (${places.join('; ')})` : ''}` : '[total number, and the number residing in your State]'}. Information involved: ${incident ? dataWords(answers) : '[types of information]'}.`,
      ],
    },
    {
      kind: 'paragraph',
      content: [
        `Notices to individuals: [sent, or to be sent] on [date] by [first-class mail, email or substitute notice]; a sample is enclosed. Measures taken: [containment, investigation, services offered to individuals]. Measures planned: [further steps]. Law enforcement: ${delay && delay.kind !== 'none' ? `a law enforcement official asked on ${delay.statedOn ? longDate(delay.statedOn) : '[date]'} for notice to be delayed; [agency and status of the investigation]` : '[whether law enforcement is investigating]'}.`,
      ],
    },
    {
      kind: 'paragraph',
      content: [
        `Contact: ${contact?.name ?? '[name]'}, ${contact?.title ?? 'Privacy Officer'}, ${contact?.phone ?? '[phone]'}, ${contact?.email ?? '[email]'}.`,
      ],
    },
    { kind: 'paragraph', content: ['Enclosure: sample notice to individuals.'] },
  );
  if (answers.organization.role === 'business-associate') {
    const baRule = businessAssociateRule(ctx);
    if (baRule) {
      blocks.push(
        { kind: 'heading', level: 3, text: 'Notice to each covered entity' },
        { kind: 'paragraph', content: [baRule.summary, ' (', citationLink(baRule), '). Send the cover note above to each covered entity, with:'] },
        { kind: 'checklist', items: baRule.content.map((item) => [item]) },
        { kind: 'paragraph', content: ['Check each business associate agreement: it may set a shorter deadline or ask for more.'] },
      );
    }
  }
  if (isHipaa(ctx) && answers.organization.role !== 'business-associate') {
    blocks.push({ kind: 'note', tone: 'info', content: ['For the Secretary of HHS, use this note to gather the answers the online breach report form asks for before you fill it in.'] });
  }
  return { id: 'regulator-cover-note', title: 'Cover note to regulators', blocks, pageBreakBefore: true };
}
