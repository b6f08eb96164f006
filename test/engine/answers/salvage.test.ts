import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { salvageAnswers } from '../../../src/engine/answers/salvage.ts';
import { TEXT_LIMITS } from '../../../src/engine/answers/schema.ts';
import { validateAnswers } from '../../../src/engine/answers/validate.ts';
import { salvageAnswersJson } from '../../../src/engine/index.ts';

const fixture = (name: string): any => JSON.parse(readFileSync(`test/fixtures/answers/${name}.json`, 'utf8'));

function salvaged(input: unknown) {
  const result = salvageAnswers(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('salvageAnswers', () => {
  it('returns complete answers unchanged, with nothing dropped or missing', () => {
    const result = salvaged(fixture('clinic'));
    expect(result).toMatchObject({ answers: fixture('clinic'), dropped: [], missing: [] });
  });

  it('imports a version 1 file with only the organization name, brought up to version 2, and lists what is unanswered', () => {
    const result = salvaged({ schemaVersion: 1, organization: { name: 'Lakeside' } });
    expect(result.answers).toEqual({ schemaVersion: 2, organization: { name: 'Lakeside' } });
    expect(result.fromVersion).toBe(1);
    expect(result.dropped).toEqual([]);
    expect(result.missing.map((problem) => problem.path)).toEqual(expect.arrayContaining(['organization.role', 'organization.states', 'team']));
    expect(result.missing.every((problem) => problem.missing)).toBe(true);
    expect(result.missing.find((problem) => problem.path === 'organization.role')?.question).toBe('Which best describes your organization under HIPAA and related law?');
  });

  it('drops only the invalid values (a bad date, an unknown state, a name over its limit) and says why', () => {
    const input = fixture('clinic');
    input.organization.name = 'L'.repeat(TEXT_LIMITS.name + 1);
    input.organization.states = ['TX', 'ZZ', 'OK'];
    input.incident.discoveredOn = '2024-02-30';
    input.team[0].email = 'not-an-email';
    const result = salvaged(input);

    const expected = fixture('clinic');
    delete expected.organization.name;
    delete expected.incident.discoveredOn;
    delete expected.team[0].email;
    expect(result.answers).toEqual(expected);
    expect(result.dropped).toEqual([
      { path: 'organization.name', question: 'What is the name of your organization?', message: `Keep this to ${TEXT_LIMITS.name} characters or fewer.` },
      expect.objectContaining({ path: 'organization.states.1', value: 'ZZ', message: 'Use a two-letter US state or territory code, such as TX or PR.' }),
      expect.objectContaining({ path: 'team.0.email', value: 'not-an-email', question: 'Incident commander: What is their email address? (optional)' }),
      expect.objectContaining({ path: 'incident.discoveredOn', value: '2024-02-30' }),
    ]);
    expect(result.missing.map((problem) => problem.path)).toEqual(['organization.name', 'incident.discoveredOn']);
  });

  it('leaves the input it was given untouched', () => {
    const input = fixture('invalid');
    const before = structuredClone(input);
    salvaged(input);
    expect(input).toEqual(before);
  });

  it('keeps what is valid in the invalid fixture and, once the rest is answered, the answers pass the schema', () => {
    const result = salvaged(fixture('invalid'));
    expect(result.answers).toMatchObject({ organization: { states: ['TX'], euDataSubjects: false }, team: [{ role: 'privacy-officer', name: 'Sam Lee' }] });
    expect(result.dropped.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['organization.role', 'organization.states.1', 'organization.publiclyTraded', 'team.0.email', 'incident.discoveredOn']),
    );
    const { answers } = result as { answers: any };
    const finished = {
      ...answers,
      organization: { ...answers.organization, name: 'Lakeside', role: 'covered-entity-provider', publiclyTraded: false, insurer: false },
      incident: { ...answers.incident, discoveredOn: '2024-02-10', dataKinds: ['phi'], affected: { byJurisdiction: { TX: 3 } } },
    };
    expect(validateAnswers(finished).ok).toBe(true);
  });

  it('drops a whole entry that lacks its key answer: a contact without a valid role, a notice whose status is wrong', () => {
    const input = fixture('clinic');
    input.team.push({ role: 'wizard', name: 'Merlin' }, { name: 'No role' });
    input.incident.notices = { 'hipaa-individuals': { status: 'lost', sentOn: '2024-03-01' }, 'hipaa-hhs': { status: 'drafting' } };
    const result = salvaged(input);
    expect((result.answers as any).team).toEqual(fixture('clinic').team);
    expect((result.answers as any).incident.notices).toEqual({ 'hipaa-hhs': { status: 'drafting' } });
    expect(result.dropped.map((problem) => problem.path)).toEqual(['team.4.role', 'team.5.role', 'incident.notices.hipaa-individuals.status']);
    const entryGone = 'An entry without this answer cannot be kept, so the whole entry was left out.';
    expect(result.dropped.map((problem) => problem.message)).toEqual([
      expect.stringMatching(new RegExp(`^Choose one of: “Incident commander”, .* ${entryGone}$`)),
      entryGone,
      expect.stringMatching(new RegExp(`^Choose one of: “Drafting”, “Sent”, “Not required”\\. ${entryGone}$`)),
    ]);
    expect(result.dropped[2]?.question).toBe('The notice to affected individuals (45 CFR 164.404): Where does this notice stand?');
  });

  it('drops unknown state codes among the counts and unknown fields inside a group', () => {
    const input = fixture('clinic');
    input.incident.affected.byJurisdiction.ZZ = 4;
    input.systems.colour = 'blue';
    const result = salvaged(input);
    expect((result.answers as any).incident.affected.byJurisdiction).toEqual(fixture('clinic').incident.affected.byJurisdiction);
    expect((result.answers as any).systems).toEqual(fixture('clinic').systems);
    expect(result.dropped.map((problem) => problem.path)).toEqual(['systems.colour', 'incident.affected.byJurisdiction.ZZ']);
    // A field the form does not ask for is nothing to answer again; a state code that is not one is a wrong answer.
    expect(result.dropped.map((problem) => problem.notAsked ?? false)).toEqual([true, false]);
  });

  it('counts an empty or blank text as unanswered: not left out, but still to answer when required', () => {
    const input = fixture('clinic');
    input.organization.name = '';
    input.team[0].name = '  ';
    input.team[0].title = '';
    input.organization.states = ['TX', ''];
    const result = salvaged(input);
    expect(result.dropped).toEqual([]);
    expect(result.missing.map((problem) => problem.path)).toEqual(['organization.name', 'team.0.name']);
    expect(result.missing.every((problem) => problem.missing)).toBe(true);
    const answers = result.answers as any;
    expect(answers.organization.name).toBeUndefined();
    expect(answers.organization.states).toEqual(['TX']);
    expect(answers.team[0]).not.toHaveProperty('title');
  });

  it('keeps a notice marked sent without its date as not sent, and says so', () => {
    const input = fixture('clinic');
    input.incident.notices = { 'hipaa-individuals': { status: 'sent', method: 'First-class mail' }, 'hipaa-hhs-under-500': { status: 'drafting' } };
    const result = salvaged(input);
    expect((result.answers as any).incident.notices).toEqual({
      'hipaa-individuals': { status: 'drafting', method: 'First-class mail' },
      'hipaa-hhs-under-500': { status: 'drafting' },
    });
    expect(result.dropped).toEqual([]);
    expect(result.changed).toEqual([
      {
        path: 'incident.notices.hipaa-individuals.status',
        subject: 'The notice to affected individuals (45 CFR 164.404)',
        message: 'kept as not sent: the file gave no date it was sent.',
      },
    ]);
  });

  it('keeps a notice as not sent when its date is not valid, and lists the date as left out', () => {
    const input = fixture('clinic');
    input.incident.notices = { 'hipaa-individuals': { status: 'sent', sentOn: '2024-02-30' }, 'hipaa-media': { status: 'sent', sentOn: '' } };
    const result = salvaged(input);
    expect((result.answers as any).incident.notices).toEqual({ 'hipaa-individuals': { status: 'drafting' }, 'hipaa-media': { status: 'drafting' } });
    expect(result.dropped).toEqual([
      expect.objectContaining({ path: 'incident.notices.hipaa-individuals.sentOn', value: '2024-02-30', question: 'The notice to affected individuals (45 CFR 164.404): On what date did you send it?' }),
    ]);
    expect(result.changed.map((change) => change.path).sort()).toEqual(['incident.notices.hipaa-individuals.status', 'incident.notices.hipaa-media.status']);
  });

  it('names a wrong choice by the labels the questionnaire shows', () => {
    const input = fixture('clinic');
    input.organization.role = 'hospital';
    const [dropped] = salvaged(input).dropped;
    expect(dropped).toMatchObject({ path: 'organization.role', value: 'hospital' });
    expect(dropped?.message).toContain('“HIPAA covered entity: health care provider”');
    expect(dropped?.message).not.toContain('covered-entity-provider');
  });

  it.each([
    ['not an object', ['a', 'list'], /not a Breachline answers file/],
    ['null', null, /not a Breachline answers file/],
    ['a review file', { schemaVersion: 2, exercise: { title: 'Drill' }, objectives: [] }, /do not hold exercise, objectives/],
    ['an object with nothing of the answers', { hello: 'world' }, /do not hold hello/],
    ['only a version', { schemaVersion: 2 }, /none of the answers’ groups/],
    ['a group of the wrong kind', { schemaVersion: 2, organization: 'Lakeside' }, /organization must be a group of answers/],
    ['a team that is not a list', { schemaVersion: 2, team: { name: 'Sam' } }, /team must be a list/],
    ['a newer version', { schemaVersion: 99, organization: {} }, /newer version/],
    ['a version that is text', { schemaVersion: '2', organization: {} }, /whole-number schemaVersion/],
  ])('refuses %s', (_what, input, reason) => {
    const result = salvageAnswers(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message).join('\n')).toMatch(reason);
  });
});

describe('salvageAnswersJson', () => {
  it('refuses text that is not JSON, with the reason', () => {
    const result = salvageAnswersJson('{"schemaVersion": 1, "organization": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/^The file is not valid JSON/);
  });
  it('reads a partial file from its text', () => {
    expect(salvageAnswersJson('{"schemaVersion":1,"organization":{"name":"Lakeside"}}')).toMatchObject({ ok: true, answers: { organization: { name: 'Lakeside' } } });
  });
});
