/**
 * A tabletop exercise scenario in `content/exercises/<slug>.yaml`. The build fails on a scenario that breaks it.
 * The shape follows a discussion-based exercise as HSEEP describes it: objectives, a scenario told in modules of
 * injects, discussion questions per module, then a hot wash and an after-action report. Legal deadlines never
 * appear here: the packs compute them from the `incident` profile with the notification engine, or point to
 * `/requirements/`.
 */
import { z } from 'zod';
import { TEAM_ROLE_LABELS, TEAM_ROLES } from '../engine/answers/schema.ts';
import { PLAN_SECTION_LABELS, PLAN_SECTIONS } from '../engine/review/schema.ts';
import { ORGANIZATION_SIZES } from '../engine/answers/schema.ts';
import { DATA_KINDS, ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS, type OrganizationType } from '../engine/vocabulary.ts';
import { ORGANIZATION_FIT, SERVICES } from './organization-fit.ts';

export { PLAN_SECTION_LABELS, PLAN_SECTIONS };

/** The guidance pages a discussion question can point to (the slugs of `content/guide/*.mdx`). */
export const GUIDE_SLUGS = [
  'respond-in-time',
  'find-the-root-cause',
  'legal-and-security-counsel',
  'address-the-threats',
  'manage-the-consequences',
  'post-incident-review',
  'improve-continuously',
  'report-and-communicate',
] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** Roles that take part in an exercise: the response team's roles, and a few the plan does not name. */
export const EXERCISE_ROLES = [...TEAM_ROLES, 'human-resources', 'health-information-management', 'front-desk'] as const;
export type ExerciseRole = (typeof EXERCISE_ROLES)[number];
export const EXERCISE_ROLE_LABELS: Record<ExerciseRole, string> = {
  ...TEAM_ROLE_LABELS,
  'human-resources': 'Human resources',
  'health-information-management': 'Health information management (HIM)',
  'front-desk': 'Front desk and patient access',
};

/**
 * The six roles that get a checklist in a pack, when every organization type the version is written for has them (a
 * business associate has no clinical lead); each must own at least one expected action.
 */
export const CHECKLIST_ROLES = [
  'incident-commander',
  'privacy-officer',
  'security-officer',
  'legal-counsel',
  'communications',
  'clinical-lead',
] as const satisfies readonly ExerciseRole[];

/** The checklist roles of a version written for these organization types. */
export const checklistRolesFor = (types: readonly OrganizationType[]): (typeof CHECKLIST_ROLES)[number][] =>
  CHECKLIST_ROLES.filter((role) => types.every((type) => (ORGANIZATION_FIT[type].roles as readonly string[]).includes(role)));

/** Words in `{braces}` that a pack replaces with the organization's own: its name, and its EHR's name. */
export const TAILORING_TOKENS = ['organization', 'ehr'] as const;

/** The six functions of the NIST Cybersecurity Framework 2.0, which each objective exercises. */
export const CSF_FUNCTIONS = ['govern', 'identify', 'protect', 'detect', 'respond', 'recover'] as const;
export type CsfFunction = (typeof CSF_FUNCTIONS)[number];
export const CSF_FUNCTION_LABELS: Record<CsfFunction, string> = {
  govern: 'Govern (GV)',
  identify: 'Identify (ID)',
  protect: 'Protect (PR)',
  detect: 'Detect (DE)',
  respond: 'Respond (RS)',
  recover: 'Recover (RC)',
};

/** The National Preparedness Goal's core capabilities a breach exercise tests (HSEEP maps objectives to these). */
export const CORE_CAPABILITIES = [
  'planning',
  'operational-coordination',
  'public-information-and-warning',
  'cybersecurity',
  'forensics-and-attribution',
  'intelligence-and-information-sharing',
  'health-and-social-services',
  'public-health-healthcare-and-ems',
  'economic-recovery',
] as const;
export type CoreCapability = (typeof CORE_CAPABILITIES)[number];
export const CORE_CAPABILITY_LABELS: Record<CoreCapability, string> = {
  planning: 'Planning',
  'operational-coordination': 'Operational coordination',
  'public-information-and-warning': 'Public information and warning',
  cybersecurity: 'Cybersecurity',
  'forensics-and-attribution': 'Forensics and attribution',
  'intelligence-and-information-sharing': 'Intelligence and information sharing',
  'health-and-social-services': 'Health and social services',
  'public-health-healthcare-and-ems': 'Public health, healthcare and emergency medical services',
  'economic-recovery': 'Economic recovery',
};

/** HSEEP's mission areas. */
export const MISSION_AREAS = ['prevention', 'protection', 'mitigation', 'response', 'recovery'] as const;
export const MISSION_AREA_LABELS: Record<(typeof MISSION_AREAS)[number], string> = {
  prevention: 'Prevention',
  protection: 'Protection',
  mitigation: 'Mitigation',
  response: 'Response',
  recovery: 'Recovery',
};

export { ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS, ORGANIZATION_SIZES, SERVICES };

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use lowercase words joined by hyphens.' });

/** Text that may carry `{organization}` and `{ehr}`, and no other token. */
const prose = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => [...text.matchAll(/\{([^}]*)\}/g)].every((m) => (TAILORING_TOKENS as readonly string[]).includes(m[1]!)), {
      error: `Only ${TAILORING_TOKENS.map((t) => `{${t}}`).join(' and ')} may appear in braces.`,
    });

export const injectSchema = z
  .object({
    /** When it happens, counted from discovery (day 0), in the exercise's local time: "Day 0, 07:40", "Day -3, 16:05". */
    at: z.string().regex(/^Day -?\d{1,3}, ([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write the time as "Day 0, 07:40".' }),
    /** A few words for the card's heading. */
    title: prose(3, 90),
    /** What happens, as the players would learn it: a call, an alert, an email, a reporter at the door. */
    happens: prose(20, 700),
    /** Who receives it: the roles that hear of it first. */
    recipients: z.array(z.enum(EXERCISE_ROLES)).min(1),
    /**
     * The services and systems the inject assumes the organization has (`SERVICES` in organization-fit.ts); `[]` when
     * it assumes none. The schema checks them, and the recipients, against every organization type the scenario or
     * variant is written for: the fit check, written down next to the inject.
     */
    needs: z.array(z.enum(SERVICES)),
  })
  .strict();

export const questionSchema = z
  .object({
    /** The question the facilitator asks. */
    text: prose(10, 300),
    /** The guidance page that helps answer it (a slug of `content/guide/`). */
    guide: z.enum(GUIDE_SLUGS, { error: 'Use the slug of a page in content/guide/.' }),
    /** The section of the incident response plan it tests (the plan generator's section ids). */
    planSection: z.enum(PLAN_SECTIONS, { error: `Use a plan section id: ${PLAN_SECTIONS.join(', ')}.` }),
  })
  .strict();

export const expectedActionSchema = z
  .object({
    /** What a well-prepared team does in this module: the ground truth evaluators look for. */
    action: prose(10, 300),
    /** Who owns it; the pack's role checklists are built from these. */
    owners: z.array(z.enum(EXERCISE_ROLES)).min(1),
  })
  .strict();

export const moduleSchema = z
  .object({
    /** The module's heading, e.g. "Detection and first hours". */
    title: prose(3, 80),
    /** The situation at the start of the module, as players read it in their handout. */
    situation: prose(40, 1200),
    /** The injects of this module, in time order. */
    injects: z.array(injectSchema).min(1).max(8),
    /** Questions for discussion, each tied to a guidance page and a plan section. */
    questions: z.array(questionSchema).min(2).max(8),
    /** The ground truth: actions evaluators expect. Never printed in the participant handout. */
    expectedActions: z.array(expectedActionSchema).min(2).max(10),
    /** What the facilitator should know or steer toward; never printed in the participant handout. */
    facilitatorNotes: z.array(prose(10, 600)).min(1).max(6),
  })
  .strict();

export const objectiveSchema = z
  .object({
    /** What the exercise tests, in a sentence. */
    text: prose(10, 240),
    /** The core capability it exercises (HSEEP). */
    capability: z.enum(CORE_CAPABILITIES),
    /** The NIST CSF 2.0 functions it exercises. */
    csf: z.array(z.enum(CSF_FUNCTIONS)).min(1).max(3),
  })
  .strict();

export const incidentProfileSchema = z
  .object({
    /** Kinds of data involved, from the engine's vocabulary (`DATA_KINDS`). */
    dataKinds: z
      .array(z.enum(DATA_KINDS))
      .min(1)
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'List each kind of data once.' }),
    /** Whether all the data was secured under HHS guidance (encrypted with the key kept safe, or destroyed). */
    secured: z.boolean(),
    /** How many people are affected. */
    affected: z.number().int().min(0).max(100_000_000),
    /** True: the affected people live across the organization's states; false: all in its first (home) state. */
    spreadOverStates: z.boolean(),
  })
  .strict();

const participantsSchema = z
  .array(
    z
      .object({
        /** The role, from the response team's roles or `EXERCISE_ROLES`. */
        role: z.enum(EXERCISE_ROLES),
        /** Why this role is at the table, in a sentence. */
        why: prose(10, 240),
      })
      .strict(),
  )
  .min(4)
  .refine((list) => new Set(list.map((p) => p.role)).size === list.length, { error: 'List each role once.' });

/**
 * A version of the scenario for other organization types or sizes: its own setting, numbers and modules, so a
 * 40-person practice is not asked about its imaging suite. Fields it leaves out are the scenario's own.
 */
export const variantSchema = z
  .object({
    /** Part of the variant's web address: `/exercises/<scenario>-<id>/`. */
    id: slug,
    /** Who it is for, in a few words: "Small practice (fewer than 50 staff)". */
    label: z.string().trim().min(5).max(80),
    /** The organization types it is written for. */
    organizationTypes: z.array(z.enum(ORGANIZATION_TYPES)).min(1),
    /** The sizes it is written for (the answers' `organization.size`); any size when left out. */
    sizes: z.array(z.enum(ORGANIZATION_SIZES)).min(1).optional(),
    /** The version's own name, when the scenario's would say something untrue of it ("Ransomware encrypts the EHR" for a lab). */
    title: z.string().trim().min(5).max(90).optional(),
    summary: z.string().trim().min(20).max(200),
    threat: z.string().trim().min(5).max(160).optional(),
    durationMinutes: z.number().int().min(30).max(480).optional(),
    objectives: z.array(objectiveSchema).min(3).max(5).optional(),
    participants: participantsSchema.optional(),
    background: prose(40, 1500),
    facilitatorNotes: z.array(prose(10, 600)).min(1).max(8).optional(),
    incident: incidentProfileSchema,
    modules: z.array(moduleSchema).min(3).max(5),
  })
  .strict();

/**
 * Organization types no version of a scenario is written for, because the scenario cannot fit them (a health app
 * has no fax machine), and the scenario to use instead. A pack asked for such a type prints this, not the scenario.
 */
export const useInsteadSchema = z
  .object({
    /** The organization types it is for. */
    organizationTypes: z.array(z.enum(ORGANIZATION_TYPES)).min(1),
    /** The version to use instead, by its address: `<scenario>` or `<scenario>-<variant>`; written for these types. */
    use: slug,
    /** Why this scenario does not fit them, in a sentence or two the pack prints. */
    why: z.string().trim().min(20).max(300),
  })
  .strict();

/** Every organization type but `other` (which could be anything) has a version of each scenario, or a pointer away. */
export const TYPES_TO_COVER = ORGANIZATION_TYPES.filter((type) => type !== 'other');

export const exerciseSchema = z
  .object({
    /** The scenario's name, the heading of its pack. */
    title: z.string().trim().min(5).max(90),
    /** The threat or hazard, for the pack's overview table: "Ransomware with data theft (cyber attack)". */
    threat: z.string().trim().min(5).max(160),
    /** HSEEP mission areas the exercise covers. */
    missionAreas: z.array(z.enum(MISSION_AREAS)).min(1),
    /** The organization types this version is written for; the default when the answers give no type. */
    organizationTypes: z.array(z.enum(ORGANIZATION_TYPES)).min(1),
    /** One or two sentences for the exercise list and the meta description (at most 200 characters). */
    summary: z.string().trim().min(20).max(200),
    /** Position in the list of exercises. */
    order: z.number().int().positive(),
    /** How long the exercise runs, hot wash included, in minutes. */
    durationMinutes: z.number().int().min(30).max(480),
    /** When a person last checked the scenario for realism and against the guidance (YYYY-MM-DD). */
    reviewedOn: z.coerce.date(),
    /** 3 to 5 things the exercise tests; evaluators rate each one. */
    objectives: z.array(objectiveSchema).min(3).max(5),
    /** Who plays, by role, and why they are at the table. */
    participants: participantsSchema,
    /** The setting players read first: the organization, the day, the systems in play. */
    background: prose(40, 1500),
    /** What the facilitator sets up before the day and says at the start; never in the participant handout. */
    facilitatorNotes: z.array(prose(10, 600)).min(1).max(8),
    /** The incident as the notification engine sees it, to compute the organization's own deadlines. */
    incident: incidentProfileSchema,
    /** Three to five modules, in time order. */
    modules: z.array(moduleSchema).min(3).max(5),
    /** Versions for other organization types or sizes. */
    variants: z.array(variantSchema).default([]),
    /** Where to go instead for the organization types no version is written for. */
    useInstead: z.array(useInsteadSchema).default([]),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    checkScenario(exercise, [], ctx);
    checkCoverage(exercise, ctx);
    exercise.variants.forEach((variant, v) => checkScenario({ ...exercise, ...variant }, ['variants', v], ctx));
    const ids = exercise.variants.map((v) => v.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['variants'], message: 'Give each variant its own id.' });
  });

/** Each organization type to cover is written for by a version, or pointed elsewhere, and not both. */
function checkCoverage(exercise: Pick<z.infer<typeof exerciseSchema>, 'organizationTypes' | 'variants' | 'useInstead'>, ctx: z.RefinementCtx): void {
  const written = new Set([...exercise.organizationTypes, ...exercise.variants.flatMap((v) => v.organizationTypes)]);
  const pointed = exercise.useInstead.flatMap((p) => p.organizationTypes);
  for (const type of TYPES_TO_COVER) {
    const times = pointed.filter((t) => t === type).length + (written.has(type) ? 1 : 0);
    if (times === 0) ctx.addIssue({ code: 'custom', path: ['useInstead'], message: `No version is written for ${type}: write a variant, or say in useInstead which scenario to use.` });
    if (times > 1) ctx.addIssue({ code: 'custom', path: ['useInstead'], message: `${type} is written for or pointed elsewhere more than once.` });
  }
}

type ScenarioBody = Pick<z.infer<typeof variantSchema>, 'organizationTypes' | 'modules'> & {
  participants: z.infer<typeof participantsSchema>;
};

/** The checks every version of a scenario passes: who plays, who owns the checklists, and the organization fit. */
function checkScenario(exercise: ScenarioBody, at: (string | number)[], ctx: z.RefinementCtx): void {
  {
    const playing = new Set(exercise.participants.map((p) => p.role));
    const notPlaying = (roles: readonly ExerciseRole[], path: (string | number)[], what: string) =>
      roles.forEach((role, r) => {
        if (!playing.has(role)) {
          ctx.addIssue({ code: 'custom', path: [...at, ...path, r], message: `${role} ${what} but is not among the participants.` });
        }
      });
    exercise.modules.forEach((module, m) => {
      module.injects.forEach((inject, i) => notPlaying(inject.recipients, ['modules', m, 'injects', i, 'recipients'], 'receives an inject'));
      module.expectedActions.forEach((expected, a) =>
        notPlaying(expected.owners, ['modules', m, 'expectedActions', a, 'owners'], 'owns an expected action'),
      );
    });
    const owners = new Set(exercise.modules.flatMap((m) => m.expectedActions.flatMap((a) => a.owners)));
    for (const role of checklistRolesFor(exercise.organizationTypes)) {
      if (!owners.has(role)) {
        ctx.addIssue({ code: 'custom', path: [...at, 'modules'], message: `No expected action is owned by ${role}: its checklist would be empty.` });
      }
    }
    exercise.modules.forEach((module, m) =>
      module.injects.forEach((inject, i) => {
        for (const type of exercise.organizationTypes) {
          const fit = ORGANIZATION_FIT[type as OrganizationType];
          const path = [...at, 'modules', m, 'injects', i];
          for (const need of inject.needs.filter((n) => !fit.services.includes(n))) {
            ctx.addIssue({ code: 'custom', path: [...path, 'needs'], message: `"${inject.title}" needs ${need}, which a ${type} does not have.` });
          }
          for (const role of inject.recipients.filter((r) => !(fit.roles as readonly string[]).includes(r))) {
            ctx.addIssue({ code: 'custom', path: [...path, 'recipients'], message: `"${inject.title}" goes to ${role}, a role a ${type} does not have.` });
          }
        }
      }),
    );
  }
}

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseVariant = z.infer<typeof variantSchema>;
export type UseInstead = z.infer<typeof useInsteadSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type ExerciseModule = z.infer<typeof moduleSchema>;
export type Inject = z.infer<typeof injectSchema>;
export type IncidentProfile = z.infer<typeof incidentProfileSchema>;
