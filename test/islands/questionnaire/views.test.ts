import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAnswers, timelineFor, type Answers, type Obligation } from '../../../src/engine/index.ts';
import { OMITTED_SECTION_ID } from '../../../src/engine/export/text.ts';
import { demoteHeadings } from '../../../src/engine/export/html.ts';
import { planOutput, previewParts } from '../../../src/islands/questionnaire/plan-output.ts';
import { questionnaireText } from '../../../src/islands/questionnaire/questions.ts';
import { draftFromAnswers, emptyDraft, type Draft } from '../../../src/islands/questionnaire/draft.ts';
import { NOT_PROVIDED, summarySections } from '../../../src/islands/questionnaire/summary-rows.ts';
import { dueText, holdText, remainingText, scaleFor, timelineRows } from '../../../src/islands/questionnaire/timeline-rows.ts';

function fixture(name: string): Answers {
  const parsed = parseAnswers(JSON.parse(readFileSync(`test/fixtures/answers/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`${name}.json is invalid`);
  return parsed.answers;
}
const clinic = fixture('clinic');
const text = questionnaireText();

describe('remainingText', () => {
  const base = { status: 'open', daysLeft: 5, overdue: false, sentOn: null, waitingFor: null } as unknown as Obligation;
  it('returns days left, due today or overdue in words', () => {
    expect(remainingText(base)).toBe('5 days left');
    expect(remainingText({ ...base, daysLeft: 1 })).toBe('1 day left');
    expect(remainingText({ ...base, daysLeft: 0 })).toBe('Due today');
    expect(remainingText({ ...base, daysLeft: -3, overdue: true })).toBe('Overdue by 3 days');
  });
  it('returns what is missing for an undated notice, and the date of a sent one', () => {
    expect(remainingText({ ...base, status: 'undated', daysLeft: null, waitingFor: 'the determination date' })).toBe('Not dated yet: the determination date');
    expect(remainingText({ ...base, status: 'undated', daysLeft: null })).toBe('No date set by this law');
    expect(remainingText({ ...base, status: 'sent', sentOn: '2024-03-01' })).toBe('Sent on March 1, 2024');
  });
});

describe('dueText and holdText', () => {
  it('returns a date, or a date and local time for an hour clock', () => {
    expect(dueText({ kind: 'date', date: '2024-04-10' })).toBe('April 10, 2024');
    expect(dueText({ kind: 'instant', utc: '2024-04-02T09:00:00Z', local: '2024-04-02T10:00:00+01:00', date: '2024-04-02' })).toBe('April 2, 2024, 10:00 (UTC+01:00)');
    expect(dueText(null)).toBe('None set');
  });
  it('says a notice is held back, and until when', () => {
    const held = { lawEnforcementHold: { citation: '45 CFR 164.412', heldUntil: '2024-03-01', explanation: '' } } as Obligation;
    expect(holdText(held)).toBe('Held back by the law-enforcement delay until March 1, 2024 (45 CFR 164.412).');
    expect(holdText({ lawEnforcementHold: null } as Obligation)).toBeNull();
  });
});

describe('timelineRows', () => {
  it('returns one row per obligation, with its citation and source', () => {
    const timeline = timelineFor(clinic, '2024-03-01');
    const rows = timelineRows(timeline);
    expect(rows).toHaveLength(timeline.obligations.length);
    const hhs = rows.find((row) => row.citation.includes('164.404'));
    expect(hhs?.sourceUrl).toMatch(/^https:/);
    expect(hhs?.remaining).toMatch(/days left$/);
  });
});

describe('scaleFor', () => {
  it('spans discovery to the later of today and the last deadline', () => {
    const scale = scaleFor('2024-01-01', '2024-01-11', ['2024-01-21', '2024-01-06']);
    expect(scale.end).toBe('2024-01-21');
    expect(scale.at('2024-01-11')).toBe(50);
    expect(scale.at('2023-12-01')).toBe(0);
    expect(scale.at('2025-01-01')).toBe(100);
  });
});

describe('summarySections', () => {
  it('returns every question with "Not provided" for what was skipped', () => {
    const sections = summarySections(emptyDraft(), text);
    const rows = sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.key === 'organization.name')).toMatchObject({ answer: [], step: 'organization', changes: 'the name of your organization' });
    expect(rows.find((row) => row.key === 'team.cyber-insurer')?.answer).toEqual([]);
    expect(rows.find((row) => row.key === 'incident')?.answer).toEqual(['No']);
    expect(NOT_PROVIDED).toBe('Not provided');
  });
  it('returns the clinic’s answers in words', () => {
    const rows = summarySections(draftFromAnswers(clinic), text).flatMap((section) => section.rows);
    const answer = (key: string) => rows.find((row) => row.key === key)?.answer;
    expect(answer('organization.states')).toEqual(['Oklahoma, Texas']);
    expect(answer('organization.size')).toEqual(['50 to 499 people']);
    expect(answer('team.cyber-insurer')).toEqual(['Acme Mutual Cyber', 'Policy number: CY-2024-118', 'Claims hotline: +1 (555) 010-0199']);
    expect(answer('incident.discoveredOn')).toEqual(['February 10, 2024']);
    expect(answer('incident.affected.byJurisdiction')).toEqual(['Oklahoma: 40', 'Texas: 301']);
  });
});

describe('summarySections with the version 2 answers', () => {
  const draft: Draft = {
    ...draftFromAnswers(clinic),
    plans: { communications: 'Crisis communications plan' },
    governance: { planVersion: '1.2', approverName: 'Pat Kim' },
  };
  draft.organization = {
    ...draft.organization,
    type: 'clinic',
    role: 'business-associate',
    holdsDataFor: 'both',
    clients: [{ name: 'Hillview Hospital', noticeWithinDays: '10' }, { name: 'Oak Clinic', noticeWithinDays: '1' }, {}],
    entityTypes: [],
    outOfBandChannel: 'Signal group on personal phones',
  };
  draft.team = draft.team.map((contact) => (contact.role === 'privacy-officer' ? { ...contact, deputy: { name: 'Alex Park', title: 'Compliance analyst', phone: '+1 555 010 0144' } } : contact));
  draft.systems = { ...draft.systems, critical: [{ name: 'Example EHR', rtoHours: '4', rpoHours: '1' }, { name: 'Pharmacy', rtoHours: 'soon' }] };
  draft.incident = { ...draft.incident!, lawEnforcementDelay: { kind: 'written', endsOn: '2024-03-01', agency: 'Texas Rangers', jurisdiction: 'TX' } };
  const rows = summarySections(draft, text).flatMap((section) => section.rows);
  const row = (key: string) => rows.find((r) => r.key === key);

  it('returns each new answer in words, with the step that asks it', () => {
    expect(row('organization.type')).toMatchObject({ answer: ['Physician practice or clinic'], step: 'organization' });
    expect(row('organization.holdsDataFor')).toMatchObject({ answer: ['Both our own and our clients’'], step: 'clients' });
    expect(row('organization.clients')).toMatchObject({
      answer: ['Hillview Hospital: notice within 10 days', 'Oak Clinic: notice within 1 day', 'A client with no name'],
      step: 'clients',
    });
    expect(row('organization.entityTypes')).toMatchObject({ answer: ['None of these'], step: 'laws' });
    expect(row('organization.outOfBandChannel')).toMatchObject({ answer: ['Signal group on personal phones'], step: 'team' });
    expect(row('team.privacy-officer')?.answer.slice(-2)).toEqual(['Deputy: Alex Park, Compliance analyst', 'Deputy’s phone: +1 555 010 0144']);
    expect(row('systems.critical')?.answer).toEqual(['1. Example EHR (recovery time: 4 hours; recovery point: 1 hour)', '2. Pharmacy (recovery time: soon)']);
    expect(row('plans.communications')).toMatchObject({ answer: ['Crisis communications plan'], step: 'governance' });
    expect(row('plans.emergencyOperations')?.answer).toEqual([]);
    expect(row('governance.planVersion')?.answer).toEqual(['1.2']);
    expect(row('incident.lawEnforcementDelay')?.answer).toEqual(['Yes, in writing', 'Delay until March 1, 2024', 'Agency: Texas Rangers', 'An agency of Texas']);
  });
  it('asks whose data a covered entity holds only once it has answered', () => {
    const own = summarySections(draftFromAnswers(clinic), text).flatMap((section) => section.rows);
    expect(own.some((r) => r.key === 'organization.holdsDataFor')).toBe(false);
    expect(own.find((r) => r.key === 'organization.entityTypes')?.answer).toEqual([]);
  });
});

describe('planOutput', () => {
  it('returns the plan, its preview with headings under the page’s, and the timeline', () => {
    const output = planOutput(clinic, '2024-03-01');
    expect(output.doc.title).toBe('Incident Response Plan: \u2068Lakeside Family Clinic\u2069');
    expect(output.html).toMatch(/^<article class="document">/);
    expect(output.html).not.toMatch(/<h[12][\s>]/);
    expect(output.html).toContain('<h3>Incident Response Plan: <bdi>Lakeside Family Clinic</bdi></h3>');
    expect(output.timeline?.obligations.length).toBeGreaterThan(0);
    expect(planOutput({ ...clinic, incident: undefined }, '2024-03-01').timeline).toBeNull();
  });
  it('keeps hostile text inert in the preview', () => {
    const hostile = { ...clinic, organization: { ...clinic.organization, name: '<img src=x onerror=alert(1)>' } };
    expect(planOutput(hostile, '2024-03-01').html).not.toContain('<img');
  });
  it('gives the same preview in pieces: the article with its cover and contents, then each section to append inside it', () => {
    const { doc, html } = planOutput(clinic, '2024-03-01');
    const [article = '', ...sections] = previewParts(doc);
    expect(article).toMatch(/^<article class="document">[\s\S]*<nav class="toc"[\s\S]*<\/nav>\n<\/article>$/);
    expect(sections.map((section) => section.match(/^<section id="([^"]+)"/)?.[1])).toEqual([...doc.sections.map((section) => section.id), ...(doc.omitted.length > 0 ? [OMITTED_SECTION_ID] : [])]);
    expect(`${[article.replace(/\n<\/article>$/, ''), ...sections, '</article>'].join('\n')}\n`).toBe(html);
  });
});

describe('demoteHeadings', () => {
  it('moves h1–h4 down two levels, tags only', () => {
    expect(demoteHeadings('<h1>A</h1><h2 id="x">B</h2><h4>C</h4><p>h1</p>')).toBe('<h3>A</h3><h4 id="x">B</h4><h6>C</h6><p>h1</p>');
  });
});
