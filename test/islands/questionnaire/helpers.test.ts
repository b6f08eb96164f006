import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { answersJsonSchema } from '../../../src/engine/answers/json-schema.ts';
import { compareNames, JURISDICTION_GROUPS, matchesFilter, sortCodes } from '../../../src/islands/questionnaire/jurisdictions.ts';
import { fieldLabel, isOptional, plainQuestion, questionAt } from '../../../src/islands/questionnaire/labels.ts';
import { optionalPathsOf, questionnaireText, questionsOf } from '../../../src/islands/questionnaire/questions.ts';
import { fieldId, stepOfPath, stepsFor } from '../../../src/islands/questionnaire/steps.ts';
import { emptyDraft, emptyIncident, type Draft } from '../../../src/islands/questionnaire/draft.ts';
import {
  clockTime,
  formatOffset,
  fromInstant,
  offsetOf,
  parseCount,
  sizeLabel,
  toInstant,
  todayLocal,
} from '../../../src/islands/questionnaire/values.ts';
import { US_JURISDICTION_CODES, US_JURISDICTIONS } from '../../../src/engine/vocabulary.ts';
// The islands share the engine's one date vocabulary: these pin what the questionnaire shows.
import { daysBetween, longDate } from '../../../src/engine/dates/calendar.ts';

describe('parseCount', () => {
  it('returns numbers for digits, with thousands separators or spaces', () => {
    expect(parseCount('301')).toBe(301);
    expect(parseCount(' 1,200 ')).toBe(1200);
    expect(parseCount('1 200')).toBe(1200);
    expect(parseCount(40)).toBe(40);
  });
  it('returns undefined for nothing typed, and the text for anything else', () => {
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('  ')).toBeUndefined();
    expect(parseCount(undefined)).toBeUndefined();
    expect(parseCount('-3')).toBe('-3');
    expect(parseCount('about 40')).toBe('about 40');
  });
});

describe('instants', () => {
  it('writes a datetime-local value with the offset as the answers expect', () => {
    expect(toInstant('2024-03-30T10:00', 60)).toBe('2024-03-30T10:00:00+01:00');
    expect(toInstant('2024-03-30T10:00', -300)).toBe('2024-03-30T10:00:00-05:00');
    expect(toInstant('2024-03-30T10:00:15', 0)).toBe('2024-03-30T10:00:15+00:00');
    expect(toInstant('not a time', 0)).toBeUndefined();
  });
  it('reads back the local time and offset an instant was written with', () => {
    expect(fromInstant('2024-03-30T10:00:00+01:00')).toBe('2024-03-30T10:00');
    expect(fromInstant(undefined)).toBe('');
    expect(offsetOf('2024-03-30T10:00:00Z')).toBe('+00:00');
    expect(offsetOf('2024-03-30T10:00:00-05:30')).toBe('-05:30');
    expect(offsetOf('2024-03-30')).toBeNull();
  });
  it('formats offsets east and west of UTC', () => {
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-570)).toBe('-09:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});

describe('dates and words', () => {
  it('writes dates in words (US style) whatever the time zone', () => {
    expect(longDate('2024-02-10')).toBe('February 10, 2024');
    expect(longDate('soon')).toBe('soon');
  });
  it('counts days between calendar dates', () => {
    expect(daysBetween('2024-02-10', '2024-03-11')).toBe(30);
    expect(daysBetween('2024-03-11', '2024-02-10')).toBe(-30);
  });
  it('gives today and the clock time on this device', () => {
    expect(todayLocal(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(clockTime(new Date(2024, 0, 5, 9, 7).toISOString())).toBe('09:07');
    expect(clockTime('nonsense')).toBe('');
  });
  it('names the organization sizes', () => {
    expect(sizeLabel('fewer-than-50')).toBe('Fewer than 50 people');
    expect(sizeLabel('500-to-4999')).toBe('500 to 4,999 people');
    expect(sizeLabel('5000-or-more')).toBe('5,000 or more people');
  });
});

describe('questionsOf', () => {
  const questions = questionsOf(answersJsonSchema());
  it('returns every described field of the answers schema by path', () => {
    expect(questions['organization.name']).toBe('What is the name of your organization?');
    expect(questions['team.*.phone']).toMatch(/phone number/);
    expect(questions['incident.affected.byJurisdiction']).toMatch(/each US state/);
    expect(questions['incident.lawEnforcementDelay']).toMatch(/law enforcement official/);
  });
  it('returns each option of the delay its own questions', () => {
    expect(questions['incident.lawEnforcementDelay.oral.statedOn']).toBe('On what date did the official tell you to delay?');
    expect(questions['incident.lawEnforcementDelay.written.endsOn']).toMatch(/Until what date/);
  });
  it('returns the team roles and sizes as plain data for the island', () => {
    const text = questionnaireText();
    expect(text.teamRoles[0]).toEqual({ value: 'incident-commander', label: 'Incident commander' });
    expect(text.sizes).toContain('fewer-than-50');
    expect(JSON.parse(JSON.stringify(text))).toEqual(text);
  });
});

describe('labels', () => {
  const questions = questionsOf(answersJsonSchema());
  const optional = optionalPathsOf(answersJsonSchema());
  it('returns "(optional)" for the answers the schema does not require, and drops the description’s asides', () => {
    expect(isOptional(optional, 'team.3.email')).toBe(true);
    expect(isOptional(optional, 'team.3.name')).toBe(false);
    expect(isOptional(optional, 'organization.name')).toBe(false);
    expect(isOptional(optional, 'incident.lawEnforcementDelay')).toBe(true);
    expect(isOptional(optional, 'incident.lawEnforcementDelay.written.endsOn')).toBe(false);
    expect(isOptional(optional, 'incident.lawEnforcementDelay.written.agency')).toBe(true);
    expect(isOptional(optional, 'systems.critical.0.name')).toBe(false);
    expect(isOptional(optional, 'systems.critical.0.rtoHours')).toBe(true);
    expect(fieldLabel('What is your cyber insurance policy number? (cyber insurer only, optional)', true)).toBe('What is your cyber insurance policy number? (optional)');
    expect(fieldLabel('What is their name?', false)).toBe('What is their name?');
    expect(plainQuestion('How many people work for your organization? (optional)')).toBe('How many people work for your organization?');
  });
  // The descriptions still say "(optional)" for readers of the JSON Schema; the form reads `required`. A description
  // that calls its question optional must not be required, or the form and the schema's text would disagree.
  it('returns optional for every question whose description calls it optional', () => {
    const worded = Object.entries(questions)
      .filter(([, question]) => /\((?:[^)]*[,;]\s*)?optional\b[^)]*\)\.?\s*$/.test(question))
      .map(([path]) => path);
    expect(worded.length).toBeGreaterThan(20);
    expect(worded.filter((path) => !optional.includes(path))).toEqual([]);
  });
  it('finds the question for list items and record keys', () => {
    expect(questionAt(questions, 'team.3.email')).toBe(questions['team.*.email']);
    expect(questionAt(questions, 'incident.notices.hipaa-hhs.sentOn')).toBe('On what date did you send it?');
    expect(questionAt(questions, 'nowhere')).toBe('');
  });
});

describe('stepOfPath', () => {
  it('returns the step that asks for each answer', () => {
    expect(stepOfPath('organization.name')).toBe('organization');
    expect(stepOfPath('organization.states.2')).toBe('states');
    expect(stepOfPath('organization.gdprRole')).toBe('laws');
    expect(stepOfPath('team.1.email')).toBe('team');
    expect(stepOfPath('systems.backups')).toBe('systems');
    expect(stepOfPath('incident.discoveredOn')).toBe('incident');
    expect(stepOfPath('incident.affected.byJurisdiction.TX')).toBe('affected');
    expect(stepOfPath('incident.lawEnforcementDelay.endsOn')).toBe('delays');
    expect(stepOfPath('')).toBe('check');
  });
  it('returns the steps of the version 2 questions', () => {
    expect(stepOfPath('organization.type')).toBe('organization');
    expect(stepOfPath('organization.holdsDataFor')).toBe('clients');
    expect(stepOfPath('organization.clients.1.noticeWithinDays')).toBe('clients');
    expect(stepOfPath('organization.entityTypes.0')).toBe('laws');
    expect(stepOfPath('organization.outOfBandChannel')).toBe('team');
    expect(stepOfPath('team.0.deputy.phone')).toBe('team');
    expect(stepOfPath('systems.critical.2.rtoHours')).toBe('systems');
    expect(stepOfPath('plans.communications')).toBe('governance');
    expect(stepOfPath('governance.planVersion')).toBe('governance');
    expect(stepOfPath('incident.lawEnforcementDelay.agency')).toBe('delays');
  });
});

describe('fieldId', () => {
  it('returns the id of the field for a path', () => {
    expect(fieldId('organization.name')).toBe('q-organization-name');
    expect(fieldId('organization.states.3')).toBe('q-organization-states');
    expect(fieldId('incident.dataKinds.0')).toBe('q-incident-dataKinds');
    expect(fieldId('incident.affected.byJurisdiction.TX')).toBe('q-incident-affected-byJurisdiction-TX');
    expect(fieldId('incident.lawEnforcementDelay.kind')).toBe('q-incident-lawEnforcementDelay');
  });
  it('returns a team member’s field by their role, not their place in the list', () => {
    expect(fieldId('team.1.email', [{ role: 'incident-commander' }, { role: 'privacy-officer' }])).toBe('q-team-privacy-officer-email');
    expect(fieldId('team.1.deputy.email', [{ role: 'incident-commander' }, { role: 'privacy-officer' }])).toBe('q-team-privacy-officer-deputy-email');
  });
  it('returns a row’s field by its place, a whole list’s Add button, and the first box for entity types', () => {
    expect(fieldId('systems.critical.1.rpoHours')).toBe('q-systems-critical-1-rpoHours');
    expect(fieldId('organization.clients.0.name')).toBe('q-organization-clients-0-name');
    expect(fieldId('organization.clients')).toBe('q-organization-clients-add');
    expect(fieldId('organization.entityTypes.1')).toBe('q-organization-entityTypes');
    expect(fieldId('governance.approverName')).toBe('q-governance-approverName');
  });
});

describe('stepsFor', () => {
  it('returns the incident’s detail steps only when there is an incident', () => {
    expect(stepsFor(emptyDraft()).map((s) => s.id)).toEqual(['organization', 'states', 'laws', 'team', 'systems', 'governance', 'incident', 'check', 'plan']);
    expect(stepsFor({ ...emptyDraft(), incident: emptyIncident() }).map((s) => s.id)).toContain('affected');
  });
  it('returns the clients step for a business associate or vendor, or once it has an answer', () => {
    const withOrganization = (organization: Draft['organization']) => stepsFor({ ...emptyDraft(), organization }).map((s) => s.id);
    expect(withOrganization({ role: 'business-associate' })).toContain('clients');
    expect(withOrganization({ role: 'covered-entity-provider', type: 'health-app' })).toContain('clients');
    expect(withOrganization({ role: 'covered-entity-provider', holdsDataFor: 'both' })).toContain('clients');
    expect(withOrganization({ role: 'covered-entity-provider' })).not.toContain('clients');
    expect(withOrganization({ role: 'business-associate' }).indexOf('clients')).toBe(1);
  });
});

describe('jurisdictions', () => {
  it('groups all 56 jurisdictions once', () => {
    const codes = JURISDICTION_GROUPS.flatMap((group) => group.codes);
    expect(codes).toHaveLength(56);
    expect(new Set(codes)).toEqual(new Set(US_JURISDICTION_CODES));
  });
  it('matches the filter by name or code', () => {
    expect(matchesFilter('TX', 'tex')).toBe(true);
    expect(matchesFilter('TX', 'tx')).toBe(true);
    expect(matchesFilter('NY', 'york')).toBe(true);
    expect(matchesFilter('VI', 'us virgin')).toBe(true);
    expect(matchesFilter('TX', 'ohio')).toBe(false);
    expect(matchesFilter('TX', '  ')).toBe(true);
  });
  it('sorts codes by name', () => {
    expect(sortCodes(['TX', 'OK', 'AL'])).toEqual(['AL', 'OK', 'TX']);
  });
  it('orders every name as an English collator does', () => {
    const collator = new Intl.Collator('en-US').compare;
    const names = US_JURISDICTION_CODES.map((code) => US_JURISDICTIONS[code]);
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator));
    for (const group of JURISDICTION_GROUPS.slice(0, -1)) {
      expect(group.codes.map((code) => US_JURISDICTIONS[code])).toEqual(group.codes.map((code) => US_JURISDICTIONS[code]).sort(collator));
    }
  });
});

describe('fixtures', () => {
  it('the clinic fixture is there for the other tests', () => {
    expect(JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8')).organization.name).toBe('Lakeside Family Clinic');
  });
});
