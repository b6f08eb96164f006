/**
 * Turns the schema's findings into messages a non-lawyer can act on: one per field, naming the question and
 * saying how to fix it. Never a stack trace, never zod's own wording.
 */
import type { z } from 'zod';
import { US_JURISDICTION_CODES, US_JURISDICTIONS } from '../vocabulary.ts';
import { choiceLabels } from './field-choices.ts';
import { answersJsonSchema } from './json-schema.ts';
import { answersSchema, type Answers } from './schema.ts';

export interface FieldProblem {
  /** Dotted path to the field, e.g. `incident.discoveredOn` or `team.0.email`. */
  path: string;
  /** The question the field answers, when the schema names one. */
  question?: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  /** True when the question is simply unanswered, as opposed to answered wrongly. */
  missing?: true;
  /** For a choice named by its labels: the values as the file spells them, for whoever edits the file by hand. */
  fileValues?: string[];
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; problems: FieldProblem[] };

type Issue = z.core.$ZodIssue & { input?: unknown };

/** A key written as a state code is ("TX", "ZZ"): an unknown one is a wrong code, not a field the form lacks. */
export const looksLikeStateCode = (key: string): boolean => key.length === 2 && key === key.toUpperCase();

/**
 * The choices a field accepts, as the questionnaire names them ("“Hospital or health system”"); the value as the
 * file spells it only where the form has no label for it.
 */
function choicesMessage(path: readonly PropertyKey[], values: readonly unknown[]): string {
  const labels = choiceLabels(path);
  const name = (value: unknown) => (typeof value === 'string' && labels?.[value] ? `“${labels[value]}”` : JSON.stringify(value));
  const codes = new Set<unknown>(US_JURISDICTION_CODES);
  const others = values.filter((value) => !codes.has(value));
  if (values.length - others.length === US_JURISDICTION_CODES.length && others.length > 0) {
    return `Choose ${others.map(name).join(' or ')}, or a US state or territory.`;
  }
  const shown = values.slice(0, 12).map(name);
  return `Choose one of: ${shown.join(', ')}${values.length > 12 ? ' …' : ''}.`;
}

function typeWord(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'yes or no (true or false)';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a group of answers';
    default:
      return expected;
  }
}

function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Answer this question: it is required.';
      return `Give ${typeWord(issue.expected)} here.`;
    case 'invalid_value':
      if (issue.input === undefined) return 'Answer this question: it is required.';
      if (issue.values.length === US_JURISDICTION_CODES.length && issue.values.every((value) => typeof value === 'string' && value in US_JURISDICTIONS)) {
        return 'Use a two-letter US state or territory code, such as TX or PR.';
      }
      if (issue.values.length === 1) return `This must be ${JSON.stringify(issue.values[0])}.`;
      return choicesMessage(issue.path, issue.values);
    case 'unrecognized_keys': {
      const unknownCodes = issue.keys.filter((key) => looksLikeStateCode(key) && !(key in US_JURISDICTIONS));
      if (unknownCodes.length === issue.keys.length) {
        return `Use two-letter US state or territory codes; not recognised: ${issue.keys.join(', ')}.`;
      }
      return `Remove what this form does not ask for: ${issue.keys.join(', ')}.`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `Give at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}.`;
      if (issue.origin === 'string') return 'This cannot be empty.';
      return `Enter ${issue.minimum} or more.`;
    case 'too_big':
      if (issue.origin === 'string') return `Keep this to ${issue.maximum} characters or fewer.`;
      if (issue.origin === 'array') return `Give at most ${issue.maximum} entries.`;
      return `Enter ${issue.maximum} or less.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter an email address like name@example.org.';
      return 'This is not in the expected format.';
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return choicesMessage(issue.path, issue.options);
      return 'This answer does not match any of the accepted forms; check the choices for this question.';
    case 'invalid_key': {
      // The key's own check (a notice's rule id) says what it wants; otherwise the keys are state codes.
      const own = issue.issues.find((inner) => inner.message && !ZOD_DEFAULT.test(inner.message));
      return own?.message ?? 'Use two-letter US state or territory codes, such as TX or PR.';
    }
    default:
      return 'Check this answer.';
  }
}

/** Zod's default wording starts like this; our own messages never do. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected)/;

function messageFor(issue: Issue): string {
  if (issue.message && !ZOD_DEFAULT.test(issue.message)) return issue.message;
  return plainMessage(issue);
}

/** The parts of the answers' JSON Schema a question is looked up in. */
interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

let answersNode: SchemaNode | undefined;

/** The `.describe()` text of the field at `path` (or of its nearest described parent), from the public JSON Schema. */
function questionAt(path: readonly PropertyKey[]): string | undefined {
  answersNode ??= answersJsonSchema() as SchemaNode;
  let node: SchemaNode | undefined = answersNode;
  let question: string | undefined;
  for (const key of path) {
    node = child(node, String(key));
    if (!node) return question;
    if (node.description) question = node.description;
  }
  return question;
}

function child(node: SchemaNode, key: string): SchemaNode | undefined {
  const found = node.properties?.[key] ?? node.items ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  if (found) return found;
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    const inOption = child(option, key);
    if (inOption) return inOption;
  }
  return undefined;
}

/** The raw values of a choice whose message names them by their labels; none where the message shows them already. */
function fileValuesOf(issue: Issue): string[] | undefined {
  const values = issue.code === 'invalid_value' ? issue.values : issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
  const labels = choiceLabels(issue.path);
  if (values.length < 2 || !labels || !values.some((value) => typeof value === 'string' && labels[value])) return undefined;
  return values.map(String);
}

const UNANSWERED_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

function isUnanswered(issue: Issue): boolean {
  return UNANSWERED_CODES.has(issue.code) && 'input' in issue && issue.input === undefined;
}

/** One issue in plain words, with the question it is about. */
export function problemFromIssue(issue: Issue): FieldProblem {
  const path = issue.path.map(String).join('.');
  const question = questionAt(issue.path);
  const missing = isUnanswered(issue) ? { missing: true as const } : {};
  const fileValues = missing.missing ? undefined : fileValuesOf(issue);
  return { path, ...(question ? { question } : {}), message: messageFor(issue), ...missing, ...(fileValues ? { fileValues } : {}) };
}

/** The problems, once each: the same path and message from two checks count once. */
export function onceEach(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function problemsFromIssues(issues: readonly Issue[]): FieldProblem[] {
  return onceEach(issues.map(problemFromIssue));
}

/** Checks current-version answers. Use `parseAnswers` (index.ts) to accept older versions too. */
export function validateAnswers(input: unknown): ValidationResult {
  const result = answersSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, answers: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues as Issue[]) };
}

/** One line per problem, for the command line and logs. */
export function formatProblems(problems: readonly FieldProblem[]): string {
  return problems
    .map((problem) => {
      const where = problem.path === '' ? 'The answers file' : problem.path;
      const inFile = problem.fileValues ? ` In the file, write one of: ${problem.fileValues.map((value) => JSON.stringify(value)).join(', ')}.` : '';
      return `- ${where}${problem.question ? ` (${problem.question})` : ''}: ${problem.message}${inFile}`;
    })
    .join('\n');
}
