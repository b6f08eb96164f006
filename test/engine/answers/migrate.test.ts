import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateAnswers, versionOf } from '../../../src/engine/answers/migrate.ts';
import { validateAnswers } from '../../../src/engine/answers/validate.ts';
import { parseAnswers } from '../../../src/engine/index.ts';

const version0 = {
  organizationName: 'Lakeside Clinic',
  role: 'covered-entity-provider',
  patientStates: ['TX', 'OK'],
  publiclyTraded: false,
  contacts: [{ role: 'privacy-officer', name: 'Sam Lee', phone: '+1 555 010 0102' }],
  ehr: 'Example EHR',
  discoveryDate: '2024-02-10',
  affectedByState: { TX: 301, OK: 12 },
  dataTypes: ['name', 'ssn', 'medical', 'insurance'],
  encrypted: false,
};

describe('versionOf', () => {
  it('returns 0 for the unversioned draft, the number when present, null for non-objects', () => {
    expect(versionOf(version0)).toBe(0);
    expect(versionOf({ schemaVersion: 1 })).toBe(1);
    expect(versionOf([])).toBeNull();
    expect(versionOf({ schemaVersion: 'one' })).toBeNull();
  });
});

describe('migrateAnswers', () => {
  it('returns valid current answers for a version 0 draft', () => {
    const result = migrateAnswers(version0);
    expect(result.fromVersion).toBe(0);
    expect(result.toVersion).toBe(2);
    const validated = validateAnswers(result.answers);
    expect(validated.ok, JSON.stringify(validated)).toBe(true);
    expect(result.answers).toMatchObject({
      schemaVersion: 2,
      organization: { name: 'Lakeside Clinic', states: ['TX', 'OK'], publiclyTraded: false, euDataSubjects: false },
      systems: { ehrName: 'Example EHR' },
      incident: {
        discoveredOn: '2024-02-10',
        affected: { byJurisdiction: { TX: 301, OK: 12 } },
        dataKinds: ['ssn', 'medical', 'health-insurance'],
        secured: false,
      },
    });
  });

  it('returns notes for every answer it had to assume', () => {
    const { notes } = migrateAnswers(version0);
    expect(notes.join('\n')).toMatch(/EU\/EEA/);
    expect(notes.join('\n')).toMatch(/Part 2/);
    expect(notes.join('\n')).toMatch(/insurer/);
    expect(notes.join('\n')).not.toMatch(/publicly traded/);
  });

  it('returns a draft without an incident as answers without an incident', () => {
    const { discoveryDate, affectedByState, dataTypes, encrypted, ...planning } = version0;
    const result = migrateAnswers(planning);
    expect((result.answers as Record<string, unknown>).incident).toBeUndefined();
    expect(validateAnswers(result.answers).ok).toBe(true);
  });

  it('returns current answers unchanged', () => {
    const current = migrateAnswers(version0).answers;
    expect(migrateAnswers(current)).toEqual({ answers: current, fromVersion: 2, toVersion: 2, notes: [] });
  });

  it('throws when a step is missing', () => {
    expect(() => migrateAnswers(version0, [])).toThrow(/No migration from answers version 0/);
  });

  it('has one step for every version below the current one', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});

describe('parseAnswers', () => {
  it('returns migrated answers and the notes for a version 0 draft', () => {
    const result = parseAnswers(version0);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.fromVersion).toBe(0);
      expect(result.migrationNotes.length).toBeGreaterThan(0);
    }
  });
  it('returns field problems when the migrated draft is still invalid', () => {
    const result = parseAnswers({ ...version0, discoveryDate: '2024-02-31' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('incident.discoveredOn');
  });
});
