/** The parts of an exercise pack and the views of a scenario they print. Pure: data in, data out. */
import {
  CHECKLIST_ROLES,
  checklistRolesFor,
  EXERCISE_ROLE_LABELS,
  TAILORING_TOKENS,
  type Exercise,
  type ExerciseRole,
} from '../../schemas/exercise.ts';
import { href } from '../../utils/site-path.ts';

/**
 * The parts of a pack, in the order the whole pack prints them. `control` parts hold the expected actions and go to
 * the facilitator, evaluators and trusted agents only; `participants` parts go to players.
 */
export const PACK_PARTS = [
  { slug: 'exercise-plan', title: 'Exercise plan', audience: 'control', about: 'The overview, objectives mapped to capabilities and NIST CSF 2.0 functions, roles, assumptions and artificialities, trusted agents and the logistics checklist.' },
  { slug: 'facilitator-guide', title: 'Facilitator guide', audience: 'control', about: 'How to run the exercise: set-up, every module with its injects, questions, expected actions and notes, and the deadlines.' },
  { slug: 'participant-handout', title: 'Participant handout', audience: 'participants', about: 'What players read: overview, objectives, roles, ground rules, the situation in each module and the questions. No answers.' },
  { slug: 'inject-cards', title: 'Inject cards', audience: 'participants', about: 'One card per printed page, to hand out at the time written on it.' },
  { slug: 'role-checklists', title: 'Role checklists', audience: 'control', about: 'One page per role: incident commander, privacy, security, legal, communications and, where the organization gives care, clinical.' },
  { slug: 'observation-form', title: 'Evaluator observation form', audience: 'control', about: 'Every expected action, module by module, with boxes for what the evaluator saw and room for notes.' },
  { slug: 'sign-in-sheet', title: 'Sign-in sheet', audience: 'participants', about: 'Who took part, by role, for the after-action report.' },
  { slug: 'hot-wash', title: 'Hot-wash notes', audience: 'participants', about: 'Prompts and lines for the discussion straight after the exercise.' },
  { slug: 'debrief', title: 'Facilitator and evaluator debrief', audience: 'control', about: 'Turning observations into strengths and areas for improvement, objective by objective.' },
  { slug: 'evaluation-form', title: 'Evaluation form', audience: 'participants', about: 'Each participant rates the exercise against every objective and writes what to change.' },
] as const;
export type PackPart = (typeof PACK_PARTS)[number];
export type PackPartSlug = PackPart['slug'];

/** The "print the whole pack" page, listed after the parts: everything, for the facilitator. */
export const WHOLE_PACK = { slug: 'whole-pack', title: 'The whole pack', about: 'Every part on one page, to print in one go: for the facilitator and evaluators.' } as const;

/** The participant version: the parts players may read, with no expected actions. */
export const PARTICIPANT_PACK = {
  slug: 'participant-pack',
  title: 'Participant version',
  about: 'The participant handout, sign-in sheet and evaluation form on one page, to print for players: no expected actions.',
  parts: ['participant-handout', 'sign-in-sheet', 'evaluation-form'] as PackPartSlug[],
} as const;

/** Every page a pack has besides its overview. */
export const PACK_PAGES = [...PACK_PARTS.map((p) => p.slug), WHOLE_PACK.slug, PARTICIPANT_PACK.slug] as const;

export const packUrl = (exercise: string, part?: string): string => href(part ? `/exercises/${exercise}/${part}/` : `/exercises/${exercise}/`);

export const roleLabel = (role: ExerciseRole): string => EXERCISE_ROLE_LABELS[role];

export interface NumberedInject {
  /** 1-based across the whole scenario. */
  number: number;
  module: number;
  moduleTitle: string;
  at: string;
  title: string;
  happens: string;
  recipients: ExerciseRole[];
}

/** Every inject in time order, numbered across the scenario as the cards are. */
export function numberedInjects(exercise: Pick<Exercise, 'modules'>): NumberedInject[] {
  let number = 0;
  return exercise.modules.flatMap((module, m) =>
    module.injects.map((inject) => ({ number: ++number, module: m + 1, moduleTitle: module.title, ...inject })),
  );
}

export interface RoleChecklist {
  role: (typeof CHECKLIST_ROLES)[number];
  label: string;
  modules: { number: number; title: string; actions: string[] }[];
}

/** The role checklists (six, or fewer where the organization type lacks a role), built from the expected actions each role owns, module by module. */
export function roleChecklists(exercise: Pick<Exercise, 'modules' | 'organizationTypes'>): RoleChecklist[] {
  return checklistRolesFor(exercise.organizationTypes).map((role) => ({
    role,
    label: roleLabel(role),
    modules: exercise.modules
      .map((module, m) => ({
        number: m + 1,
        title: module.title,
        actions: module.expectedActions.filter((a) => a.owners.includes(role)).map((a) => a.action),
      }))
      .filter((module) => module.actions.length > 0),
  }));
}

export type Token = (typeof TAILORING_TOKENS)[number];
/** A run of plain text, or a token; `sentenceStart` says whether its generic wording needs a capital. */
export type TextPiece = { text: string } | { token: Token; sentenceStart: boolean };

/** Splits scenario text into plain text and `{organization}` / `{ehr}` tokens, which pages render as tailorable spans. */
export function splitTokens(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(organization|ehr)\}/g)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    const before = text.slice(0, match.index);
    pieces.push({ token: match[1] as Token, sentenceStart: /(^|[.!?]\s+)$/.test(before) });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** What a token reads as before the organization's answers fill it in. */
export const TOKEN_DEFAULTS: Record<Token, string> = {
  organization: 'the organization',
  ehr: 'the EHR',
};

export const tokenDefault = (token: Token, sentenceStart: boolean): string => {
  const text = TOKEN_DEFAULTS[token];
  return sentenceStart ? text.charAt(0).toUpperCase() + text.slice(1) : text;
};

/** "2 hours 30 minutes" for 150. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest) parts.push(`${rest} minutes`);
  return parts.join(' ');
}

/** Prompts for the hot wash, the discussion straight after the exercise. */
export const HOT_WASH_PROMPTS = [
  'What went well: what should we keep doing?',
  'What got in the way: people, information, tools or the plan itself?',
  'What surprised us, and what did we not know that we needed to know?',
  'Which part of the plan did we not follow, and why?',
  'What will we change, who owns it, and by when?',
] as const;

/** The rating scale on the evaluation form, HSEEP-style. */
export const RATINGS = [
  { short: 'P', label: 'Performed without challenges' },
  { short: 'S', label: 'Performed with some challenges' },
  { short: 'M', label: 'Performed with major challenges' },
  { short: 'U', label: 'Unable to be performed' },
] as const;
