/**
 * What kind of organization the plan is for, and the words that follow from it: a clinic's plan speaks of patients
 * and its EHR, a health plan's of members and its claims systems, a billing company's of its clients' data. Data and
 * small pure functions; the plan's sections read them instead of choosing words themselves.
 */
import type { Answers, TeamRole } from '../answers/schema.ts';
import { TEAM_ROLE_LABELS } from '../answers/schema.ts';
import type { OrganizationType, Role } from '../vocabulary.ts';

export interface OrganizationProfile {
  type: OrganizationType;
  /** Gives care to patients itself: downtime procedures keep care safe. */
  givesCare: boolean;
  /** A hospital: inpatient units, census, ambulance diversion. */
  hospital: boolean;
  /** Runs an electronic health record (it gives care, or names its EHR). */
  usesEhr: boolean;
  /** Fewer than 50 people: one person often holds several roles. */
  small: boolean;
  /** Whose information it mostly holds, in a sentence: "patients", "members", "your clients’ patients and members". */
  people: string;
  /** The system an attacker would most hurt, in a sentence. */
  coreSystem: string;
  /** The log that shows who looked at records. */
  accessLog: string;
}

/** The type the answers give, or the one their legal role implies. */
const TYPE_FOR_ROLE: Record<Role, OrganizationType> = {
  'covered-entity-provider': 'clinic',
  'covered-entity-health-plan': 'health-plan',
  'covered-entity-clearinghouse': 'business-associate',
  'business-associate': 'business-associate',
  'hybrid-entity': 'other',
  'phr-vendor': 'health-app',
  other: 'other',
};

const CARE_TYPES: readonly OrganizationType[] = ['clinic', 'hospital', 'laboratory'];
const CARE_ROLES: readonly Role[] = ['covered-entity-provider', 'hybrid-entity'];

const PEOPLE: Record<OrganizationType, string> = {
  clinic: 'patients',
  hospital: 'patients',
  laboratory: 'patients',
  'health-plan': 'members',
  'business-associate': 'your clients’ patients and members',
  'health-app': 'users',
  other: 'patients, members and other people',
};

const CORE_SYSTEM: Record<OrganizationType, string> = {
  clinic: 'the electronic health record (EHR) system [name it]',
  hospital: 'the electronic health record (EHR) system [name it]',
  laboratory: 'the laboratory information system [name it]',
  'health-plan': 'the claims and membership systems',
  'business-associate': 'the systems that hold your clients’ data',
  'health-app': 'the app’s servers and databases',
  other: 'the systems that hold health or personal information',
};

export function organizationProfile(answers: Answers): OrganizationProfile {
  const { organization, systems } = answers;
  const type = organization.type ?? TYPE_FOR_ROLE[organization.role];
  const givesCare = CARE_TYPES.includes(type) || (type === 'other' && CARE_ROLES.includes(organization.role));
  const usesEhr = givesCare || systems.ehrName !== undefined;
  const coreSystem = systems.ehrName ?? (usesEhr && !CARE_TYPES.includes(type) ? CORE_SYSTEM.clinic : CORE_SYSTEM[type]);
  return {
    type,
    givesCare,
    hospital: type === 'hospital',
    usesEhr,
    small: organization.size === 'fewer-than-50',
    people: PEOPLE[type],
    coreSystem,
    accessLog: usesEhr ? `the access audit log of ${systems.ehrName ?? 'the EHR'}` : `the access logs of ${CORE_SYSTEM[type]}`,
  };
}

/** Roles that only an organization giving care has. */
const CARE_ONLY_ROLES: readonly TeamRole[] = ['clinical-lead'];

/** Whether the plan asks for this role: a clinical lead only where there is care. */
export function roleFits(profile: OrganizationProfile, role: TeamRole): boolean {
  return profile.givesCare || !CARE_ONLY_ROLES.includes(role);
}

/** A role's label for this organization: "IT or EHR vendor" only where there is an EHR. */
export function roleLabel(profile: OrganizationProfile, role: TeamRole): string {
  if (role === 'it-ehr-vendor' && !profile.usesEhr) return 'IT provider or managed service provider';
  return TEAM_ROLE_LABELS[role];
}
