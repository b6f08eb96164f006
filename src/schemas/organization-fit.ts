/**
 * What each kind of organization really has: the services an inject can lean on and the roles that can receive it.
 * A scenario (or a variant of it) names the organization types it is written for; the exercise schema checks every
 * inject's `needs` and `recipients` against this table, so an inject never asks a clinic about its emergency
 * department or a health plan about its front desk. Data, not logic.
 */
import type { OrganizationType } from '../engine/vocabulary.ts';

/** Services and systems an inject can depend on. */
export const SERVICES = [
  'ehr',
  'outpatient-care',
  'emergency-department',
  'inpatient-beds',
  'imaging',
  'laboratory',
  'in-house-pharmacy',
  'e-prescribing',
  'front-desk',
  'patient-portal',
  'member-services',
  'claims-processing',
  'billing',
  'fax',
  'email',
  'file-shares',
  'remote-access',
  'access-audit-logs',
  'laptops',
  'unionized-staff',
  'media-attention',
  'clearinghouse',
] as const;
export type Service = (typeof SERVICES)[number];

/** Roles that take part in an exercise (mirrors `EXERCISE_ROLES` in exercise.ts, without importing it back). */
type Role =
  | 'incident-commander'
  | 'privacy-officer'
  | 'security-officer'
  | 'legal-counsel'
  | 'forensic-firm'
  | 'cyber-insurer'
  | 'communications'
  | 'clinical-lead'
  | 'it-ehr-vendor'
  | 'executive-sponsor'
  | 'law-enforcement'
  | 'human-resources'
  | 'health-information-management'
  | 'front-desk';

const EVERYONE: readonly Role[] = [
  'incident-commander',
  'privacy-officer',
  'security-officer',
  'legal-counsel',
  'forensic-firm',
  'cyber-insurer',
  'communications',
  'it-ehr-vendor',
  'executive-sponsor',
  'law-enforcement',
  'human-resources',
];
const COMMON: readonly Service[] = ['email', 'file-shares', 'remote-access', 'laptops', 'billing', 'media-attention', 'access-audit-logs'];

export interface OrganizationFit {
  services: readonly Service[];
  roles: readonly Role[];
}

export const ORGANIZATION_FIT: Record<OrganizationType, OrganizationFit> = {
  clinic: {
    services: [...COMMON, 'ehr', 'outpatient-care', 'front-desk', 'patient-portal', 'e-prescribing', 'fax', 'clearinghouse'],
    roles: [...EVERYONE, 'clinical-lead', 'front-desk', 'health-information-management'],
  },
  hospital: {
    services: [
      ...COMMON,
      'ehr',
      'outpatient-care',
      'emergency-department',
      'inpatient-beds',
      'imaging',
      'laboratory',
      'in-house-pharmacy',
      'e-prescribing',
      'front-desk',
      'patient-portal',
      'fax',
      'clearinghouse',
      'unionized-staff',
    ],
    roles: [...EVERYONE, 'clinical-lead', 'front-desk', 'health-information-management'],
  },
  laboratory: {
    services: [...COMMON, 'laboratory', 'front-desk', 'patient-portal', 'fax', 'clearinghouse'],
    roles: [...EVERYONE, 'clinical-lead', 'front-desk'],
  },
  'health-plan': {
    services: [...COMMON, 'member-services', 'claims-processing', 'patient-portal', 'fax'],
    roles: [...EVERYONE],
  },
  'business-associate': {
    services: [...COMMON, 'claims-processing'],
    roles: [...EVERYONE],
  },
  'health-app': {
    services: [...COMMON, 'patient-portal'],
    roles: [...EVERYONE],
  },
  other: {
    services: [...COMMON],
    roles: [...EVERYONE],
  },
};
