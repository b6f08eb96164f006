/** Words the answers, the rules and the timeline share. Data, not logic. */

/** The organization's role. HIPAA roles first; `phr-vendor` is the FTC Health Breach Notification Rule's world. */
export const ROLES = [
  'covered-entity-provider',
  'covered-entity-health-plan',
  'covered-entity-clearinghouse',
  'business-associate',
  'hybrid-entity',
  'phr-vendor',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'covered-entity-provider': 'HIPAA covered entity: health care provider',
  'covered-entity-health-plan': 'HIPAA covered entity: health plan (including insurers)',
  'covered-entity-clearinghouse': 'HIPAA covered entity: health care clearinghouse',
  'business-associate': 'HIPAA business associate',
  'hybrid-entity': 'HIPAA hybrid entity',
  'phr-vendor': 'Health app or other vendor of personal health records outside HIPAA',
  other: 'Other organization',
};

/**
 * What kind of organization this is, in everyday words: the plan's vocabulary and sections, and the exercise
 * scenarios' variants, depend on it. Separate from `Role` (the legal role): a laboratory is a HIPAA provider, a
 * billing company a business associate.
 */
export const ORGANIZATION_TYPES = [
  'clinic',
  'hospital',
  'laboratory',
  'health-plan',
  'business-associate',
  'health-app',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  clinic: 'Physician practice or clinic',
  hospital: 'Hospital or health system',
  laboratory: 'Laboratory or imaging center',
  'health-plan': 'Health plan or insurer',
  'business-associate': 'Business associate (billing, IT, cloud or other services to health care organizations)',
  'health-app': 'Health app or personal health record vendor',
  other: 'Other organization',
};

/**
 * Whose personal information the organization holds: its own (it owns or licenses the data), its clients' (it
 * maintains or processes the data for them, as a business associate or vendor does), or both. State laws give
 * the owner the duty to notify people and regulators, and the one that maintains data a duty to tell the owner.
 */
export const DATA_HOLDINGS = ['itself', 'clients', 'both'] as const;
export type DataHolding = (typeof DATA_HOLDINGS)[number];

/** The questionnaire's words for whose data it is: one source for the form and for any message that names the choice. */
export const DATA_HOLDING_LABELS: Record<DataHolding, string> = {
  itself: 'Our own: we own or license the data',
  clients: 'Our clients’: we keep or process it for them, as a business associate or vendor',
  both: 'Both our own and our clients’',
};

/** For EU/EEA data, the GDPR role. */
export const GDPR_ROLE_LABELS: Record<'controller' | 'processor', string> = {
  controller: 'Controller: we decide why and how the data is used',
  processor: 'Processor: we handle it on behalf of another organization',
};

/** Whether, and how, law enforcement asked for a delay. */
export const DELAY_KIND_LABELS: Record<'none' | 'written' | 'oral', string> = {
  none: 'No',
  written: 'Yes, in writing',
  oral: 'Yes, orally (in person or by phone)',
};

/** Where a notice stands (NOTICE_STATUSES in the answers schema). */
export const NOTICE_STATUS_LABELS: Record<'drafting' | 'sent' | 'not-required', string> = { drafting: 'Drafting', sent: 'Sent', 'not-required': 'Not required' };

/** The agency that asked for a delay: federal, or a state's (named as US_JURISDICTIONS names it). */
export const FEDERAL_AGENCY_LABEL = 'Federal agency';

/** Kinds of entity some laws single out. An organization can be several; most are none. */
export const ENTITY_TYPES = [
  'licensed-health-facility',
  'public-agency',
  'information-broker',
  'financial-institution',
  'dfs-regulated',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  'licensed-health-facility': 'A clinic, hospital or other health facility licensed by a state health department',
  'public-agency': 'A state or local government agency, or a public hospital or university',
  'information-broker': 'An information broker (collects and sells personal information about people to others)',
  'financial-institution': 'A financial institution under the Gramm-Leach-Bliley Act',
  'dfs-regulated': 'Licensed or regulated by the New York Department of Financial Services',
};

/** Roles that HIPAA's breach notification rule (45 CFR 164 subpart D) binds directly. */
export const HIPAA_ROLES: readonly Role[] = [
  'covered-entity-provider',
  'covered-entity-health-plan',
  'covered-entity-clearinghouse',
  'business-associate',
  'hybrid-entity',
];

/**
 * Kinds of data an incident can involve. State laws define "personal information" as a name plus one of
 * these; a rule lists the kinds that trigger it.
 */
export const DATA_KINDS = [
  'phi',
  'medical',
  'health-insurance',
  'ssn',
  'drivers-license',
  'government-id',
  'financial-account',
  'biometric',
  'credentials',
  'dob',
  'genetic',
  'sud-records',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export const DATA_KIND_LABELS: Record<DataKind, string> = {
  phi: 'Protected health information (PHI) held by a HIPAA covered entity or business associate',
  medical: 'Medical information (history, condition, treatment, diagnosis)',
  'health-insurance': 'Health insurance information (policy or subscriber number)',
  ssn: 'Social Security number',
  'drivers-license': "Driver's licence or state ID card number",
  'government-id': 'Passport, military ID or other government ID number',
  'financial-account': 'Financial account, credit or debit card number (with any code or password)',
  biometric: 'Biometric data (fingerprint, retina, face geometry)',
  credentials: 'Username or email with password or security answer',
  dob: 'Date of birth',
  genetic: 'Genetic information',
  'sud-records': 'Substance use disorder treatment records (42 CFR Part 2)',
};

/** The 56 US jurisdictions: 50 states, DC and five territories. */
export const US_JURISDICTIONS = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee',
  TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
} as const;
export type UsJurisdiction = keyof typeof US_JURISDICTIONS;
export const US_JURISDICTION_CODES = Object.keys(US_JURISDICTIONS) as UsJurisdiction[];

/** Where a rule comes from: a US jurisdiction code, `US` for federal law, `EU` for the GDPR. */
export type Jurisdiction = UsJurisdiction | 'US' | 'EU';

export const RECIPIENTS = [
  'individuals',
  'hhs',
  'media',
  'covered-entity',
  'attorney-general',
  'state-regulator',
  'insurance-regulator',
  'law-enforcement',
  'consumer-reporting-agencies',
  'ftc',
  'sec',
  'eu-supervisory-authority',
  'controller',
  /** The owner or licensee of the data, told by the one that maintains it (a business associate's client). */
  'data-owner',
] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Events a clock can count from. Each maps to a date (or a moment) in the incident answers. */
export const ANCHORS = ['discovery', 'determination', 'confirmation', 'awareness', 'materiality-determination'] as const;
export type Anchor = (typeof ANCHORS)[number];
