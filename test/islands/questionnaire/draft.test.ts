import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { TEAM_ROLES } from '../../../src/engine/answers/schema.ts';
import { checkDraft, problemsOnStep } from '../../../src/islands/questionnaire/check.ts';
import { answersFromDraft, draftFromAnswers, draftFromImport, emptyDraft, parseSavedDraft, type Draft } from '../../../src/islands/questionnaire/draft.ts';
import { draftReducer, type DraftAction } from '../../../src/islands/questionnaire/draft-reducer.ts';

const clinic = JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8'));
const run = (actions: DraftAction[], from: Draft = emptyDraft()) => actions.reduce(draftReducer, from);

describe('parseSavedDraft', () => {
  it('accepts an empty draft and a complete one', () => {
    expect(parseSavedDraft(emptyDraft()).ok).toBe(true);
    expect(parseSavedDraft(clinic).ok).toBe(true);
  });
  it('returns a problem for foreign or damaged data', () => {
    expect(parseSavedDraft({ hello: 'world' })).toEqual({ ok: false, problem: 'The saved data is not a set of Breachline answers.' });
    expect(parseSavedDraft(null).ok).toBe(false);
    expect(parseSavedDraft([]).ok).toBe(false);
    expect(parseSavedDraft({ ...emptyDraft(), team: 'everyone' }).ok).toBe(false);
    expect(parseSavedDraft({ ...emptyDraft(), team: [{ name: 'No role' }] }).ok).toBe(false);
    expect(parseSavedDraft({ ...emptyDraft(), incident: { affected: 3 } }).ok).toBe(false);
    expect(parseSavedDraft({ ...emptyDraft(), schemaVersion: 7 }).ok).toBe(false);
    expect(parseSavedDraft({ organization: 7 }).ok).toBe(false);
    expect(parseSavedDraft({}).ok).toBe(false);
  });
  it('reads an unfinished draft, its groups not saved yet counting as empty', () => {
    expect(parseSavedDraft({ organization: { name: 'Lakeside Labs' } })).toEqual({ ok: true, value: { ...emptyDraft(), organization: { name: 'Lakeside Labs' } } });
  });
  it('brings a draft saved by version 1 up to date, unfinished parts and all', () => {
    const saved = {
      schemaVersion: 1,
      organization: { name: 'Northside Billing', role: 'business-associate' },
      team: [{ role: 'privacy-officer', name: 'Sam' }],
      systems: {},
      incident: { discoveredOn: '2026-03-0', affected: { byJurisdiction: { TX: '12' } }, noticesSent: { 'hipaa-individuals': { sentOn: '2026-04-01' } } },
    };
    expect(parseSavedDraft(saved)).toEqual({
      ok: true,
      value: {
        schemaVersion: 2,
        organization: { name: 'Northside Billing', role: 'business-associate', type: 'business-associate' },
        team: [{ role: 'privacy-officer', name: 'Sam' }],
        systems: {},
        incident: { discoveredOn: '2026-03-0', affected: { byJurisdiction: { TX: '12' } }, notices: { 'hipaa-individuals': { status: 'sent', sentOn: '2026-04-01' } } },
      },
    });
  });
  it('opens every version 1 fixture saved as a draft as the same draft as its version 2 copy', () => {
    for (const name of ['clinic', 'clinic-ransomware', 'billing-ba', 'billing-ba-incident', 'phr-vendor', 'insurer-eu', 'hostile']) {
      const old = parseSavedDraft(JSON.parse(readFileSync(`test/fixtures/answers/v1/${name}.json`, 'utf8')));
      const current = parseSavedDraft(JSON.parse(readFileSync(`test/fixtures/answers/${name}.json`, 'utf8')));
      expect(old, name).toEqual(current);
    }
  });
});

describe('draftFromImport', () => {
  it('returns the draft of complete answers', () => {
    expect(draftFromImport(clinic)).toEqual(draftFromAnswers(clinic));
  });
  it('starts the groups a partial file leaves out empty, an incident without counts included', () => {
    expect(draftFromImport({ schemaVersion: 2, team: [{ role: 'privacy-officer', name: 'Sam' }] })).toEqual({
      ...emptyDraft(),
      team: [{ role: 'privacy-officer', name: 'Sam' }],
    });
    expect(draftFromImport({ schemaVersion: 2, organization: {}, incident: { discoveredOn: '2024-02-10' } })?.incident).toEqual({
      discoveredOn: '2024-02-10',
      affected: { byJurisdiction: {} },
    });
  });
  it('returns null for data without the draft’s shape', () => {
    expect(draftFromImport({ schemaVersion: 2, team: [{ name: 'No role' }] })).toBeNull();
    expect(draftFromImport('answers')).toBeNull();
  });
});

describe('answersFromDraft', () => {
  it('returns the clinic fixture unchanged from its own draft', () => {
    expect(answersFromDraft(draftFromAnswers(clinic))).toEqual(clinic);
  });
  it('leaves out empty texts, turns typed counts into numbers and asks for the essential roles', () => {
    const draft: Draft = {
      schemaVersion: 2,
      organization: { name: '  ', role: 'business-associate' },
      team: [{ role: 'legal-counsel', name: 'Riley Chen', email: '' }],
      systems: { ehrName: '' },
      incident: { discoveredOn: '2024-02-10', affected: { byJurisdiction: { TX: '1,200', OK: '', NV: 'lots' }, EU: ' ' } },
    };
    expect(answersFromDraft(draft)).toEqual({
      schemaVersion: 2,
      organization: { role: 'business-associate' },
      team: [{ role: 'incident-commander' }, { role: 'privacy-officer' }, { role: 'legal-counsel', name: 'Riley Chen' }],
      systems: {},
      incident: { discoveredOn: '2024-02-10', affected: { byJurisdiction: { TX: 1200, NV: 'lots' } } },
    });
  });
});

describe('answersFromDraft with the version 2 questions', () => {
  const base: Draft = { schemaVersion: 2, organization: { name: 'Riverbend Billing' }, team: [], systems: {} };
  it('turns typed days and hours into numbers in each row and leaves out empty cells', () => {
    const draft: Draft = {
      ...base,
      organization: { ...base.organization, clients: [{ name: 'Lakeside Clinic', noticeWithinDays: ' 10 ' }, { name: 'Hillview', noticeWithinDays: '' }, {}] },
      systems: { critical: [{ name: 'EHR', rtoHours: '4', rpoHours: '1' }, { name: 'Lab', rtoHours: '2.5', rpoHours: ' ' }] },
    };
    const answers = answersFromDraft(draft) as { organization: unknown; systems: unknown };
    expect(answers.organization).toEqual({ name: 'Riverbend Billing', clients: [{ name: 'Lakeside Clinic', noticeWithinDays: 10 }, { name: 'Hillview' }, {}] });
    // A number that is not whole stays as typed, for the schema to explain.
    expect(answers.systems).toEqual({ critical: [{ name: 'EHR', rtoHours: 4, rpoHours: 1 }, { name: 'Lab', rtoHours: '2.5' }] });
  });
  it('keeps a deputy with its contact, without empty texts, and drops an empty deputy', () => {
    const draft: Draft = {
      ...base,
      team: [
        { role: 'incident-commander', name: 'Dana', deputy: { name: 'Alex', phone: '' } },
        { role: 'privacy-officer', name: 'Sam', deputy: { name: ' ' } },
      ],
    };
    expect((answersFromDraft(draft) as { team: unknown }).team).toEqual([
      { role: 'incident-commander', name: 'Dana', deputy: { name: 'Alex' } },
      { role: 'privacy-officer', name: 'Sam' },
    ]);
  });
  it('keeps related plans and governance with something in them, and leaves out empty ones', () => {
    const answers = answersFromDraft({ ...base, plans: { emergencyOperations: 'EOP 2024', communications: '' }, governance: { planVersion: ' ' } }) as Record<string, unknown>;
    expect(answers.plans).toEqual({ emergencyOperations: 'EOP 2024' });
    expect('governance' in answers).toBe(false);
  });
  it('passes the schema with every version 2 answer the questionnaire asks', () => {
    const draft: Draft = {
      ...draftFromAnswers(clinic),
      plans: { businessContinuity: 'BC/DR plan' },
      governance: { planVersion: '1.2', approverName: 'Pat Kim', approverTitle: 'CEO', distribution: 'Leadership team' },
    };
    draft.organization = { ...draft.organization, type: 'clinic', holdsDataFor: 'both', clients: [{ name: 'Hillview', noticeWithinDays: '5' }], entityTypes: [], outOfBandChannel: 'Signal group' };
    draft.team = draft.team.map((contact) => (contact.role === 'incident-commander' ? { ...contact, deputy: { name: 'Alex Park', email: 'alex@example.org' } } : contact));
    draft.systems = { ...draft.systems, critical: [{ name: 'EHR', rtoHours: '4', rpoHours: '1' }] };
    draft.incident = { ...draft.incident!, lawEnforcementDelay: { kind: 'written', endsOn: '2024-03-01', agency: 'FBI', jurisdiction: 'federal' } };
    const result = checkDraft(draft);
    expect(result.ok && result.answers.organization.entityTypes).toEqual([]);
    expect(result.ok && result.answers.systems.critical).toEqual([{ name: 'EHR', rtoHours: 4, rpoHours: 1 }]);
    expect(result.ok && result.answers.incident?.lawEnforcementDelay).toEqual({ kind: 'written', endsOn: '2024-03-01', agency: 'FBI', jurisdiction: 'federal' });
  });
});

describe('draftReducer', () => {
  const order = TEAM_ROLES;
  it('sets and removes organization answers', () => {
    const draft = run([
      { type: 'organization', field: 'name', value: 'Lakeside' },
      { type: 'organization', field: 'states', value: ['TX'] },
      { type: 'organization', field: 'publiclyTraded', value: false },
      { type: 'organization', field: 'name', value: '' },
    ]);
    expect(draft.organization).toEqual({ states: ['TX'], publiclyTraded: false });
  });
  it('adds contacts in the order of the roles and drops a contact emptied of details', () => {
    const draft = run([
      { type: 'contact', role: 'legal-counsel', field: 'name', value: 'Riley', order },
      { type: 'contact', role: 'incident-commander', field: 'name', value: 'Dana', order },
      { type: 'contact', role: 'cyber-insurer', field: 'policyNumber', value: 'CY-1', order },
      { type: 'contact', role: 'legal-counsel', field: 'name', value: '', order },
    ]);
    expect(draft.team).toEqual([
      { role: 'incident-commander', name: 'Dana' },
      { role: 'cyber-insurer', policyNumber: 'CY-1' },
    ]);
  });
  it('adds and removes the incident, its counts and the law-enforcement delay', () => {
    let draft = run([
      { type: 'has-incident', value: true },
      { type: 'incident', field: 'discoveredOn', value: '2024-02-10' },
      { type: 'affected', jurisdiction: 'TX', value: '30' },
      { type: 'affected', jurisdiction: 'NV', value: '' },
      { type: 'remove-affected', jurisdiction: 'NV' },
      { type: 'affected-other', field: 'EU', value: '4' },
      { type: 'delay-kind', kind: 'written' },
      { type: 'delay', field: 'statedOn', value: '2024-02-12' },
      { type: 'delay-kind', kind: 'oral' },
    ]);
    expect(draft.incident).toEqual({
      discoveredOn: '2024-02-10',
      affected: { byJurisdiction: { TX: '30' }, EU: '4' },
      lawEnforcementDelay: { kind: 'oral', statedOn: '2024-02-12' },
    });
    draft = draftReducer(draft, { type: 'has-incident', value: false });
    expect(draft.incident).toBeUndefined();
  });
});

describe('draftReducer with the version 2 questions', () => {
  const order = TEAM_ROLES;
  it('adds, edits, moves and removes rows, and removes a list left empty', () => {
    let draft = run([
      { type: 'add-row', list: 'critical' },
      { type: 'row', list: 'critical', index: 0, field: 'name', value: 'EHR' },
      { type: 'add-row', list: 'critical' },
      { type: 'row', list: 'critical', index: 1, field: 'name', value: 'Pharmacy' },
      { type: 'row', list: 'critical', index: 1, field: 'rtoHours', value: '8' },
      { type: 'move-row', list: 'critical', index: 1, by: -1 },
    ]);
    expect(draft.systems.critical).toEqual([{ name: 'Pharmacy', rtoHours: '8' }, { name: 'EHR' }]);
    expect(draftReducer(draft, { type: 'move-row', list: 'critical', index: 0, by: -1 })).toBe(draft);
    expect(draftReducer(draft, { type: 'row', list: 'critical', index: 5, field: 'name', value: 'x' })).toBe(draft);
    draft = draftReducer(draft, { type: 'remove-row', list: 'critical', index: 0 });
    expect(draft.systems.critical).toEqual([{ name: 'EHR' }]);
    draft = draftReducer(draft, { type: 'remove-row', list: 'critical', index: 0 });
    expect('critical' in draft.systems).toBe(false);
  });
  it('keeps clients in the organization', () => {
    const draft = run([
      { type: 'add-row', list: 'clients' },
      { type: 'row', list: 'clients', index: 0, field: 'noticeWithinDays', value: '10' },
    ]);
    expect(draft.organization.clients).toEqual([{ noticeWithinDays: '10' }]);
  });
  it('sets a deputy on a contact, creating the contact in role order, and drops an emptied deputy', () => {
    let draft = run([
      { type: 'contact', role: 'legal-counsel', field: 'name', value: 'Riley', order },
      { type: 'deputy', role: 'incident-commander', field: 'name', value: 'Alex', order },
      { type: 'deputy', role: 'incident-commander', field: 'title', value: 'Deputy administrator', order },
    ]);
    expect(draft.team).toEqual([
      { role: 'incident-commander', deputy: { name: 'Alex', title: 'Deputy administrator' } },
      { role: 'legal-counsel', name: 'Riley' },
    ]);
    draft = run([
      { type: 'deputy', role: 'incident-commander', field: 'name', value: '', order },
      { type: 'deputy', role: 'incident-commander', field: 'title', value: '', order },
    ], draft);
    expect(draft.team).toEqual([{ role: 'legal-counsel', name: 'Riley' }]);
  });
  it('sets related plans and governance, and removes each group once emptied', () => {
    let draft = run([
      { type: 'plans', field: 'communications', value: 'Crisis comms plan' },
      { type: 'governance', field: 'planVersion', value: '2.0' },
    ]);
    expect(draft).toMatchObject({ plans: { communications: 'Crisis comms plan' }, governance: { planVersion: '2.0' } });
    draft = run([
      { type: 'plans', field: 'communications', value: '' },
      { type: 'governance', field: 'planVersion', value: '' },
    ], draft);
    expect('plans' in draft || 'governance' in draft).toBe(false);
  });
  it('keeps "none of these" as an empty list of entity types, apart from no answer', () => {
    const none = run([{ type: 'organization', field: 'entityTypes', value: [] }]);
    expect(none.organization.entityTypes).toEqual([]);
    expect('entityTypes' in run([{ type: 'organization', field: 'entityTypes', value: undefined }]).organization).toBe(false);
  });
  it('keeps the agency and jurisdiction of a written request, and the jurisdiction when the form changes', () => {
    const draft = run([
      { type: 'has-incident', value: true },
      { type: 'delay-kind', kind: 'written' },
      { type: 'delay', field: 'agency', value: 'Texas Rangers' },
      { type: 'delay', field: 'jurisdiction', value: 'TX' },
      { type: 'delay', field: 'statedOn', value: '2024-02-12' },
    ]);
    expect(draft.incident?.lawEnforcementDelay).toEqual({ kind: 'written', agency: 'Texas Rangers', jurisdiction: 'TX', statedOn: '2024-02-12' });
    expect(draftReducer(draft, { type: 'delay-kind', kind: 'oral' }).incident?.lawEnforcementDelay).toEqual({ kind: 'oral', statedOn: '2024-02-12', jurisdiction: 'TX' });
  });
});

describe('checkDraft', () => {
  it('returns the checked answers for a complete draft', () => {
    const result = checkDraft(draftFromAnswers(clinic));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.answers).toEqual(clinic);
  });
  it('returns each problem with its step, field and question, in the engine’s words', () => {
    const draft = run([
      { type: 'organization', field: 'name', value: 'Lakeside' },
      { type: 'contact', role: 'privacy-officer', field: 'email', value: 'not-an-email', order: TEAM_ROLES },
      { type: 'has-incident', value: true },
      { type: 'incident', field: 'discoveredOn', value: '2024-02-30' },
      { type: 'affected', jurisdiction: 'TX', value: '-3' },
    ]);
    const result = checkDraft(draft);
    expect(result.ok).toBe(false);
    expect(problemsOnStep(result, 'organization')).toEqual([
      {
        path: 'organization.role',
        step: 'organization',
        fieldId: 'q-organization-role',
        question: 'Which best describes your organization under HIPAA and related law?',
        message: 'Answer this question: it is required.',
      },
    ]);
    const team = problemsOnStep(result, 'team');
    expect(team.map((p) => [p.fieldId, p.question])).toEqual([
      ['q-team-incident-commander-name', 'Incident commander: What is their name?'],
      ['q-team-privacy-officer-name', 'Privacy officer: What is their name?'],
      ['q-team-privacy-officer-email', 'Privacy officer: What is their email address?'],
    ]);
    expect(team[2]?.message).toBe('Enter an email address like name@example.org.');
    expect(problemsOnStep(result, 'incident').map((p) => p.message)).toEqual(['Enter a real date as YYYY-MM-DD, for example 2024-02-10.']);
    expect(problemsOnStep(result, 'affected').map((p) => p.fieldId)).toEqual(
      expect.arrayContaining(['q-incident-affected-byJurisdiction-TX', 'q-incident-dataKinds', 'q-incident-secured']),
    );
  });
});
