import { describe, expect, it } from 'vitest';
import { CATALOG_RULES, timelineFor, type Answers } from '../../../src/engine/index.ts';
import type { Block, DocumentModel } from '../../../src/engine/document/model.ts';
import { noticePackets, PLAIN_LAYOUT } from '../../../src/engine/packets/notice-packet.ts';
import { fixture, HOSTILE } from '../plan/fixtures.ts';

const rule = (id: string) => {
  const found = CATALOG_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const packetsFor = (answers: Answers, today = '2025-03-10') => noticePackets(answers, timelineFor(answers, today), CATALOG_RULES);
const packet = (answers: Answers, id: string, today?: string): DocumentModel => {
  const found = packetsFor(answers, today).find((entry) => entry.obligationId === id);
  if (!found) throw new Error(`no packet for ${id}`);
  return found.packet;
};
const blocks = (doc: DocumentModel, index: number): Block[] => doc.sections[index].blocks;
const text = (doc: DocumentModel) => JSON.stringify(doc);
const headings = (doc: DocumentModel) => doc.sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
const checklist = (doc: DocumentModel) => blocks(doc, 0).flatMap((block) => (block.kind === 'checklist' ? block.items.map((item) => item[0]) : []));

const clinic = fixture('clinic-ransomware'); // TX 1,250, FL 310, 12 unknown; discovered 2025-03-03; written LE delay

function californian(): Answers {
  return {
    ...clinic,
    organization: { ...clinic.organization, role: 'other', states: ['CA'] },
    incident: { ...clinic.incident!, discoveredOn: '2026-02-02', affected: { byJurisdiction: { CA: 40 } }, dataKinds: ['ssn', 'medical'], lawEnforcementDelay: undefined },
  };
}

describe('noticePackets', () => {
  it('makes a packet for every obligation of the timeline, in its order', () => {
    const timeline = timelineFor(clinic, '2025-03-10');
    expect(packetsFor(clinic).map((entry) => entry.obligationId)).toEqual(timeline.obligations.map((obligation) => obligation.id));
  });

  it('lists every content element of HIPAA 164.404(c) from the rules data, and drafts the letter under plain headings', () => {
    const doc = packet(clinic, 'hipaa-individuals');
    expect(rule('hipaa-individuals').content.length).toBeGreaterThan(0);
    expect(checklist(doc)).toEqual(rule('hipaa-individuals').content);
    expect(headings(doc)).toEqual(expect.arrayContaining([PLAIN_LAYOUT.title, ...Object.values(PLAIN_LAYOUT.headings)]));
    const draft = text(doc);
    expect(draft).toContain('On March 3, 2025, we learned that [what happened');
    expect(draft).toContain('This notice was delayed at the request of law enforcement');
    expect(draft).toContain('Social Security number');
  });

  it('uses California’s title and headings for the notice to California residents, as the data gives them', () => {
    const layout = rule('ca-individuals').noticeLayout;
    if (!layout) throw new Error('ca-individuals has no notice layout');
    // The data's own content element names the same title and headings.
    for (const words of [layout.title, ...Object.values(layout.headings)]) expect(rule('ca-individuals').content[0]).toContain(words);
    const doc = packet(californian(), 'ca-individuals', '2026-02-10');
    const inDraft = headings(doc);
    expect(inDraft).toContain('Notice of Data Breach');
    expect(inDraft.slice(inDraft.indexOf('Notice of Data Breach') + 1)).toEqual([
      'What Happened',
      'What Information Was Involved',
      'What We Are Doing',
      'What You Can Do',
      'For More Information',
    ]);
    expect(checklist(doc)).toEqual(rule('ca-individuals').content);
    expect(text(doc)).toContain('This notice was not delayed by a law enforcement investigation.');
  });

  it('writes a cover letter to a State attorney general with that State’s residents only', () => {
    const doc = packet(clinic, 'tx-attorney-general');
    expect(checklist(doc)).toEqual(rule('tx-attorney-general').content);
    const draft = text(doc);
    expect(draft).toContain('Cover letter to the Texas Attorney General');
    expect(draft).toContain('It affects 1,250 Texas residents.');
    expect(draft).toContain(rule('tx-attorney-general').citation);
  });

  it('answers the HHS breach portal’s questions in a worksheet: discovery date, people affected, kinds of information', () => {
    const doc = packet(clinic, 'hipaa-hhs-500-or-more');
    const table = blocks(doc, 1).find((block) => block.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no worksheet');
    const answer = (question: string) => table.rows.find((cells) => cells[0][0] === question)?.[1][0];
    expect(answer('Discovery date')).toBe('March 3, 2025');
    expect(answer('Approximate number of individuals affected')).toBe('1572'); // 1,250 + 310 + 12 with no known address
    expect(answer('Breach affecting')).toBe('500 or more individuals');
    expect(answer('Type of covered entity')).toBe('Healthcare Provider');
    expect(answer('Type of protected health information involved')).toBe('Clinical, Demographic and Financial');
    expect(answer('Breach start date')).toMatch(/^\[.*\]$/);
    expect(answer('Covered entity name')).toContain('Gulf Coast Family Medicine');
  });

  it('records the date individual notice was sent in the worksheet once the notice is marked sent', () => {
    const sent = { ...clinic, incident: { ...clinic.incident!, notices: { 'hipaa-individuals': { status: 'sent' as const, sentOn: '2025-03-28' } } } };
    const doc = packet(sent, 'hipaa-hhs-500-or-more');
    expect(text(doc)).toContain('"Date individual notice was provided"],["March 28, 2025"]');
  });

  it('brackets what the answers do not say, and isolates the user’s text', () => {
    const hostile = fixture('hostile');
    for (const { packet: doc } of packetsFor(hostile, '2025-01-10')) {
      const all = text(doc);
      expect(all).toContain('[');
      expect(all).not.toMatch(new RegExp(`[^\\u2068]${HOSTILE.img.replace(/[()]/g, '\\$&')}`));
    }
  });
});
