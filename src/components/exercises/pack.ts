/** The parts of an exercise pack and the views of a scenario they print. Pure: data in, data out. */
import {
  CHECKLIST_ROLES,
  EXERCISE_ROLE_LABELS,
  TAILORING_TOKENS,
  type Exercise,
  type ExerciseRole,
} from '../../schemas/exercise.ts';

/** The parts of a pack, in the order the whole pack prints them. */
export const PACK_PARTS = [
  { slug: 'facilitator-guide', title: 'Facilitator guide', about: 'How to run the exercise: set-up, every module with its injects, questions, expected actions and notes, and the deadlines.' },
  { slug: 'participant-handout', title: 'Participant handout', about: 'What players read: objectives, ground rules, the situation in each module and the questions. No answers.' },
  { slug: 'inject-cards', title: 'Inject cards', about: 'One card per printed page, to hand out at the time written on it.' },
  { slug: 'role-checklists', title: 'Role checklists', about: 'One page per role: incident commander, privacy, security, legal, communications and clinical.' },
  { slug: 'sign-in-sheet', title: 'Sign-in sheet', about: 'Who took part, by role, for the after-action report.' },
  { slug: 'hot-wash', title: 'Hot-wash notes', about: 'Prompts and lines for the discussion straight after the exercise.' },
  { slug: 'evaluation-form', title: 'Evaluation form', about: 'Each participant rates the exercise against every objective and writes what to change.' },
] as const;
export type PackPart = (typeof PACK_PARTS)[number];
export type PackPartSlug = PackPart['slug'];

/** The "print the whole pack" page, listed after the parts. */
export const WHOLE_PACK = { slug: 'whole-pack', title: 'The whole pack', about: 'Every part on one page, to print in one go.' } as const;

export const packUrl = (exercise: string, part?: string): string => (part ? `/exercises/${exercise}/${part}/` : `/exercises/${exercise}/`);

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
export function numberedInjects(exercise: Exercise): NumberedInject[] {
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

/** The six role checklists, built from the expected actions each role owns, module by module. */
export function roleChecklists(exercise: Exercise): RoleChecklist[] {
  return CHECKLIST_ROLES.map((role) => ({
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
