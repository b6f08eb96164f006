/**
 * The answers: everything Breachline asks an organization, in one schema. The questionnaire builds its form from
 * this module, so every field carries its question in plain words (`.describe()`), and every free-text field a
 * maximum length. `schemaVersion` says which shape a saved file has; `migrate.ts` brings older shapes up to date.
 */
import { z } from 'zod';
import { isIsoDate, longDate } from '../dates/calendar.ts';
import { isInstant, localDateOf, parseInstant } from '../dates/instants.ts';
import { DATA_HOLDINGS, DATA_KINDS, ENTITY_TYPES, ORGANIZATION_TYPES, ROLES, US_JURISDICTION_CODES } from '../vocabulary.ts';

import { ANSWERS_SCHEMA_VERSION } from './version.ts';

export { ANSWERS_SCHEMA_VERSION };

/** Roles on the incident response team. */
export const TEAM_ROLES = [
  'incident-commander',
  'privacy-officer',
  'security-officer',
  'legal-counsel',
  'forensic-firm',
  'cyber-insurer',
  'communications',
  'clinical-lead',
  'it-ehr-vendor',
  'executive-sponsor',
  'law-enforcement',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  'incident-commander': 'Incident commander',
  'privacy-officer': 'Privacy officer',
  'security-officer': 'Security officer',
  'legal-counsel': 'Legal counsel',
  'forensic-firm': 'Forensic firm',
  'cyber-insurer': 'Cyber insurer',
  communications: 'Communications lead',
  'clinical-lead': 'Clinical lead',
  'it-ehr-vendor': 'IT or EHR vendor',
  'executive-sponsor': 'Executive sponsor',
  'law-enforcement': 'Law enforcement contact',
};

export const ORGANIZATION_SIZES = ['fewer-than-50', '50-to-499', '500-to-4999', '5000-or-more'] as const;

export const TEXT_LIMITS = { name: 200, short: 120, phone: 40, long: 4000 } as const;

const DATE_MESSAGE = 'Enter a real date as YYYY-MM-DD, for example 2024-02-10.';
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_MESSAGE })
  .refine(isIsoDate, { error: DATE_MESSAGE });

const INSTANT_MESSAGE = 'Enter a date and time with its UTC offset, for example 2024-03-30T10:00:00+01:00.';
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { error: INSTANT_MESSAGE })
  .refine(isInstant, { error: INSTANT_MESSAGE });

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'This cannot be empty: write an answer, or leave an optional question out.' })
    .max(max, { error: `Keep this to ${max} characters or fewer.` });

const phone = z
  .string()
  .trim()
  .max(TEXT_LIMITS.phone, { error: `Keep the phone number to ${TEXT_LIMITS.phone} characters or fewer.` })
  .regex(/^\+?[0-9 ().\-]{3,}(?:\s*(?:x|ext\.?)\s*\d+)?$/i, {
    error: 'Enter a phone number using digits, spaces, brackets or dashes, for example +1 (555) 010-0199.',
  });

const count = z
  .number({ error: 'Enter a whole number of people, 0 or more.' })
  .int({ error: 'Enter a whole number of people, 0 or more.' })
  .min(0, { error: 'Enter a whole number of people, 0 or more.' })
  .max(1_000_000_000, { error: 'Enter a number of people under one billion.' });

const usJurisdiction = z.enum(US_JURISDICTION_CODES);

/** A client whose data a business associate or vendor holds, and the notice its agreement asks for. */
export const clientSchema = z
  .object({
    name: text(TEXT_LIMITS.short).describe('What is the client’s name?'),
    noticeWithinDays: z
      .number({ error: 'Enter a whole number of days, 1 or more.' })
      .int({ error: 'Enter a whole number of days, 1 or more.' })
      .min(1, { error: 'Enter a whole number of days, 1 or more.' })
      .max(365, { error: 'Enter a number of days up to 365.' })
      .optional()
      .describe('Within how many calendar days of discovering a breach does your agreement say you must tell this client? (optional)'),
  })
  .strict();

export const organizationSchema = z
  .object({
    name: text(TEXT_LIMITS.name).describe('What is the name of your organization?'),
    role: z.enum(ROLES).describe('Which best describes your organization under HIPAA and related law?'),
    type: z
      .enum(ORGANIZATION_TYPES)
      .optional()
      .describe('What kind of organization are you? (optional; the plan’s sections and words follow it)'),
    size: z
      .enum(ORGANIZATION_SIZES)
      .optional()
      .describe('How many people work for your organization? (optional)'),
    states: z
      .array(usJurisdiction)
      .max(US_JURISDICTION_CODES.length)
      .refine((codes) => new Set(codes).size === codes.length, { error: 'List each state or territory once.' })
      .describe('In which states and territories do your patients or members live?'),
    publiclyTraded: z.boolean().describe('Are your shares (or your parent company’s) traded on a US stock exchange?'),
    euDataSubjects: z
      .boolean()
      .describe('Do you hold personal data of people in the European Union or European Economic Area?'),
    gdprRole: z
      .enum(['controller', 'processor'])
      .optional()
      .describe(
        'For that EU/EEA data, do you decide why and how it is used (controller) or process it for someone else (processor)? (optional)',
      ),
    part2Program: z
      .boolean()
      .describe('Do you run a federally assisted substance use disorder program covered by 42 CFR Part 2?'),
    insurer: z.boolean().describe('Are you an insurer licensed by a state insurance department?'),
    holdsDataFor: z
      .enum(DATA_HOLDINGS)
      .optional()
      .describe('Whose personal information do you hold: your own, your clients’ (as a business associate or vendor), or both? (optional)'),
    clients: z
      .array(clientSchema)
      .max(200, { error: 'List at most 200 clients.' })
      .optional()
      .describe('Which clients’ data do you hold? (optional)'),
    entityTypes: z
      .array(z.enum(ENTITY_TYPES))
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'Choose each kind once.' })
      .optional()
      .describe('Are you any of these kinds of entity? (optional; an empty list means none)'),
    outOfBandChannel: text(TEXT_LIMITS.long)
      .optional()
      .describe('If your email and chat are down or watched by an attacker, how will the response team talk? (optional)'),
  })
  .strict();

/** Who takes over a role when its lead cannot be reached. */
export const deputySchema = z
  .object({
    name: text(TEXT_LIMITS.short).describe('Who is the deputy?'),
    title: text(TEXT_LIMITS.short).optional().describe('What is the deputy’s job title? (optional)'),
    phone: phone.optional().describe('What phone number reaches the deputy at any hour? (optional)'),
    email: z
      .email({ error: 'Enter an email address like name@example.org.' })
      .max(TEXT_LIMITS.short, { error: `Keep the email address to ${TEXT_LIMITS.short} characters or fewer.` })
      .optional()
      .describe('What is the deputy’s email address? (optional)'),
  })
  .strict();

export const contactSchema = z
  .object({
    role: z.enum(TEAM_ROLES).describe('What is this person’s role on the response team?'),
    name: text(TEXT_LIMITS.short).describe('What is their name?'),
    title: text(TEXT_LIMITS.short).optional().describe('What is their job title? (optional)'),
    phone: phone.optional().describe('What phone number reaches them at any hour? (optional)'),
    email: z
      .email({ error: 'Enter an email address like name@example.org.' })
      .max(TEXT_LIMITS.short, { error: `Keep the email address to ${TEXT_LIMITS.short} characters or fewer.` })
      .optional()
      .describe('What is their email address? (optional)'),
    policyNumber: text(60).optional().describe('What is your cyber insurance policy number? (cyber insurer only, optional)'),
    claimsHotline: phone.optional().describe('What number do you call to report a claim? (cyber insurer only, optional)'),
    deputy: deputySchema.optional().describe('Who takes over when this person cannot be reached? (optional)'),
  })
  .strict()
  .refine((contact) => contact.role === 'cyber-insurer' || (!contact.policyNumber && !contact.claimsHotline), {
    error: 'Only the cyber insurer contact has a policy number and claims hotline.',
    path: ['policyNumber'],
  });
export type Contact = z.infer<typeof contactSchema>;

const hours = (what: string) =>
  z
    .number({ error: `Enter the ${what} in whole hours, 0 or more.` })
    .int({ error: `Enter the ${what} in whole hours, 0 or more.` })
    .min(0, { error: `Enter the ${what} in whole hours, 0 or more.` })
    .max(24 * 365, { error: `Enter the ${what} in hours, at most a year (8760).` });

/** A critical system and its recovery objectives. */
export const criticalSystemSchema = z
  .object({
    name: text(TEXT_LIMITS.short).describe('What is the system called?'),
    rtoHours: hours('recovery time objective')
      .optional()
      .describe('Within how many hours must it be working again (recovery time objective)? (optional)'),
    rpoHours: hours('recovery point objective')
      .optional()
      .describe('How many hours of data can you afford to lose (recovery point objective)? (optional)'),
  })
  .strict();

export const systemsSchema = z
  .object({
    ehrName: text(TEXT_LIMITS.short).optional().describe('Which electronic health record (EHR) system do you use? (optional)'),
    backups: text(TEXT_LIMITS.long)
      .optional()
      .describe('What backups do you keep, and how are they protected from ransomware? (optional)'),
    downtimeProcedures: text(TEXT_LIMITS.long)
      .optional()
      .describe('How do you keep caring for patients when systems are down? (optional)'),
    critical: z
      .array(criticalSystemSchema)
      .max(50, { error: 'List at most 50 critical systems.' })
      .optional()
      .describe('Which systems are critical, in the order you would restore them? (optional)'),
  })
  .strict();

/** Other plans of the organization that the incident response plan points to, by their names. */
export const relatedPlansSchema = z
  .object({
    emergencyOperations: text(TEXT_LIMITS.short).optional().describe('What is your emergency operations plan called? (optional)'),
    businessContinuity: text(TEXT_LIMITS.short)
      .optional()
      .describe('What is your business continuity or disaster recovery plan called? (optional)'),
    communications: text(TEXT_LIMITS.short).optional().describe('What is your crisis communications plan called? (optional)'),
  })
  .strict();

/** The plan's own record: who approves it, its version, who receives it. */
export const governanceSchema = z
  .object({
    planVersion: text(20).optional().describe('What version number does this plan carry? (optional)'),
    approverName: text(TEXT_LIMITS.short).optional().describe('Who approves this plan? (optional)'),
    approverTitle: text(TEXT_LIMITS.short).optional().describe('What is the approver’s job title? (optional)'),
    distribution: text(TEXT_LIMITS.long).optional().describe('Who receives a copy of this plan? (optional)'),
  })
  .strict();

export const lawEnforcementDelaySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }).strict(),
    z
      .object({
        kind: z.literal('written'),
        statedOn: isoDate.optional().describe('On what date did you receive the written statement? (optional)'),
        agency: text(TEXT_LIMITS.short).optional().describe('Which agency made the request? (optional)'),
        jurisdiction: z
          .enum(['federal', ...US_JURISDICTION_CODES])
          .optional()
          .describe('Is it a federal agency, or an agency of which state? (optional)'),
        endsOn: isoDate.describe('Until what date does the written statement ask you to delay notice?'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('oral'),
        statedOn: isoDate.describe('On what date did the official tell you to delay?'),
        official: text(TEXT_LIMITS.short).optional().describe('Who told you, and for which agency? (optional)'),
        jurisdiction: z
          .enum(['federal', ...US_JURISDICTION_CODES])
          .optional()
          .describe('Is it a federal agency, or an agency of which state? (optional)'),
      })
      .strict(),
  ])
  .describe('Has a law enforcement official asked you to delay notice because it would impede an investigation?');
export type LawEnforcementDelayAnswer = z.infer<typeof lawEnforcementDelaySchema>;

export const affectedSchema = z
  .object({
    byJurisdiction: z
      .partialRecord(usJurisdiction, count)
      .describe('How many affected people live in each US state or territory?'),
    EU: count.optional().describe('How many affected people are in the EU or EEA? (optional)'),
    unknownLocation: count.optional().describe('How many affected people have no known address? (optional)'),
  })
  .strict();

/** The incident dates that start legal clocks, each of which can carry its evidence. */
export const CLOCK_DATES = ['discoveredOn', 'determinedOn', 'confirmedOn', 'awareAt', 'secMaterialityDeterminedOn'] as const;

/** Where one notice stands. A notice with no entry has not been started. */
export const NOTICE_STATUSES = ['drafting', 'sent', 'not-required'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const noticeStateSchema = z
  .object({
    status: z.enum(NOTICE_STATUSES).describe('Where does this notice stand?'),
    sentOn: isoDate.optional().describe('On what date did you send it?'),
    method: text(TEXT_LIMITS.short).optional().describe('How did you send it (first-class mail, email, the regulator’s portal)? (optional)'),
    reference: text(TEXT_LIMITS.short).optional().describe('What reference or confirmation number did you get? (optional)'),
    reason: text(TEXT_LIMITS.long).optional().describe('Why is this notice not required? (optional)'),
  })
  .strict()
  .superRefine((notice, ctx) => {
    if (notice.status === 'sent' && !notice.sentOn) {
      ctx.addIssue({ code: 'custom', path: ['sentOn'], message: 'Enter the date the notice was sent.' });
    }
    if (notice.status !== 'sent' && notice.sentOn) {
      ctx.addIssue({ code: 'custom', path: ['sentOn'], message: 'Only a sent notice has a date sent.' });
    }
  });
export type NoticeState = z.infer<typeof noticeStateSchema>;

export const incidentSchema = z
  .object({
    discoveredOn: isoDate.describe(
      'On what date was the breach first known (or should have been known) to anyone in your organization other than the person who caused it?',
    ),
    determinedOn: isoDate
      .optional()
      .describe('On what date did you determine that a breach of personal information occurred? (optional)'),
    confirmedOn: isoDate.optional().describe('On what date did you confirm the breach? (optional)'),
    awareAt: isoInstant
      .optional()
      .describe('At what date and time did you become aware of the breach, with your UTC offset? (optional, for hour clocks)'),
    affected: affectedSchema,
    dataKinds: z
      .array(z.enum(DATA_KINDS))
      .min(1, { error: 'Choose at least one kind of data involved.' })
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'Choose each kind of data once.' })
      .describe('What kinds of information were involved?'),
    secured: z
      .boolean()
      .describe(
        'Was all the data secured under HHS guidance: encrypted to NIST standards with the key kept safe, or destroyed?',
      ),
    euHighRisk: z
      .boolean()
      .optional()
      .describe('Is the breach likely to result in a high risk to the rights and freedoms of people in the EU/EEA? (optional)'),
    lawEnforcementDelay: lawEnforcementDelaySchema.optional(),
    secMaterialityDeterminedOn: isoDate
      .optional()
      .describe('On what date did you determine the incident is material to investors? (optional)'),
    codename: text(60).optional().describe('What codename do you use for this incident? (optional)'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'An incident id uses lower-case letters, digits and dashes.' })
      .max(60)
      .optional()
      .describe('A stable identifier for this incident, used to keep calendar entries in step. (optional)'),
    calendarSequence: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('How many times the calendar file for this incident has been updated. (optional)'),
    clockEvidence: z
      .partialRecord(z.enum(CLOCK_DATES), text(TEXT_LIMITS.long))
      .optional()
      .describe('For each date that starts a clock: who learned what, and when? (optional)'),
    notices: z
      .record(
        z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use the notice’s rule id, such as hipaa-individuals.' }),
        noticeStateSchema,
      )
      .optional()
      .describe('Where does each notice stand? (optional)'),
  })
  .strict()
  .superRefine((incident, ctx) => {
    const notBefore = (value: string | undefined, path: (string | number)[], what: string) => {
      if (value && isIsoDate(value) && isIsoDate(incident.discoveredOn) && value < incident.discoveredOn) {
        ctx.addIssue({ code: 'custom', path, message: `${what} cannot be before the discovery date (${longDate(incident.discoveredOn)}).` });
      }
    };
    notBefore(incident.determinedOn, ['determinedOn'], 'The determination date');
    notBefore(incident.confirmedOn, ['confirmedOn'], 'The confirmation date');
    notBefore(incident.secMaterialityDeterminedOn, ['secMaterialityDeterminedOn'], 'The materiality date');
    const aware = incident.awareAt ? parseInstant(incident.awareAt) : null;
    if (aware) notBefore(localDateOf(aware), ['awareAt'], 'The moment of awareness');
    for (const [rule, notice] of Object.entries(incident.notices ?? {})) {
      notBefore(notice.sentOn, ['notices', rule, 'sentOn'], 'A notice');
    }
    const delay = incident.lawEnforcementDelay;
    if (delay?.kind === 'written' && delay.statedOn && isIsoDate(delay.statedOn) && isIsoDate(delay.endsOn) && delay.endsOn < delay.statedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['lawEnforcementDelay', 'endsOn'],
        message: 'The delay cannot end before the statement was made.',
      });
    }
  });
export type IncidentAnswers = z.infer<typeof incidentSchema>;

export const answersSchema = z
  .object({
    schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION).describe('The version of this answers format.'),
    organization: organizationSchema,
    team: z.array(contactSchema).max(50, { error: 'List at most 50 team contacts.' }).describe('Who is on your response team?'),
    systems: systemsSchema,
    plans: relatedPlansSchema.optional().describe('Which other plans does this plan point to? (optional)'),
    governance: governanceSchema.optional().describe('Who approves this plan, and who receives it? (optional)'),
    incident: incidentSchema.optional().describe('Details of a breach you are responding to now (optional).'),
  })
  .strict();

export type Answers = z.infer<typeof answersSchema>;
