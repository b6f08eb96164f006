import { describe, expect, it } from 'vitest';
import { instantFromLocal, newIncidentId, withClockDates, withFirstFacts, withNextCalendarSequence, withNoticeState, withoutIncident } from '../../../src/islands/incident/changes.ts';

const facts = { organizationName: 'Lakeside Clinic', role: 'covered-entity-provider', discoveredOn: '2026-03-02', residents: { TX: 1250, FL: 310 }, dataKinds: ['phi'], secured: false };

describe('newIncidentId', () => {
  it('names the discovery date and adds six random base-36 characters', () => {
    let n = 0;
    // floor(x * 36): 0 -> 0, 18 -> i, 35 -> z, 3 -> 3, 7 -> 7, 10 -> a
    expect(newIncidentId('2026-03-02', () => [0, 0.5, 0.99, 0.1, 0.2, 0.3][n++])).toBe('incident-2026-03-02-0iz37a');
  });
});

describe('withFirstFacts', () => {
  it('records the incident with its id, and the organization with the states of the affected people', () => {
    const draft = withFirstFacts(null, facts, 'incident-x');
    expect(draft.organization).toMatchObject({ name: 'Lakeside Clinic', role: 'covered-entity-provider', states: ['TX', 'FL'], publiclyTraded: false });
    expect(draft.incident).toEqual({ discoveredOn: '2026-03-02', affected: { byJurisdiction: { TX: 1250, FL: 310 } }, dataKinds: ['phi'], secured: false, id: 'incident-x', calendarSequence: 0 });
  });

  it('keeps the organization the plan builder already knows', () => {
    const known = withFirstFacts(null, { ...facts, organizationName: 'Old name' }, 'a');
    const draft = withFirstFacts({ ...known, organization: { ...known.organization, states: ['CA'] } }, facts, 'b');
    expect(draft.organization.name).toBe('Old name');
    expect(draft.organization.states).toEqual(['CA', 'TX', 'FL']);
  });
});

describe('incident changes', () => {
  const draft = withFirstFacts(null, facts, 'incident-x');

  it('sets and clears a notice state without changing the draft it is given', () => {
    const sent = withNoticeState(draft, 'hipaa-individuals', { status: 'sent', sentOn: '2026-03-10' });
    expect(sent.incident?.notices).toEqual({ 'hipaa-individuals': { status: 'sent', sentOn: '2026-03-10' } });
    expect(draft.incident?.notices).toBeUndefined();
    expect(withNoticeState(sent, 'hipaa-individuals', null).incident?.notices).toEqual({});
  });

  it('sets clock dates and their evidence; an empty optional date or evidence is removed', () => {
    const dated = withClockDates(draft, { discoveredOn: '2026-03-01', determinedOn: '2026-03-06' }, { determinedOn: ' Forensic report ' });
    expect(dated.incident).toMatchObject({ discoveredOn: '2026-03-01', determinedOn: '2026-03-06', clockEvidence: { determinedOn: 'Forensic report' } });
    const cleared = withClockDates(dated, { determinedOn: '' }, { determinedOn: '' });
    expect(cleared.incident?.determinedOn).toBeUndefined();
    expect(cleared.incident?.clockEvidence).toEqual({});
  });

  it('sets and clears the moment of awareness with its evidence, like the dates', () => {
    const aware = withClockDates(draft, { awareAt: '2026-03-06T09:30:00-06:00' }, { awareAt: 'Security lead paged the privacy officer' });
    expect(aware.incident).toMatchObject({ awareAt: '2026-03-06T09:30:00-06:00', clockEvidence: { awareAt: 'Security lead paged the privacy officer' } });
    expect(withClockDates(aware, { awareAt: '' }, {}).incident?.awareAt).toBeUndefined();
  });

  it('counts calendar updates and removes the incident when it is closed', () => {
    expect(withNextCalendarSequence(withNextCalendarSequence(draft)).incident?.calendarSequence).toBe(2);
    expect(withoutIncident(draft)).toEqual({ schemaVersion: draft.schemaVersion, organization: draft.organization, team: [], systems: {} });
  });
});

describe('instantFromLocal', () => {
  const chicago = () => -360;
  it('writes a typed moment with the device offset at that moment', () => {
    expect(instantFromLocal('2026-03-06T09:30', undefined, chicago)).toBe('2026-03-06T09:30:00-06:00');
  });
  it('keeps the saved instant, and its offset, when the field still shows it', () => {
    expect(instantFromLocal('2026-03-06T09:30', '2026-03-06T09:30:00+01:00', chicago)).toBe('2026-03-06T09:30:00+01:00');
    expect(instantFromLocal('2026-03-06T10:00', '2026-03-06T09:30:00+01:00', chicago)).toBe('2026-03-06T10:00:00-06:00');
  });
  it('gives nothing for an empty field', () => expect(instantFromLocal(' ', '2026-03-06T09:30:00+01:00', chicago)).toBe(''));
});
