import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Inline, Section } from '../../../src/engine/document/model.ts';
import { CATALOG_RULES, computeTimeline, planFor, timelineFor } from '../../../src/engine/index.ts';
import { buildPlan } from '../../../src/engine/plan/build-plan.ts';
import { addYears } from '../../../src/engine/plan/context.ts';
import { longDate } from '../../../src/engine/dates/calendar.ts';
import { provisionById, SHIPPED_PROVISIONS } from '../../../src/engine/rules/provisions.ts';
import { fixture } from './fixtures.ts';

function inlineText(content: readonly Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
    case 'note':
      return inlineText(block.content);
    case 'list':
    case 'checklist':
      return block.items.map(inlineText).join('\n');
    case 'table':
      return [block.caption, block.header.join(' | '), ...block.rows.map((row) => row.map(inlineText).join(' | '))].join('\n');
    case 'write-in':
      return block.label;
  }
}

/** A section's words, read as a person reads them: the isolates around user text (user-text.test.ts pins them) left out. */
function sectionText(section: Section): string {
  return withoutIsolates([section.title, ...section.blocks.map(blockText)].join('\n'));
}

const withoutIsolates = (text: string): string => text.replace(/[\u2068\u2069]/g, '');

function section(plan: DocumentModel, id: string): Section {
  const found = plan.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No section ${id}; sections: ${plan.sections.map((s) => s.id).join(', ')}`);
  return found;
}

const ids = (plan: DocumentModel) => plan.sections.map((s) => s.id);
const omittedTitles = (plan: DocumentModel) => plan.omitted.map((o) => o.title);

describe('buildPlan', () => {
  describe('for a 40-person clinic with a ransomware incident in Texas and Florida', () => {
    const answers = fixture('clinic-ransomware');
    const today = '2025-03-10';
    const plan = planFor(answers, today);

    it('includes every section, including the media statement (more than 500 Texas residents)', () => {
      expect(ids(plan)).toEqual([
        'purpose-and-scope',
        'plan-approval',
        'roles-and-responsibilities',
        'command-and-communications',
        'contact-roster',
        'external-contacts',
        'severity',
        'response-phases',
        'playbooks',
        'evidence-preservation',
        'continuity-of-care',
        'related-plans-and-recovery',
        'risk-assessment',
        'notification-procedures',
        'individual-notice',
        'substitute-notice',
        'media-statement',
        'regulator-cover-note',
        'post-incident-review',
        'plan-maintenance',
      ]);
      expect(plan.omitted).toEqual([]);
    });

    it('names the organization, its role in words and its states in the scope', () => {
      const text = sectionText(section(plan, 'purpose-and-scope'));
      expect(text).toContain('Gulf Coast Family Medicine');
      expect(text).toContain('HIPAA covered entity: health care provider');
      expect(text).toContain('Texas and Florida');
    });

    it('puts the named people in the RACI table, one accountable role per activity', () => {
      const table = section(plan, 'roles-and-responsibilities').blocks.find((b) => b.kind === 'table');
      if (table?.kind !== 'table') throw new Error('no RACI table');
      const header = table.header.map(withoutIsolates);
      expect(header).toContain('Incident commander: Maria Gonzalez');
      expect(header).toContain('Privacy officer: James Whitfield');
      expect(header).toContain('Clinical lead: Dr. Alan Brooks');
      for (const row of table.rows) {
        const cells = row.slice(1).map(inlineText);
        expect(cells.filter((cell) => cell.startsWith('A')), inlineText(row[0])).toHaveLength(1);
        expect(cells.some((cell) => cell.includes('R')), inlineText(row[0])).toBe(true);
      }
    });

    it('lists everyone in the roster, with the insurer’s policy number and claims hotline', () => {
      const text = sectionText(section(plan, 'contact-roster'));
      for (const contact of answers.team) expect(text).toContain(contact.name);
      expect(text).toContain('HCI-7781-22');
      expect(text).toContain('+1 (800) 555-0150');
    });

    it('names the EHR, backups and downtime procedures in the response phases', () => {
      const text = sectionText(section(plan, 'response-phases'));
      expect(text).toContain('ClinicChart EHR');
      expect(text).toContain('offline, immutable appliance');
      expect(text).toContain('Paper downtime packets');
      expect(text).toContain('Bayside Forensics');
      for (const phase of ['Preparation', 'Detection and analysis', 'Containment', 'Eradication and recovery', 'Post-incident improvement']) {
        expect(text).toContain(phase);
      }
    });

    it('lays out the four factors of 45 CFR 164.402 as write-in blocks', () => {
      const risk = section(plan, 'risk-assessment');
      const text = sectionText(risk);
      expect(text).toContain('45 CFR 164.402');
      for (const factor of provisionById(SHIPPED_PROVISIONS, 'hipaa-breach-presumption').items ?? []) expect(text).toContain(factor);
      expect(risk.blocks.filter((b) => b.kind === 'write-in').length).toBeGreaterThanOrEqual(4);
    });

    it('shows the timeline’s due dates, citations and the law-enforcement delay', () => {
      const text = sectionText(section(plan, 'notification-procedures'));
      const timeline = timelineFor(answers, today);
      const dated = timeline.obligations.filter((o) => o.limit?.kind === 'date');
      expect(dated.length).toBeGreaterThan(0);
      for (const obligation of dated) {
        expect(text).toContain(longDate(obligation.limit!.date));
        expect(text).not.toContain(obligation.limit!.date); // one date vocabulary: no ISO dates for readers
        expect(text).toContain(obligation.citation);
      }
      expect(text).toContain('May 2, 2025'); // HIPAA: 60 days after discovery on 2025-03-03
      expect(text).toContain('Law-enforcement delay');
      expect(text).toContain('45 CFR 164.412');
    });

    it('writes a letter with every element of 45 CFR 164.404(c)(1), in plain words', () => {
      const text = sectionText(section(plan, 'individual-notice'));
      // (A) what happened, with the date of the breach and of discovery
      expect(text).toContain('What happened');
      expect(text).toContain('On March 3, 2025, Gulf Coast Family Medicine discovered');
      expect(text).toContain('[date of the breach');
      // (B) the types of unsecured PHI
      expect(text).toContain('What information was involved');
      expect(text).toContain('Social Security number');
      expect(text).toContain('date of birth');
      // (C) steps individuals should take
      expect(text).toContain('What you can do');
      expect(text).toContain('credit reports');
      // (D) what the entity is doing to investigate, mitigate and protect against further breaches
      expect(text).toContain('We are investigating with Bayside Forensics');
      expect(text).toContain('To reduce possible harm to you');
      expect(text).toContain('To protect against further breaches');
      // (E) contact procedures: toll-free number, email, web site, postal address
      expect(text).toContain('toll-free');
      expect(text).toContain('privacy@example.org');
      expect(text).toContain('[web page address]');
      expect(text).toContain('[postal address]');
      expect(text).toContain('45 CFR 164.404');
    });

    it('gives both substitute-notice routes: fewer than 10, and 10 or more with a 90-day toll-free number', () => {
      const text = sectionText(section(plan, 'substitute-notice'));
      expect(text).toContain('fewer than 10');
      expect(text).toContain('10 or more');
      expect(text).toContain('90 days');
      expect(text).toContain('toll-free');
    });

    it('addresses the media statement to the State over the threshold', () => {
      expect(sectionText(section(plan, 'media-statement'))).toContain('Texas');
    });

    it('sets the next review a year from today, owned by the privacy officer', () => {
      const text = sectionText(section(plan, 'plan-maintenance'));
      expect(text).toContain('James Whitfield (privacy officer)');
      expect(text).toContain('March 10, 2026');
      expect(text).toContain('At least once a year');
    });
  });

  describe('for a billing company (business associate) with no incident', () => {
    const plan = planFor(fixture('billing-ba'), '2025-01-15');

    it('leaves out patient care and the media statement, with reasons', () => {
      expect(omittedTitles(plan)).toEqual(['Continuity of patient care during downtime', 'Media statement']);
      expect(plan.omitted[0].reason).toContain('does not give care');
      expect(plan.omitted[1].reason).toContain('business associate');
    });

    it('keeps the HIPAA risk assessment and describes the rules by jurisdiction, with citations', () => {
      expect(ids(plan)).toContain('risk-assessment');
      const text = sectionText(section(plan, 'notification-procedures'));
      expect(text).toContain('No incident is recorded');
      expect(text).toContain('45 CFR 164.410');
      expect(text).toContain('California');
      expect(text).not.toContain('45 CFR 164.404(b)');
    });

    it('adds the notice to each covered entity to the cover note', () => {
      const text = sectionText(section(plan, 'regulator-cover-note'));
      expect(text).toContain('Notice to each covered entity');
      expect(text).toContain('the identity of each individual');
    });

    it('flags the core roles no one holds', () => {
      expect(sectionText(section(plan, 'roles-and-responsibilities'))).toContain('No one is named yet as privacy officer');
    });

    it('makes Kevin Osei (incident commander) the plan owner when there is no privacy officer', () => {
      expect(sectionText(section(plan, 'plan-maintenance'))).toContain('Kevin Osei (incident commander)');
    });
  });

  describe('for a health app outside HIPAA', () => {
    const plan = planFor(fixture('phr-vendor'), '2025-01-15');

    it('leaves out patient care and the HIPAA risk assessment, with reasons', () => {
      expect(omittedTitles(plan)).toEqual(['Continuity of patient care during downtime', 'HIPAA breach test and risk assessment']);
      expect(plan.omitted[1].reason).toContain('does not bind');
    });

    it('uses the FTC Health Breach Notification Rule for the letter and the notification list', () => {
      expect(sectionText(section(plan, 'individual-notice'))).toContain('16 CFR 318.3');
      const text = sectionText(section(plan, 'notification-procedures'));
      expect(text).toContain('Federal Trade Commission');
      expect(text).not.toContain('45 CFR 164.404');
    });

    it('keeps the media statement, since the FTC media rule may apply', () => {
      expect(sectionText(section(plan, 'media-statement'))).toContain(CATALOG_RULES.find((rule) => rule.id === 'ftc-hbnr-media')!.citation);
    });
  });

  describe('for an insurer with EU data subjects and an incident', () => {
    const answers = fixture('insurer-eu');
    const plan = planFor(answers, '2025-06-03');

    it('leaves out patient care: a health plan gives none itself', () => {
      expect(omittedTitles(plan)).toEqual(['Continuity of patient care during downtime']);
    });

    it('shows the GDPR 72-hour deadline as a moment in UTC', () => {
      const text = sectionText(section(plan, 'notification-procedures'));
      expect(text).toContain('Art. 33');
      // Aware 2025-06-02 09:00 at UTC-04:00, + 72 hours = 2025-06-05 09:00 there (13:00 UTC).
      expect(text).toContain('June 5, 2025, 09:00 (UTC-04:00)');
    });

    it('lists insurance regulators among the places Breachline does not cover', () => {
      expect(sectionText(section(plan, 'notification-procedures'))).toContain('state insurance regulators');
    });

    it('includes a media statement for Massachusetts (820 residents)', () => {
      expect(sectionText(section(plan, 'media-statement'))).toContain('Massachusetts');
    });
  });

  describe('its inputs', () => {
    const answers = fixture('clinic-ransomware');
    const today = '2025-03-10';

    it('draws only on the rules it is given', () => {
      const federal = CATALOG_RULES.filter((rule) => rule.jurisdiction === 'US');
      const timeline = computeTimeline(answers, federal, today);
      const text = sectionText(section(buildPlan(answers, { today, rules: federal, coverage: [], timeline }), 'notification-procedures'));
      expect(text).toContain('45 CFR 164.404');
      for (const rule of CATALOG_RULES.filter((r) => answers.organization.states.includes(r.jurisdiction as never))) expect(text).not.toContain(rule.citation);
    });

    it('shows the timeline it is given, not one of its own', () => {
      const timeline = timelineFor(answers, today);
      const held = { ...timeline, obligations: timeline.obligations.map((o) => ({ ...o, citation: `${o.citation} (as given)` })) };
      const text = sectionText(section(buildPlan(answers, { today, rules: CATALOG_RULES, coverage: [], timeline: held }), 'notification-procedures'));
      expect(text).toContain('45 CFR 164.404 (as given)');
    });

    it('lists the coverage gaps it is given for answers without an incident', () => {
      const { incident: _, ...planOnly } = answers;
      const gap = { jurisdiction: 'US' as const, topic: 'a topic only this test names', reason: 'Because.' };
      const text = sectionText(section(buildPlan(planOnly, { today, rules: CATALOG_RULES, coverage: [gap], timeline: null }), 'notification-procedures'));
      expect(text).toContain('a topic only this test names');
    });

    it('refuses answers with an incident but no timeline', () => {
      expect(() => buildPlan(answers, { today, rules: CATALOG_RULES, coverage: [], timeline: null })).toThrow(/timeline/);
    });
  });

  describe('for a Texas clinic, the rules for public agencies', () => {
    const clinic = fixture('small-clinic');
    const notification = (entityTypes: string[] | undefined) =>
      sectionText(section(planFor({ ...clinic, organization: { ...clinic.organization, entityTypes: entityTypes as never } }, '2026-03-10'), 'notification-procedures'));

    it('are listed as possible while the answers do not say what kind of entity it is', () => {
      expect(notification(undefined)).toContain('2054.603');
    });

    it('are left out once the answers say it is none of the kinds they bind', () => {
      expect(notification([])).not.toContain('2054.603');
      expect(notification(['public-agency'])).toContain('2054.603');
    });
  });

  describe('determinism and dates', () => {
    it('gives the same plan for the same answers and day', () => {
      const answers = fixture('clinic-ransomware');
      expect(JSON.stringify(planFor(answers, '2025-03-10'))).toBe(JSON.stringify(planFor(answers, '2025-03-10')));
    });

    it('rejects a today that is not a date', () => {
      expect(() => planFor(fixture('billing-ba'), '2025-02-30')).toThrow(/YYYY-MM-DD/);
    });

    it('moves 29 February to 28 February a year later', () => {
      expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
      expect(addYears('2025-03-10', 1)).toBe('2026-03-10');
    });
  });
});
