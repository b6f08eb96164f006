/**
 * A notice packet per obligation: what the law requires the notice to contain (the rule's `content` elements, from
 * the data), how it may be sent, and a draft: a letter to individuals (under the title and headings the law
 * prescribes, where it does), a worksheet for HHS's breach portal, a media statement, or a cover letter to any
 * other recipient. Drafts fill in what the answers know and bracket what they do not.
 */
import type { Answers } from '../answers/schema.ts';
import type { Block, DocumentModel, Section } from '../document/model.ts';
import type { Rule } from '../rules/schema.ts';
import { dueWords } from '../timeline/due-words.ts';
import type { Obligation, Timeline } from '../timeline/types.ts';
import { capitalize } from '../words.ts';
import { hhsWorksheet } from './hhs-worksheet.ts';
import { packetFacts, type PacketFacts } from './packet-facts.ts';

export type NoticeLayout = NonNullable<Rule['noticeLayout']>;

/** The letter's plain headings where the law prescribes none. */
export const PLAIN_LAYOUT: NoticeLayout = {
  title: 'Notice of a data breach',
  headings: {
    whatHappened: 'What happened',
    informationInvolved: 'What information was involved',
    whatWeAreDoing: 'What we are doing',
    whatYouCanDo: 'What you can do',
    moreInformation: 'For more information',
  },
};

export const DRAFT_NOTE =
  'A draft to start from: it fills in what your answers say and puts [brackets] around what you must add. Check every element above is covered, and review the notice with counsel before it goes out.';

function paragraph(text: string): Block {
  return { kind: 'paragraph', content: [text] };
}

function letter(facts: PacketFacts, layout: NoticeLayout): Block[] {
  const h = layout.headings;
  return [
    { kind: 'heading', level: 3, text: layout.title },
    paragraph(`[Date of this notice]`),
    paragraph(`Dear [name],`),
    paragraph(`We are writing to tell you about an incident at ${facts.organization} that involved some of your information.`),
    { kind: 'heading', level: 4, text: h.whatHappened },
    paragraph(`On ${facts.discoveredOn}, we learned that [what happened, and when it happened: the date, estimated date or date range]. ${facts.delayWords}`),
    { kind: 'heading', level: 4, text: h.informationInvolved },
    paragraph(`The information involved was your ${facts.dataWords}.`),
    { kind: 'heading', level: 4, text: h.whatWeAreDoing },
    paragraph('[What you are doing to investigate the breach, to limit harm to the people affected, and to protect against further breaches.]'),
    { kind: 'heading', level: 4, text: h.whatYouCanDo },
    paragraph('[The steps people should take to protect themselves, and any credit monitoring or other help you offer, with how to enroll.]'),
    { kind: 'heading', level: 4, text: h.moreInformation },
    paragraph(`If you have questions, contact ${facts.contactName} at ${facts.contactLine}.`),
    paragraph(`Sincerely,`),
    paragraph(`${facts.contactName}, ${facts.organization}`),
  ];
}

function mediaStatement(obligation: Obligation, facts: PacketFacts): Block[] {
  return [
    { kind: 'heading', level: 3, text: `Statement to ${obligation.recipientShort}` },
    paragraph(`${facts.organization} is notifying ${facts.affected} of a breach of their information discovered on ${facts.discoveredOn}.`),
    paragraph(`[What happened.] The information involved was ${facts.dataWords}. ${facts.delayWords}`),
    paragraph('[What you are doing, and the steps people should take to protect themselves.]'),
    paragraph(`People with questions can contact ${facts.contactName} at ${facts.contactLine}.`),
  ];
}

function coverLetter(obligation: Obligation, facts: PacketFacts): Block[] {
  return [
    { kind: 'heading', level: 3, text: `Cover letter to ${obligation.recipientShort}` },
    paragraph(`To: ${obligation.recipientName}`),
    paragraph(`Re: Notice of a breach of security under ${obligation.citation}`),
    paragraph(`${facts.organization} gives notice of a breach of the security of personal information discovered on ${facts.discoveredOn}. It affects ${facts.affected}.`),
    paragraph(`The information involved was ${facts.dataWords}. ${facts.delayWords}`),
    paragraph('[What happened, what you are doing about it, and the date or planned date of the notice to the people affected. Attach a sample of that notice, without personal information, where the law asks for one.]'),
    paragraph(`Contact: ${facts.contactName}, ${facts.contactLine}.`),
  ];
}

function draft(answers: Answers, obligation: Obligation, rule: Rule, timeline: Timeline, facts: PacketFacts): Block[] {
  switch (obligation.recipient) {
    case 'individuals':
      return letter(facts, rule.noticeLayout ?? PLAIN_LAYOUT);
    case 'hhs':
      return hhsWorksheet(answers, timeline, facts);
    case 'media':
      return mediaStatement(obligation, facts);
    default:
      return coverLetter(obligation, facts);
  }
}

function requirements(obligation: Obligation): Section {
  const blocks: Block[] = [
    paragraph(`${capitalize(obligation.summary)} (${obligation.regime}, ${obligation.citation}.)`),
  ];
  if (obligation.content.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'What the notice must contain' }, { kind: 'checklist', items: obligation.content.map((element) => [element]) });
  } else {
    blocks.push(paragraph('The rule sets no content for this notice: say what happened, what information was involved, what you are doing, and whom to contact.'));
  }
  if (obligation.method.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'How it may be sent' }, { kind: 'list', ordered: false, items: obligation.method.map((method) => [method]) });
  }
  blocks.push({ kind: 'paragraph', content: ['Source: ', { text: obligation.citation, href: obligation.sourceUrl }] });
  return { id: `packet-${obligation.id}-requirements`, title: 'What the law requires', blocks };
}

/** The packet for one obligation of the timeline. */
export function noticePacket(answers: Answers, obligation: Obligation, rule: Rule, timeline: Timeline): DocumentModel {
  const facts = packetFacts(answers, obligation);
  const dates = [
    obligation.target ? `Planning target: ${dueWords(obligation.target)}` : null,
    obligation.limit ? `Legal limit: ${dueWords(obligation.limit)}` : `Deadline: ${obligation.timing}`,
  ].filter((line): line is string => line !== null);
  return {
    title: `Notice to ${obligation.recipientShort}`,
    subtitle: obligation.recipientName,
    cover: [facts.organization, ...dates],
    sections: [
      requirements(obligation),
      {
        id: `packet-${obligation.id}-draft`,
        title: obligation.recipient === 'hhs' ? 'Breach portal worksheet' : 'Draft',
        blocks: [{ kind: 'note', tone: 'info', content: [DRAFT_NOTE] }, ...draft(answers, obligation, rule, timeline, facts)],
      },
    ],
    omitted: [],
  };
}

/** A packet for every obligation of the timeline, in its order. */
export function noticePackets(answers: Answers, timeline: Timeline, rules: readonly Rule[]): { obligationId: string; packet: DocumentModel }[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return timeline.obligations.flatMap((obligation) => {
    const rule = byId.get(obligation.ruleId);
    return rule ? [{ obligationId: obligation.id, packet: noticePacket(answers, obligation, rule, timeline) }] : [];
  });
}
