/**
 * Plans for four kinds of organization, read from the files a reader gets (Markdown, and Word parsed back): each
 * contains the governance, command, playbooks, breach test and contacts that apply to it, and nothing meant for
 * another kind (issue 14).
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/engine/export/docx.ts';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { planFor } from '../../../src/engine/index.ts';
import { readerText } from '../../support/maintainer-phrases.ts';
import { fixture } from './fixtures.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The document's text, one line per Word paragraph, runs joined. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''))
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity])
    .replace(/[\u2068\u2069]/g, '');
}

interface Outputs {
  markdown: string;
  word: string;
}

/** The plan for a fixture as Markdown and as Word, each as a reader sees its text. */
function outputsFor(name: string, today: string): () => Outputs {
  let outputs: Outputs = { markdown: '', word: '' };
  beforeAll(async () => {
    const plan = planFor(fixture(name), today);
    outputs = { markdown: readerText(renderMarkdown(plan)).replace(/\\([[\]])/g, '$1').replaceAll('**', ''), word: docxText(await renderDocx(plan)) };
  });
  return () => outputs;
}

function expectBoth(outputs: Outputs, present: readonly string[], absent: readonly (string | RegExp)[] = []): void {
  for (const [format, text] of Object.entries(outputs)) {
    for (const phrase of present) expect(text, `${format} should contain “${phrase}”`).toContain(phrase);
    for (const phrase of absent) {
      if (typeof phrase === 'string') expect(text, `${format} should not contain “${phrase}”`).not.toContain(phrase);
      else expect(text, `${format} should not match ${phrase}`).not.toMatch(phrase);
    }
  }
}

/** What every HIPAA organization's plan holds, whatever its kind. */
const EVERY_HIPAA_PLAN = [
  'Approval, version and distribution',
  'Change history',
  'Anyone may declare; if in doubt, declare.',
  'Deputies and who takes over',
  'The first call: agenda for the first 30 minutes',
  'Privileged documents',
  'Update rhythm',
  'The incident file',
  'Email account compromise or phishing',
  'A lost or stolen device',
  'A workforce member viewing records without need',
  'Deciding on a ransom demand',
  'Office of Foreign Assets Control (OFAC)',
  'Step 1: Was it unsecured protected health information?',
  'Step 2: Does one of the three exceptions apply?',
  'would not reasonably have been able to retain',
  'Step 3: The presumption of breach and the four factors',
  'Fact Sheet: Ransomware and HIPAA',
  'Step 4: The discovery date',
  'FBI Internet Crime Complaint Center (IC3)',
  'U.S. Secret Service field office',
  'CISA (Cybersecurity and Infrastructure Security Agency)',
  'Health-ISAC',
  'share indicators of compromise',
  'Local police',
  'Training and exercise schedule',
  'Metrics tracked for each incident and each year',
  'Time to contain',
  '45 CFR 164.530(j)(2)',
  '6 years from when it was made or last in effect, whichever is later',
];

/** Words for hospitals only. */
const HOSPITAL_WORDS = /\bcensus\b|ambulance|every unit/i;

describe('the plan for a small clinic (fewer than 50 people, Texas, no incident)', () => {
  const outputs = outputsFor('small-clinic', '2026-03-10');

  it('holds every item a HIPAA plan needs, with the clinic’s own approver, version, deputy, channel and systems', () => {
    expectBoth(outputs(), [
      ...EVERY_HIPAA_PLAN,
      'Dr. Omar Said',
      'Owner and Medical Director',
      'Version 1.0',
      'Tom Baker, Office Lead',
      'Phone bridge +1 (555) 010-0700',
      'Office Continuity Plan',
      'KidsChart',
      '8 hours',
      '24 hours',
      'Ransomware with EHR downtime',
      'Misdirected mail, fax or email',
      'Continuity of patient care during downtime',
      'HHS Office for Civil Rights breach portal',
      'Texas Attorney General',
      'When a business associate reports a breach to you',
      'With fewer than 50 people, one person often holds several roles',
    ]);
  });

  it('uses a clinic’s words, not a hospital’s, and lists no gap that cannot concern it', () => {
    expectBoth(outputs(), ['front desk'], [HOSPITAL_WORDS, 'SEC Form 8-K', 'state insurance regulators', 'before 2024-07-29']);
    // A regulator of public agencies only is no contact of a clinic that has not said it is one.
    const contacts = outputs().markdown.split('## External contacts')[1].split('## Severity classification')[0];
    expect(contacts).toContain('Texas Attorney General');
    expect(contacts).not.toContain('Texas Department of Information Resources');
  });

  it('asks for what the answers leave out, instead of inventing it', () => {
    expectBoth(outputs(), ['[name a deputy]', '[none named: name it, or write “none”]', 'Copies go to (people or groups)']);
  });
});

describe('the plan for a hospital with every answer (the maximal fixture)', () => {
  const outputs = outputsFor('maximal', '2026-03-10');

  it('uses the hospital’s words, its codename, deputies, channel, related plans and restore order', () => {
    expectBoth(outputs(), [
      ...EVERY_HIPAA_PLAN,
      'census',
      'ambulance',
      'This incident’s codename: Bluebird',
      'Dana Whitfield, Deputy CIO',
      'Signal group "Mercy IR"',
      'Emergency Operations Plan 2026',
      'IT Disaster Recovery Plan',
      'Crisis Communications Plan',
      'board audit committee',
      'Morgan Ellis',
      'Version 3.1',
      '1. Electronic health record, 2. Laboratory information system and 3. Payroll',
      'The help desk logged encrypted files',
    ], ['With fewer than 50 people']);
  });

  it('keeps the gaps that concern a listed insurer', () => {
    expectBoth(outputs(), ['SEC Form 8-K', 'state insurance regulators', 'insurance regulator notice']);
  });
});

describe('the plan for a health plan (insurer with EU members and an incident)', () => {
  const outputs = outputsFor('insurer-eu', '2026-03-10');

  it('speaks of members and claims systems, with no EHR, no clinical lead and no patient-care downtime', () => {
    expectBoth(outputs(), [...EVERY_HIPAA_PLAN, 'members', 'the claims and membership systems', 'Ransomware'], [/\bEHR\b/, 'Clinical lead', 'Ransomware with EHR downtime', HOSPITAL_WORDS]);
  });

  it('says truly why patient care is left out: its services are under the recovery section, which it has', () => {
    expectBoth(outputs(), ['does not give care to patients itself', 'Related plans and recovery objectives', 'Keeping essential services running'], ['covered in the phases of response']);
  });
});

describe('the plan for a business associate (a billing company with an incident)', () => {
  const outputs = outputsFor('billing-ba-incident', '2026-03-10');

  it('prints its own duties and its clients’ agreements, and the owners’ duties as its clients’, to support', () => {
    expectBoth(outputs(), [
      'Your clients’ agreements',
      '10 calendar days after discovery',
      'March 12, 2026', // 10 calendar days after discovery on 2026-03-02
      'Your clients’ duties, to support',
      'are your clients’ to send, as the owners of the data, not yours',
      'Your notice to each client is due without unreasonable delay, at most 60 calendar days after discovery',
      'Regulators your clients notify',
      'When a subcontractor reports a breach to you',
      'A breach at a subcontractor or vendor',
    ]);
  });

  it('says nothing of an EHR, patient care or a clinical lead, and does not send the owners’ notices itself', () => {
    expectBoth(outputs(), ['IT provider or managed service provider'], [/\bEHR\b/, 'Clinical lead', 'HHS Office for Civil Rights breach portal', 'covered in the phases of response']);
    // Washington's insurance regulator notice concerns insurers only; the billing company is not one.
    expectBoth(outputs(), [], ['insurance regulator notice', 'SEC Form 8-K']);
    const table = outputs().markdown.split('*Table: Notices this incident requires, earliest first*')[1].split('\n\n')[1];
    expect(table).toContain('45 CFR 164.410');
    expect(table).not.toContain('California Attorney General');
    expect(table).not.toContain('45 CFR 164.404');
  });
});

describe('the plan for a health app outside HIPAA', () => {
  const outputs = outputsFor('phr-vendor', '2026-03-10');

  it('has no HIPAA breach test or HIPAA retention, and no fax', () => {
    expectBoth(outputs(), ['Misdirected email or message', 'Keep them for the period counsel advises'], ['Step 2: Does one of the three exceptions apply?', 'of the HIPAA breach test', 'protected health information', '164.530(j)', /\bfax\b/i]);
  });
});

describe('the plan for a business associate with no incident', () => {
  const outputs = outputsFor('billing-ba', '2026-03-10');

  it('lists as its own only the notices to its clients, and the owners’ notices as its clients’, to support', () => {
    const notification = outputs().markdown.split('## Notification procedures')[1].split('## Draft notice letter')[0];
    const [own, rest] = notification.split('### Your clients’ duties, to support');
    expect(own).toContain('45 CFR 164.410');
    expect(own).toContain('The owner or licensee of the data (your client)');
    expect(own).not.toContain('Each affected California resident');
    expect(own).not.toContain('California Attorney General');
    expect(rest).toContain('are your clients’ to send, not yours');
    expect(rest).toContain('Each affected California resident');
    expect(rest).toContain('Cal. Civ. Code § 1798.82(f)');
    expectBoth(outputs(), ['Your clients’ duties, to support', 'Desert Valley Orthopedics', '10 calendar days after discovery']);
  });
});
