/**
 * Brings saved answers up to the current `schemaVersion`, one step at a time. Each step is a pure function from
 * one version's shape to the next and says in words what it had to assume, so the person can check.
 *
 * Version 0 is the flat draft used before `schemaVersion` existed (early 2026): no version field, the
 * organization and incident fields side by side at the top level:
 *
 *   { "organizationName": "Lakeside Clinic", "role": "covered-entity-provider", "patientStates": ["TX"],
 *     "publiclyTraded": false, "contacts": [{ "role": "privacy-officer", "name": "…", "phone": "…" }],
 *     "ehr": "…", "discoveryDate": "2024-02-10", "affectedByState": { "TX": 301 },
 *     "dataTypes": ["ssn", "medical", "insurance"], "encrypted": false }
 *
 * `dataTypes` used short names (`insurance`, `financial`, `dl`, `name`); `encrypted` meant what `secured` means now.
 */
import { ANSWERS_SCHEMA_VERSION } from './version.ts';

export interface Migration {
  from: number;
  to: number;
  describe: string;
  migrate: (input: Record<string, unknown>) => { answers: Record<string, unknown>; notes: string[] };
}

export interface MigrationResult {
  answers: unknown;
  fromVersion: number | null;
  toVersion: number;
  /** What each step assumed, in plain words. */
  notes: string[];
}

const V0_DATA_TYPES: Record<string, string | null> = {
  phi: 'phi',
  medical: 'medical',
  insurance: 'health-insurance',
  ssn: 'ssn',
  dl: 'drivers-license',
  financial: 'financial-account',
  dob: 'dob',
  biometric: 'biometric',
  name: null,
};

/** The fields a version 0 draft could hold; anything else at its top level means it is not a draft at all. */
export const V0_KEYS: readonly string[] = [
  'organizationName',
  'role',
  'patientStates',
  'publiclyTraded',
  'euDataSubjects',
  'part2Program',
  'insurer',
  'contacts',
  'ehr',
  'discoveryDate',
  'affectedByState',
  'dataTypes',
  'encrypted',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const v0ToV1: Migration = {
  from: 0,
  to: 1,
  describe: 'flat draft to grouped answers (organization, team, systems, incident)',
  migrate(v0) {
    const notes: string[] = [];
    const flag = (key: string, label: string): boolean => {
      if (typeof v0[key] === 'boolean') return v0[key] as boolean;
      notes.push(`The earlier version did not ask “${label}”; we set it to No. Check it.`);
      return false;
    };
    const organization: Record<string, unknown> = {
      name: v0.organizationName,
      role: v0.role,
      states: Array.isArray(v0.patientStates) ? v0.patientStates : [],
      publiclyTraded: flag('publiclyTraded', 'Are you publicly traded?'),
      euDataSubjects: flag('euDataSubjects', 'Do you hold data of people in the EU/EEA?'),
      part2Program: flag('part2Program', 'Do you run a 42 CFR Part 2 program?'),
      insurer: flag('insurer', 'Are you an insurer?'),
    };
    const systems: Record<string, unknown> = {};
    if (typeof v0.ehr === 'string' && v0.ehr.trim() !== '') systems.ehrName = v0.ehr;
    const answers: Record<string, unknown> = {
      schemaVersion: 1,
      organization,
      team: Array.isArray(v0.contacts) ? v0.contacts : [],
      systems,
    };
    if (v0.discoveryDate !== undefined) {
      const dataKinds: unknown[] = [];
      for (const type of Array.isArray(v0.dataTypes) ? v0.dataTypes : []) {
        const mapped = typeof type === 'string' && type in V0_DATA_TYPES ? V0_DATA_TYPES[type] : type;
        if (mapped === null) notes.push('“name” is no longer a separate kind of data: a name with any other item is assumed.');
        else if (!dataKinds.includes(mapped)) dataKinds.push(mapped);
      }
      answers.incident = {
        discoveredOn: v0.discoveryDate,
        affected: { byJurisdiction: isRecord(v0.affectedByState) ? v0.affectedByState : {} },
        dataKinds,
        secured: v0.encrypted === true,
      };
      if (typeof v0.encrypted !== 'boolean') notes.push('The earlier version did not say whether the data was encrypted; we assumed it was not.');
    }
    return { answers, notes };
  },
};

/** What kind of organization a v1 role implies, where it implies one; a provider could be a clinic, a hospital or a lab. */
const V1_ROLE_TYPES: Record<string, string> = {
  'covered-entity-health-plan': 'health-plan',
  'business-associate': 'business-associate',
  'phr-vendor': 'health-app',
};

/**
 * Version 1 recorded sent notices as `incident.noticesSent: { ruleId: { sentOn } }`; version 2 records where every
 * notice stands (`incident.notices: { ruleId: { status, sentOn?, method?, reference?, reason? } }`) and adds optional
 * groups (organization type, deputies, critical systems, related plans, governance). Works on unfinished drafts too:
 * it only moves what is there.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  describe: 'sent notices become notice states; the organization type is taken from the role where the role implies one',
  migrate(v1) {
    const notes: string[] = [];
    const answers: Record<string, unknown> = { ...v1, schemaVersion: 2 };
    const organization = v1.organization;
    if (isRecord(organization) && organization.type === undefined && typeof organization.role === 'string') {
      const type = V1_ROLE_TYPES[organization.role];
      if (type) answers.organization = { ...organization, type };
    }
    const incident = v1.incident;
    if (isRecord(incident) && incident.noticesSent !== undefined) {
      const { noticesSent, ...rest } = incident;
      const notices: Record<string, unknown> = {};
      if (isRecord(noticesSent)) {
        for (const [rule, sent] of Object.entries(noticesSent)) {
          notices[rule] = isRecord(sent) ? { status: 'sent', ...sent } : sent;
        }
      }
      answers.incident = { ...rest, notices };
    }
    return { answers, notes };
  },
};

/** Every step, in order. Add the next one here when the schema changes. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/** The version a saved answers object claims; 0 for the unversioned draft; null when it is not an object. */
export function versionOf(input: unknown): number | null {
  if (!isRecord(input)) return null;
  if (input.schemaVersion === undefined) return 0;
  return typeof input.schemaVersion === 'number' && Number.isInteger(input.schemaVersion) ? input.schemaVersion : null;
}

/**
 * Applies every step from the input's version to the current one. Input that is already current, newer than
 * this code knows, or not an object is returned unchanged for the validator to report.
 */
export function migrateAnswers(input: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const fromVersion = versionOf(input);
  const notes: string[] = [];
  if (fromVersion === null || fromVersion >= ANSWERS_SCHEMA_VERSION || !isRecord(input)) {
    return { answers: input, fromVersion, toVersion: fromVersion ?? ANSWERS_SCHEMA_VERSION, notes };
  }
  let current: Record<string, unknown> = input;
  let version = fromVersion;
  while (version < ANSWERS_SCHEMA_VERSION) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`No migration from answers version ${version}`);
    const result = step.migrate(current);
    current = result.answers;
    notes.push(...result.notes);
    version = step.to;
  }
  return { answers: current, fromVersion, toVersion: version, notes };
}
