import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { salvageAnswers, type SalvageResult } from '../../../src/engine/answers/salvage.ts';
import { checkDraft } from '../../../src/islands/questionnaire/check.ts';
import { draftFromImport } from '../../../src/islands/questionnaire/draft.ts';
import { changedLine, droppedLine, importedNotice, questionsToAnswer, refusedNotice } from '../../../src/islands/questionnaire/import-notice.ts';
import { Notice } from '../../../src/islands/questionnaire/saving.tsx';

const fixture = (name: string): any => JSON.parse(readFileSync(`test/fixtures/answers/${name}.json`, 'utf8'));

/** The notice the page shows for a file: salvaged by the engine, then checked as the questionnaire checks it. */
function noticeFor(name: string, input: unknown) {
  const salvaged = salvageAnswers(input) as Extract<SalvageResult, { ok: true }>;
  const draft = draftFromImport(salvaged.answers)!;
  const check = checkDraft(draft);
  return importedNotice(name, salvaged, check.ok ? [] : questionsToAnswer(check.problems));
}

describe('importedNotice', () => {
  it('says a complete file was imported, with no lists', () => {
    expect(noticeFor('clinic.json', fixture('clinic'))).toEqual({ tone: 'ok', text: 'Imported \u2068clinic.json\u2069. Check the answers below.' });
  });

  it('lists the questions an unfinished file leaves, in plain words (no field paths)', () => {
    const notice = noticeFor('lakeside.json', { schemaVersion: 1, organization: { name: 'Lakeside' } });
    expect(notice.text).toBe('Imported \u2068lakeside.json\u2069. Some questions are still unanswered: answer them to finish your plan.');
    expect(notice.lists).toHaveLength(1);
    expect(notice.lists?.[0]?.title).toBe('Still to answer:');
    expect(notice.lists?.[0]?.items).toEqual(
      expect.arrayContaining(['Which best describes your organization under HIPAA and related law?', 'Incident commander: What is their name?']),
    );
    expect(notice.lists?.[0]?.items).not.toContain('What is the name of your organization?');
    expect(notice.lists?.[0]?.items.join('\n')).not.toMatch(/organization\.|team\.\d/);
  });

  it('lists the values left out with the reason, then what is still to answer', () => {
    const input = fixture('clinic');
    input.organization.states = ['TX', 'ZZ'];
    input.incident.discoveredOn = '2024-02-30';
    const notice = noticeFor('mixed.json', input);
    expect(notice.text).toBe('Imported \u2068mixed.json\u2069, except 2 values that are not valid; everything else in the file was kept.');
    expect(notice.lists?.map((list) => list.title)).toEqual(['Left out because they are not valid (answer these again):', 'Still to answer:']);
    expect(notice.lists?.[0]?.items[0]).toBe(
      'In which states and territories do your patients or members live?: \u2068ZZ\u2069 not imported. Use a two-letter US state or territory code, such as TX or PR.',
    );
    expect(notice.lists?.[1]?.items).toHaveLength(1);
    expect(notice.lists?.[1]?.items[0]).toMatch(/^On what date was the breach first known/);
  });

  it('lists the fields this form does not ask for apart, as nothing to answer again', () => {
    const input = fixture('clinic');
    input.systems.colour = 'blue';
    input.organization['\u202Eextra'] = true;
    // Each name and value as the file gives them, isolated; the organization's group comes before the systems'.
    const notice = noticeFor('extra.json', input);
    expect(notice.text).toBe('Imported \u2068extra.json\u2069, except what this form does not ask for. Check the answers below.');
    expect(notice.lists).toEqual([{ title: 'Left out because this form does not ask for them:', items: ['\u2068\u202Eextra\u2069: \u2068true\u2069', '\u2068colour\u2069: \u2068blue\u2069'] }]);
  });

  it('lists an empty answer as still to answer, not as left out', () => {
    const input = fixture('clinic');
    input.organization.name = '';
    const notice = noticeFor('blank.json', input);
    expect(notice.text).toBe('Imported \u2068blank.json\u2069. Some questions are still unanswered: answer them to finish your plan.');
    expect(notice.lists).toEqual([{ title: 'Still to answer:', items: ['What is the name of your organization?'] }]);
  });

  it('names a wrong choice by the options the questionnaire shows', () => {
    const input = fixture('clinic');
    input.organization.type = 'spaceship';
    const [line] = noticeFor('type.json', input).lists?.[0]?.items ?? [];
    expect(line).toMatch(/^What kind of organization are you\?: \u2068spaceship\u2069 not imported\. Choose one of: “Physician practice or clinic”, “Hospital or health system”/);
    expect(line).not.toMatch(/"clinic"|health-plan/);
  });

  it('says a notice marked sent without its date was kept as not sent', () => {
    const input = fixture('clinic');
    input.incident.notices = { 'hipaa-individuals': { status: 'sent' } };
    const notice = noticeFor('sent.json', input);
    expect(notice.text).toBe('Imported \u2068sent.json\u2069. Check the answers below.');
    expect(notice.lists).toEqual([
      { title: 'Kept with a change (check these):', items: ['The notice to affected individuals (45 CFR 164.404): kept as not sent: the file gave no date it was sent.'] },
    ]);
  });

  it.each([
    ['a right-to-left override', 'evil\u202Enosj.json', '\u2068evil\u202Enosj.json\u2069'],
    ['Arabic text', 'إجابات.json', '\u2068إجابات.json\u2069'],
    ['its own isolate marks, which could close the isolate early', 'a\u2069\u202Eb\u2068.json', '\u2068a\u202Eb.json\u2069'],
  ])('isolates a file name with %s', (_what, name, isolated) => {
    expect(noticeFor(name, fixture('clinic')).text).toBe(`Imported ${isolated}. Check the answers below.`);
    expect(refusedNotice(name, []).text).toBe(`${isolated} could not be imported, so nothing has changed.`);
  });

  it('passes on what bringing an earlier version up to date assumed', () => {
    const notice = noticeFor('old.json', { organizationName: 'Old Clinic', role: 'covered-entity-provider', patientStates: ['TX'] });
    expect(notice.lists?.[0]?.title).toMatch(/earlier version of Breachline/);
    expect(notice.lists?.[0]?.items.length).toBeGreaterThan(0);
  });
});

describe('droppedLine', () => {
  it('leaves out a value too long to show and isolates a shown one', () => {
    expect(droppedLine({ path: 'organization.name', question: 'What is the name of your organization?', message: 'Keep this to 200 characters or fewer.' })).toBe(
      'What is the name of your organization?: not imported. Keep this to 200 characters or fewer.',
    );
    expect(droppedLine({ path: 'team.0.email', question: 'What is their email address? (optional)', message: 'Enter an email address.', value: 'x\u202Ey' })).toBe(
      'What is their email address?: \u2068x\u202Ey\u2069 not imported. Enter an email address.',
    );
  });
});

describe('changedLine', () => {
  it('says what the value is about, then what changed and why', () => {
    expect(changedLine({ path: 'incident.notices.x.status', subject: 'A notice in the file', message: 'kept as not sent: the file gave no date it was sent.' })).toBe(
      'A notice in the file: kept as not sent: the file gave no date it was sent.',
    );
  });
});

describe('refusedNotice', () => {
  it('says nothing changed and gives the reasons', () => {
    expect(refusedNotice('review.json', [{ path: '', message: 'This is not a Breachline answers file.' }])).toEqual({
      tone: 'problem',
      text: '\u2068review.json\u2069 could not be imported, so nothing has changed.',
      details: ['This is not a Breachline answers file.'],
    });
  });
});

describe('Notice', () => {
  it('renders each list under its lead-in', () => {
    const html = renderToString(h(Notice, { notice: { tone: 'ok', text: 'Imported a.json.', lists: [{ title: 'Still to answer:', items: ['Who is on your response team?'] }] } }));
    expect(html).toContain('<p>Still to answer:</p><ul><li>Who is on your response team?</li></ul>');
  });

  it('shows each isolated value, in the sentence and in the lists, in its own <bdi>', () => {
    const notice = { tone: 'ok' as const, text: 'Imported \u2068evil\u202Enosj.json\u2069. Check.', lists: [{ title: 'Left out:', items: ['Name: \u2068x\u2069 not imported.'] }] };
    const html = renderToString(h(Notice, { notice }));
    expect(html).toContain('<p>Imported <bdi>evil\u202Enosj.json</bdi>. Check.</p>');
    expect(html).toContain('<li>Name: <bdi>x</bdi> not imported.</li>');
    expect(html).not.toMatch(/[\u2068\u2069]/);
  });
});
