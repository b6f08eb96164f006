/**
 * The questions in plain words, read from the engine's answers schema (each field's `.describe()`), keyed by path
 * with `*` for any list item or record key: `organization.name`, `team.*.phone`. The page calls this at build time
 * and hands the result to the island, so the browser gets the words without loading zod.
 */
import { ORGANIZATION_SIZES, TEAM_ROLE_LABELS, TEAM_ROLES, TEXT_LIMITS, answersSchema } from '../../engine/answers/schema.ts';

export type Questions = Record<string, string>;

interface Def {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  shape?: Record<string, unknown>;
  options?: unknown[];
  element?: unknown;
  valueType?: unknown;
}

const defOf = (schema: unknown): Def => ((schema as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;

function collect(schema: unknown, path: string, out: Questions): void {
  const description = (schema as { description?: string }).description;
  if (description && path && !(path in out)) out[path] = description;
  const def = defOf(schema);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      collect(def.innerType, path, out);
      break;
    case 'pipe':
      collect(def.in, path, out);
      break;
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) collect(child, join(key), out);
      break;
    case 'union':
      for (const option of def.options ?? []) {
        collect(option, path, out);
        // Options told apart by a literal `kind` also get their own paths: `incident.lawEnforcementDelay.oral.statedOn`.
        const kind = defOf(defOf(option).shape?.kind) as { type?: string; values?: unknown[] };
        if (kind.type === 'literal' && typeof kind.values?.[0] === 'string') collect(option, join(kind.values[0]), out);
      }
      break;
    case 'array':
      collect(def.element, join('*'), out);
      break;
    case 'record':
      collect(def.valueType, join('*'), out);
      break;
  }
}

/** Every described field of a schema, by path. */
export function questionsOf(schema: unknown): Questions {
  const out: Questions = {};
  collect(schema, '', out);
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
    questions: questionsOf(answersSchema),
    teamRoles: TEAM_ROLES.map((value) => ({ value, label: TEAM_ROLE_LABELS[value] })),
    sizes: [...ORGANIZATION_SIZES],
    limits: { ...TEXT_LIMITS },
  };
}
