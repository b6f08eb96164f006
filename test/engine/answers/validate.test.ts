import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateAnswers } from '../../../src/engine/answers/validate.ts';
import { parseAnswers, parseAnswersJson } from '../../../src/engine/index.ts';
import { ROLE_LABELS, ROLES } from '../../../src/engine/vocabulary.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/answers/${name}.json`, import.meta.url), 'utf8'));

function withChange(change: (answers: any) => void): unknown {
  const answers = structuredClone(fixture('clinic')) as any;
  change(answers);
  return answers;
}

function problemsOf(input: unknown) {
  const result = validateAnswers(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('validateAnswers', () => {
  it('returns ok for the clinic and maximal fixtures', () => {
    expect(validateAnswers(fixture('clinic')).ok).toBe(true);
    expect(validateAnswers(fixture('maximal')).ok).toBe(true);
  });

  it('returns ok for answers without an incident (planning only)', () => {
    expect(validateAnswers(withChange((a) => delete a.incident)).ok).toBe(true);
  });

  it('returns one plain message per field for the invalid fixture', () => {
    const problems = problemsOf(fixture('invalid'));
    expect(problems.map((p) => p.path)).toEqual([
      'organization.name',
      'organization.role',
      'organization.states.1',
      'organization.publiclyTraded',
      'organization.insurer',
      'team.0.email',
      'incident.discoveredOn',
      'incident.affected.byJurisdiction.TX',
      'incident.dataKinds',
    ]);
    for (const problem of problems) expect(problem.message).not.toMatch(/Invalid input|expected .* received|ZodError|at .*\.ts/);
  });

  const cases: [string, (a: any) => void, string, RegExp][] = [
    ['a missing required answer', (a) => delete a.organization.insurer, 'organization.insurer', /required/],
    ['an impossible date', (a) => (a.incident.discoveredOn = '2023-02-29'), 'incident.discoveredOn', /real date as YYYY-MM-DD/],
    ['a date in the wrong format', (a) => (a.incident.discoveredOn = '02/10/2024'), 'incident.discoveredOn', /YYYY-MM-DD/],
    ['an unknown role', (a) => (a.organization.role = 'hospital'), 'organization.role', /Choose one of/],
    ['an unknown state code', (a) => (a.organization.states = ['XX']), 'organization.states.0', /two-letter US state/],
    ['an unknown state in the counts', (a) => (a.incident.affected.byJurisdiction = { XX: 3 }), 'incident.affected.byJurisdiction', /two-letter US state/],
    ['a negative count', (a) => (a.incident.affected.byJurisdiction.TX = -1), 'incident.affected.byJurisdiction.TX', /whole number/],
    ['a fractional count', (a) => (a.incident.affected.EU = 2.5), 'incident.affected.EU', /whole number/],
    ['text where yes/no is asked', (a) => (a.incident.secured = 'yes'), 'incident.secured', /yes or no/],
    ['a name that is too long', (a) => (a.organization.name = 'x'.repeat(201)), 'organization.name', /200 characters or fewer/],
    ['a long free-text answer', (a) => (a.systems.backups = 'x'.repeat(4001)), 'systems.backups', /4000 characters/],
    ['a bad email', (a) => (a.team[0].email = 'dana'), 'team.0.email', /email address like/],
    ['a bad phone number', (a) => (a.team[0].phone = 'call me'), 'team.0.phone', /phone number/],
    ['a policy number on a non-insurer', (a) => (a.team[0].policyNumber = 'P-1'), 'team.0.policyNumber', /Only the cyber insurer/],
    ['an extra field', (a) => (a.organization.colour = 'blue'), 'organization', /Remove what this form does not ask for: colour/],
    ['a determination before discovery', (a) => (a.incident.determinedOn = '2024-02-01'), 'incident.determinedOn', /cannot be before the discovery date/],
    ['a notice sent before discovery', (a) => (a.incident.notices = { 'hipaa-individuals': { status: 'sent', sentOn: '2024-01-01' } }), 'incident.notices.hipaa-individuals.sentOn', /cannot be before/],
    ['awareness before discovery', (a) => (a.incident.awareAt = '2024-02-09T23:00:00-05:00'), 'incident.awareAt', /cannot be before the discovery date/],
    ['awareness without an offset', (a) => (a.incident.awareAt = '2024-02-10T09:00:00'), 'incident.awareAt', /UTC offset/],
    ['an unknown delay kind', (a) => (a.incident.lawEnforcementDelay = { kind: 'maybe' }), 'incident.lawEnforcementDelay.kind', /Choose one of/],
    ['a written delay without an end date', (a) => (a.incident.lawEnforcementDelay = { kind: 'written' }), 'incident.lawEnforcementDelay.endsOn', /required/],
    ['no data kinds', (a) => (a.incident.dataKinds = []), 'incident.dataKinds', /at least one kind/],
    ['a repeated data kind', (a) => (a.incident.dataKinds = ['ssn', 'ssn']), 'incident.dataKinds', /once/],
    ['a wrong schema version', (a) => (a.schemaVersion = 7), 'schemaVersion', /must be 2/],
  ];
  for (const [what, change, path, message] of cases) {
    it(`returns a field message at ${path} for ${what}`, () => {
      const problems = problemsOf(withChange(change));
      const problem = problems.find((p) => p.path === path);
      expect(problem, JSON.stringify(problems)).toBeDefined();
      expect(problem?.message).toMatch(message);
    });
  }

  it.each([
    ['the role', (a: any) => (a.organization.role = 'hospital'), 'organization.role', '“HIPAA covered entity: health care provider”', 'covered-entity-provider'],
    ['the kind of organization', (a: any) => (a.organization.type = 'spaceship'), 'organization.type', '“Hospital or health system”', '"hospital"'],
    ['the size', (a: any) => (a.organization.size = 'huge'), 'organization.size', '“500 to 4,999 people”', '500-to-4999'],
    ['whose data', (a: any) => (a.organization.holdsDataFor = 'nobody'), 'organization.holdsDataFor', '“Both our own and our clients’”', '"both"'],
    ['the GDPR role', (a: any) => (a.organization.gdprRole = 'boss'), 'organization.gdprRole', '“Controller: we decide why and how the data is used”', '"controller"'],
    ['a kind of entity', (a: any) => (a.organization.entityTypes = ['bank']), 'organization.entityTypes.0', '“An information broker', 'information-broker'],
    ['a team role', (a: any) => (a.team[0].role = 'wizard'), 'team.0.role', '“Communications lead”', 'incident-commander'],
    ['a kind of data', (a: any) => (a.incident.dataKinds = ['gold']), 'incident.dataKinds.0', '“Social Security number”', '"ssn"'],
    ['the delay', (a: any) => (a.incident.lawEnforcementDelay = { kind: 'maybe' }), 'incident.lawEnforcementDelay.kind', '“Yes, in writing”', '"written"'],
    ['a notice’s state', (a: any) => (a.incident.notices = { 'hipaa-hhs-under-500': { status: 'lost' } }), 'incident.notices.hipaa-hhs-under-500.status', '“Not required”', 'not-required'],
  ])('names the choices for %s as the questionnaire shows them, never as the file spells them', (_what, change, path, label, raw) => {
    const problem = problemsOf(withChange(change)).find((p) => p.path === path);
    expect(problem?.message).toMatch(/^Choose one of: “/);
    expect(problem?.message).toContain(label);
    expect(problem?.message).not.toContain(raw);
  });

  it('names the agency choices without listing every state', () => {
    const problem = problemsOf(withChange((a) => (a.incident.lawEnforcementDelay = { kind: 'oral', statedOn: '2024-02-12', jurisdiction: 'Texas' }))).find(
      (p) => p.path === 'incident.lawEnforcementDelay.jurisdiction',
    );
    expect(problem?.message).toBe('Choose “Federal agency”, or a US state or territory.');
  });

  it('returns the question text with each problem where the schema has one', () => {
    const [problem] = problemsOf(withChange((a) => (a.incident.discoveredOn = 'soon')));
    expect(problem.question).toMatch(/breach first known/);
  });

  it('returns a problem for input that is not an object', () => {
    expect(problemsOf('hello')[0]).toMatchObject({ path: '', message: expect.stringMatching(/group of answers/) });
  });
});

describe('formatProblems', () => {
  it('returns one line per problem with the path and question', () => {
    const text = formatProblems([{ path: 'incident.discoveredOn', question: 'When?', message: 'Enter a date.' }]);
    expect(text).toBe('- incident.discoveredOn (When?): Enter a date.');
  });
  it('names a choice by its labels, and gives the values to write for whoever edits the file by hand', () => {
    const problems = problemsOf(withChange((answers) => (answers.organization.role = 'hospital-ish')));
    const role = problems.find((problem) => problem.path === 'organization.role');
    expect(role?.message).toContain(`“${ROLE_LABELS['covered-entity-provider']}”`);
    expect(role?.message).not.toContain('"covered-entity-provider"');
    expect(role?.fileValues).toEqual([...ROLES]);
    expect(formatProblems(problems)).toContain(`In the file, write one of: ${ROLES.map((role) => `"${role}"`).join(', ')}.`);
  });
});

describe('parseAnswersJson', () => {
  it('returns a plain problem for text that is not JSON', () => {
    const result = parseAnswersJson('{ not json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/^The file is not valid JSON/);
  });
  it('returns the answers for the clinic fixture', () => {
    const result = parseAnswers(fixture('clinic'));
    expect(result.ok && result.answers.organization.name).toBe('Lakeside Family Clinic');
  });
});

describe('unanswered questions', () => {
  it('marks an unanswered choice as missing, in plain words, and a wrong one as not missing', () => {
    const clinic = JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8'));
    const { role: _role, ...noRole } = clinic.organization;
    const unfinished = parseAnswers({ ...clinic, organization: noRole });
    expect(unfinished.ok).toBe(false);
    if (unfinished.ok) return;
    expect(unfinished.problems).toEqual([
      expect.objectContaining({ path: 'organization.role', message: 'Answer this question: it is required.', missing: true }),
    ]);

    const wrong = parseAnswers({ ...clinic, organization: { ...noRole, role: 'hospital' } });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.problems[0]?.missing).toBeUndefined();
  });
});
