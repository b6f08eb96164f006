/**
 * The questions in plain words, read from the engine's answers schema through its public JSON Schema (each field's
 * `description`, and whether its object's `required` list names it), keyed by path with `*` for any list item or
 * record key: `organization.name`, `team.*.phone`. The page calls this at build time and hands the result to the
 * island, so the browser gets the words without zod.
 */
import { answersJsonSchema } from '../../engine/answers/json-schema.ts';
import { ORGANIZATION_SIZES, TEAM_ROLE_LABELS, TEAM_ROLES, TEXT_LIMITS } from '../../engine/answers/schema.ts';

export type Questions = Record<string, string>;

/** The parts of a JSON Schema node this reads. */
interface Node {
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  oneOf?: Node[];
  const?: unknown;
}

interface Collected {
  questions: Questions;
  optional: Set<string>;
}

function collect(node: Node, path: string, out: Collected): void {
  if (node.description && path && !(path in out.questions)) out.questions[path] = node.description;
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (!(node.required ?? []).includes(key)) out.optional.add(join(key));
    collect(child, join(key), out);
  }
  if (node.items) collect(node.items, join('*'), out);
  if (typeof node.additionalProperties === 'object') collect(node.additionalProperties, join('*'), out);
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    collect(option, path, out);
    // Options told apart by a constant `kind` also get their own paths: `incident.lawEnforcementDelay.oral.statedOn`.
    const kind = option.properties?.kind?.const;
    if (typeof kind === 'string') collect(option, join(kind), out);
  }
}

function collected(schema: object): Collected {
  const out: Collected = { questions: {}, optional: new Set() };
  collect(schema as Node, '', out);
  return out;
}

/** Every described field of a JSON Schema, by path. */
export function questionsOf(schema: object): Questions {
  return collected(schema).questions;
}

/**
 * The paths of the described fields a JSON Schema lets an answer leave out (not in their object's `required`).
 * An option of a union counts by its own object: `incident.lawEnforcementDelay.written.endsOn` is required there.
 */
export function optionalPathsOf(schema: object): string[] {
  const { questions, optional } = collected(schema);
  return Object.keys(questions).filter((path) => optional.has(path));
}

/** What the questionnaire island needs from the engine's schema module, as plain data. */
export interface QuestionnaireText {
  questions: Questions;
  /** The paths of the questions that may be left unanswered, from the schema's `required` lists. */
  optional: string[];
  teamRoles: { value: (typeof TEAM_ROLES)[number]; label: string }[];
  sizes: string[];
  limits: { name: number; short: number; phone: number; long: number };
}

export function questionnaireText(): QuestionnaireText {
  const schema = answersJsonSchema();
  return {
    questions: questionsOf(schema),
    optional: optionalPathsOf(schema),
    teamRoles: TEAM_ROLES.map((value) => ({ value, label: TEAM_ROLE_LABELS[value] })),
    sizes: [...ORGANIZATION_SIZES],
    limits: { ...TEXT_LIMITS },
  };
}
