/**
 * The questions in plain words, read from the engine's answers schema through its public JSON Schema (each field's
 * `description`), keyed by path with `*` for any list item or record key: `organization.name`, `team.*.phone`. The
 * page calls this at build time and hands the result to the island, so the browser gets the words without zod.
 */
import { answersJsonSchema } from '../../engine/answers/json-schema.ts';
import { ORGANIZATION_SIZES, TEAM_ROLE_LABELS, TEAM_ROLES, TEXT_LIMITS } from '../../engine/answers/schema.ts';

export type Questions = Record<string, string>;

/** The parts of a JSON Schema node this reads. */
interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  oneOf?: Node[];
  const?: unknown;
}

function collect(node: Node, path: string, out: Questions): void {
  if (node.description && path && !(path in out)) out[path] = node.description;
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, child] of Object.entries(node.properties ?? {})) collect(child, join(key), out);
  if (node.items) collect(node.items, join('*'), out);
  if (typeof node.additionalProperties === 'object') collect(node.additionalProperties, join('*'), out);
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    collect(option, path, out);
    // Options told apart by a constant `kind` also get their own paths: `incident.lawEnforcementDelay.oral.statedOn`.
    const kind = option.properties?.kind?.const;
    if (typeof kind === 'string') collect(option, join(kind), out);
  }
}

/** Every described field of a JSON Schema, by path. */
export function questionsOf(schema: object): Questions {
  const out: Questions = {};
  collect(schema as Node, '', out);
  return out;
}

/** What the questionnaire island needs from the engine's schema module, as plain data. */
export interface QuestionnaireText {
  questions: Questions;
  teamRoles: { value: (typeof TEAM_ROLES)[number]; label: string }[];
  sizes: string[];
  limits: { name: number; short: number; phone: number; long: number };
}

export function questionnaireText(): QuestionnaireText {
  return {
    questions: questionsOf(answersJsonSchema()),
    teamRoles: TEAM_ROLES.map((value) => ({ value, label: TEAM_ROLE_LABELS[value] })),
    sizes: [...ORGANIZATION_SIZES],
    limits: { ...TEXT_LIMITS },
  };
}
