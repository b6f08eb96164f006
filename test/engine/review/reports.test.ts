import { describe, expect, it } from 'vitest';
import { buildAfterActionReport, buildComplianceReport, NOT_RECORDED } from '../../../src/engine/review/reports.ts';
import { renderHtml } from '../../../src/engine/export/html.ts';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { inlineText } from '../../../src/engine/export/text.ts';
import type { Block, DocumentModel } from '../../../src/engine/document/model.ts';
import { FULL_REVIEW, HOSTILE, hostileReview } from './full-review.ts';

/** The report's words without the isolate marks around the user's text (user-text.test.ts checks those). */
const withoutIsolates = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u2068\u2069]/g, '')) as T;

/** Every piece of text in a document, for "does it mention ..." checks. */
function allText(doc: DocumentModel): string {
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
      case 'note':
        return [inlineText(b.content)];
      case 'list':
      case 'checklist':
        return b.items.map(inlineText);
      case 'table':
        return [b.caption, ...b.header, ...b.rows.flatMap((row) => row.map(inlineText))];
      case 'write-in':
        return [b.label];
    }
  };
  return [doc.title, doc.subtitle ?? '', ...doc.cover, ...doc.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(block)])].join('\n');
}

describe('buildAfterActionReport', () => {
  const doc = withoutIsolates(buildAfterActionReport(FULL_REVIEW, { asOf: '2025-05-01' }));

  it("has HSEEP's order: overview, analysis of capabilities, the guidance's questions, improvement plan", () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Overview',
      'Who took part',
      'What happened and when',
      'Analysis of capabilities',
      'How it was detected',
      'Did the procedures work?',
      'What got in the way',
      'Effect on patient care and operations',
      'Lessons learned',
      'Improvement plan',
    ]);
    expect(doc.title).toBe('After-action report: Ransomware tabletop, March');
    expect(doc.cover).toEqual([
      'Organization: Riverside Family Clinic',
      'Exercise held: March 14, 2025',
      'Review meeting: March 21, 2025',
      'Facilitator: Dana Okafor',
    ]);
  });

  it('lists every improvement item with capability, organization, contact, dates, status and plan sections', () => {
    const plan = doc.sections.find((s) => s.id === 'aar-improvements')!;
    const table = plan.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.header).toEqual([
      'Capability',
      'Corrective action',
      'Responsible organization',
      'Point of contact',
      'Start date',
      'Completion date',
      'Status',
      'Plan sections to change',
    ]);
    expect(table?.kind === 'table' && table.rows.map((row) => row.map(inlineText))).toEqual([
      [
        'Operational coordination',
        'Check the call tree every quarter; keep a test call log.',
        'IT',
        'Sam Lee',
        'April 1, 2025',
        'June 30, 2025',
        'In progress',
        'Contacts and call tree; Plan maintenance',
      ],
      [
        'Health care and medical services',
        'Reprint the lab downtime forms.',
        'Laboratory',
        'Lab manager',
        '',
        'April 15, 2025',
        'Validated in exercise: Downtime drill, April, April 22, 2025',
        'Downtime and continuity',
      ],
      ['', 'Raise firewall log retention.', '', 'IT', '', 'April 1, 2025', 'Open (overdue)', 'None named'],
    ]);
    expect(allText(doc)).toContain('3 improvement actions: 1 open, 1 in progress, 0 done, 1 validated in exercise; 1 overdue on May 1, 2025.');
  });

  it('analyses each objective: capability, rating, evidence, its strengths and areas for improvement with root causes', () => {
    const analysis = doc.sections.find((s) => s.id === 'aar-analysis')!;
    const text = analysis.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.kind === 'paragraph' ? inlineText(b.content) : b.kind === 'list' ? b.items.map((i) => `- ${inlineText(i)}`).join('\n') : b.kind));
    expect(text).toEqual([
      '## Objective 1: Escalate a suspected ransomware attack to the incident commander within 15 minutes.',
      'Capability: Operational coordination',
      'Rating: Performed with major challenges (M)',
      'Evidence: Escalation took 25 minutes; two call-tree numbers were wrong.',
      '## Strengths',
      '- The front desk recognized the ransom note and called at once.',
      '## Areas for improvement',
      '- The help desk did not know whom to call. Root cause: The call tree had not been checked since 2023.',
      '## Objective 2: Keep the lab running on downtime procedures for a day.',
      'Capability: Health care and medical services',
      'Rating: Performed with some challenges (S)',
      '## Strengths',
      '- Downtime forms were where the lab expected them.',
      '## Areas for improvement',
      '- Forms ran out after six hours. Root cause: not recorded.',
      '## Objective 3: Decide within the day whether notices are required.',
      'Rating: Not rated',
      '## Strengths',
      'None recorded.',
      '## Areas for improvement',
      'None recorded.',
      '## Other observations',
      'Strengths and areas for improvement that concern no single objective.',
      '## Strengths',
      '- Planning: Everyone knew where the plan was kept.',
      '## Areas for improvement',
      '- Cybersecurity: Nobody owned the log retention settings. Root cause: No one was named for it when the firewall was replaced.',
    ]);
    expect(allText(doc)).toContain('3 objectives: 1 performed with some challenges (S), 1 performed with major challenges (M), 1 not rated.');
  });

  it('lists strengths and areas for improvement by capability when there are no objectives, and says so when there is nothing', () => {
    const general = withoutIsolates(buildAfterActionReport({ ...FULL_REVIEW, objectives: undefined, strengths: [FULL_REVIEW.strengths[2]!], areasForImprovement: [] }));
    const blocks = general.sections.find((s) => s.id === 'aar-analysis')!.blocks;
    expect(blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'list' ? inlineText(b.items[0]!) : b.kind === 'paragraph' ? inlineText(b.content) : ''))).toEqual([
      'Strengths',
      'Planning: Everyone knew where the plan was kept.',
      'Areas for improvement',
      'None recorded.',
    ]);
    const empty = buildAfterActionReport({ ...FULL_REVIEW, objectives: undefined, strengths: [], areasForImprovement: [] });
    expect(allText(empty)).toContain('No objectives, strengths or areas for improvement were recorded.');
    expect(allText(empty)).not.toContain('objectives:');
  });

  it('gives every phase a row, "Not recorded" where nothing was said', () => {
    const table = doc.sections.find((s) => s.id === 'aar-procedures')!.blocks[0]!;
    expect(table.kind === 'table' && table.rows.length).toBe(8);
    expect(allText(doc)).toContain('Did not work');
    expect(allText(doc)).toContain('Not recorded');
  });

  it('splits long answers into paragraphs, and says "Not recorded." for empty ones', () => {
    const detection = doc.sections.find((s) => s.id === 'aar-detection')!;
    expect(detection.blocks).toHaveLength(2);
    const sparse = withoutIsolates(buildAfterActionReport({ ...FULL_REVIEW, detection: undefined, lessons: [], timeline: [] }));
    for (const id of ['aar-detection', 'aar-lessons', 'aar-timeline']) {
      expect(sparse.sections.find((s) => s.id === id)!.blocks).toEqual([{ kind: 'paragraph', content: [NOT_RECORDED] }]);
    }
  });
});

describe('buildComplianceReport', () => {
  const doc = withoutIsolates(buildComplianceReport({ ...FULL_REVIEW, kind: 'real-incident' }));

  it('has a summary, the steps taken, lessons learned and the improvement plan status', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Summary',
      'Steps taken',
      'Effect on patient care and operations',
      'Lessons learned',
      'Improvement plan status',
    ]);
    expect(doc.title).toBe('Incident review report: Ransomware tabletop, March');
  });

  it('carries the timeline, the lessons and every improvement item, grouped by plan section too', () => {
    const text = allText(doc);
    for (const entry of FULL_REVIEW.timeline) expect(text).toContain(entry.what);
    for (const lesson of FULL_REVIEW.lessons) expect(text).toContain(lesson);
    for (const item of FULL_REVIEW.improvements) expect(text).toContain(item.action);
    expect(text).toContain('3 improvement actions: 1 open, 1 in progress, 0 done, 1 validated in exercise.');
    expect(text).toContain('Contacts and call tree: Check the call tree every quarter; keep a test call log.');
  });
});

describe('hostile text in the reports', () => {
  const review = hostileReview();
  const docs = [buildAfterActionReport(review), buildComplianceReport(review)];

  it.each(docs.map((d) => [d.subtitle, d]))('stays inert in HTML: %s', (_name, doc) => {
    const html = renderHtml(doc as DocumentModel);
    expect(html).not.toMatch(/<img|<script|<svg|<a href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each(docs.map((d) => [d.subtitle, d]))('stays inert in Markdown: %s', (_name, doc) => {
    const markdown = renderMarkdown(doc as DocumentModel);
    expect(markdown).not.toMatch(/<img|<script|<svg|<a href/i);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(markdown).not.toMatch(/(?<!\\)!\[img/);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps the hostile text as text in the model', () => {
    expect(allText(docs[0]!)).toContain(HOSTILE);
  });
});
