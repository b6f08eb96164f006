/**
 * Reading an answers file that may be unfinished or partly wrong: it keeps every valid answer, drops only the values
 * that are not valid (saying which and why) and lists the questions still unanswered. A file that is not a set of
 * answers at all (not an object, unknown groups at the top, a group of the wrong kind, a version this code does not
 * know) is refused whole, so that importing it changes nothing.
 */
import type { z } from 'zod';
import { recipientShort } from '../rules/describe.ts';
import { CATALOG_RULES } from '../rules/catalog.ts';
import { migrateAnswers, V0_KEYS, versionOf } from './migrate.ts';
import { answersSchema, TEAM_ROLE_LABELS, type NoticeStatus } from './schema.ts';
import { looksLikeStateCode, onceEach, problemFromIssue, type FieldProblem } from './validate.ts';
import { ANSWERS_SCHEMA_VERSION } from './version.ts';

/** A value left out of the import, with the reason, in plain words. */
export interface DroppedValue extends FieldProblem {
  /** The value that was dropped, when it is short enough to show (a short text, a number, yes or no). */
  value?: string;
  /** A field the form does not ask for: nothing to answer again. */
  notAsked?: true;
}

/** A value kept in a form the file did not give it, with what changed and why, in plain words. */
export interface ChangedValue {
  path: string;
  /** What the value is about: "The notice to affected individuals (45 CFR 164.404)". */
  subject: string;
  message: string;
}

export type SalvageResult =
  | { ok: false; problems: FieldProblem[] }
  | {
      ok: true;
      /** The answers at the current version, with only valid values; complete answers when `missing` is empty. */
      answers: unknown;
      /** The values left out because they were not valid. */
      dropped: DroppedValue[];
      /** The values kept, but changed to fit the form. */
      changed: ChangedValue[];
      /** The questions the file does not answer. */
      missing: FieldProblem[];
      fromVersion: number | null;
      migrationNotes: string[];
    };

type Issue = z.core.$ZodIssue & { input?: unknown };
type Path = readonly PropertyKey[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The top-level groups and the kind of value each must be for the file to count as answers. */
const GROUPS: Record<string, 'object' | 'list'> = {
  organization: 'object',
  team: 'list',
  systems: 'object',
  plans: 'object',
  governance: 'object',
  incident: 'object',
};

const NOT_ANSWERS = 'This is not a Breachline answers file.';

/** Why the file is not a set of answers this code can read, or null when its top level has the answers' shape. */
function topLevelProblem(input: unknown): FieldProblem | null {
  const version = versionOf(input);
  if (!isRecord(input) || version === null) return { path: '', message: `${NOT_ANSWERS} It must be a JSON object with a whole-number schemaVersion.` };
  if (version > ANSWERS_SCHEMA_VERSION) return { path: 'schemaVersion', message: 'This answers file is from a newer version of Breachline than this one.' };
  const keys = Object.keys(input).filter((key) => key !== 'schemaVersion');
  const known = version === 0 ? V0_KEYS : Object.keys(GROUPS);
  const unknown = keys.filter((key) => !known.includes(key));
  if (keys.length === 0) return { path: '', message: `${NOT_ANSWERS} It holds none of the answers’ groups (${Object.keys(GROUPS).join(', ')}).` };
  if (unknown.length > 0) return { path: '', message: `${NOT_ANSWERS} Answers files do not hold ${unknown.slice(0, 5).join(', ')}.` };
  if (version === 0) return null;
  for (const [group, kind] of Object.entries(GROUPS)) {
    const value = input[group];
    if (value === undefined) continue;
    if (kind === 'list' ? !Array.isArray(value) : !isRecord(value)) {
      return { path: group, message: `${NOT_ANSWERS} Its ${group} must be ${kind === 'list' ? 'a list' : 'a group of answers'}.` };
    }
  }
  return null;
}

/** Fields an entry cannot do without: when one is wrong or missing, the whole entry goes (a contact needs a role). */
const KEY_FIELDS: readonly (readonly string[])[] = [
  ['team', '*', 'role'],
  ['incident', 'notices', '*', 'status'],
  ['incident', 'lawEnforcementDelay', 'kind'],
];

function isKeyField(path: Path): boolean {
  return KEY_FIELDS.some((pattern) => pattern.length === path.length && pattern.every((part, index) => part === '*' || part === String(path[index])));
}

function parentOf(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function has(root: unknown, path: Path): boolean {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  return (isRecord(parent) || Array.isArray(parent)) && key !== undefined && Object.hasOwn(parent, key);
}

/** Where to cut for an issue: the value itself, or the entry it belongs to when it is that entry's key field. */
function cutPaths(answers: unknown, issue: Issue): Path[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key]);
  let path: Path = issue.path;
  if (isKeyField(path)) path = path.slice(0, -1);
  // A check about a value that is absent (a sent notice without its date) concerns the entry that holds it.
  while (path.length > 1 && !has(answers, path)) path = path.slice(0, -1);
  return path.length > 0 ? [path] : [];
}

/** Removes each path: list items by position (the last first, so earlier positions hold), other values by key. */
function cut(answers: unknown, paths: readonly Path[]): void {
  const items: { list: unknown[]; index: number }[] = [];
  for (const path of paths) {
    const parent = parentOf(answers, path);
    const key = path[path.length - 1];
    if (Array.isArray(parent)) items.push({ list: parent, index: Number(key) });
    else if (isRecord(parent) && key !== undefined) delete parent[key as string];
  }
  const unique = items.filter((item, i) => items.findIndex((other) => other.list === item.list && other.index === item.index) === i);
  for (const { list, index } of unique.sort((a, b) => b.index - a.index)) list.splice(index, 1);
}

function shown(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && value.length <= 40) return value;
  return undefined;
}

const isBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';

/** Takes out every text that is empty or only spaces: the file leaves that question unanswered, which is no fault. */
function withoutBlanks(node: unknown): void {
  if (Array.isArray(node)) {
    for (let index = node.length - 1; index >= 0; index -= 1) {
      if (isBlank(node[index])) node.splice(index, 1);
      else withoutBlanks(node[index]);
    }
  } else if (isRecord(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (isBlank(value)) delete node[key];
      else withoutBlanks(value);
    }
  }
}

/** A notice by its rule, "The notice to affected individuals (45 CFR 164.404)"; undefined for a rule Breachline does not know. */
function noticeName(ruleId: string): string | undefined {
  const rule = CATALOG_RULES.find((candidate) => candidate.id === ruleId);
  return rule ? `The notice to ${recipientShort(rule)} (${rule.citation})` : undefined;
}

/** What an answer is about when its question alone does not say: the contact's role, or the notice. */
function subjectOf(path: string, answers: unknown): string | undefined {
  const [group, key, ruleId] = path.split('.');
  if (group === 'team' && key !== undefined && isRecord(answers) && Array.isArray(answers.team)) {
    const contact: unknown = answers.team[Number(key)];
    const role = isRecord(contact) ? contact.role : undefined;
    return typeof role === 'string' ? (TEAM_ROLE_LABELS as Record<string, string>)[role] : undefined;
  }
  if (group === 'incident' && key === 'notices' && ruleId !== undefined) return noticeName(ruleId);
  return undefined;
}

/** The question, prefixed with what it is about ("Privacy officer: What is their email address?"). */
function withSubject(problem: FieldProblem, answers: unknown): FieldProblem {
  const subject = subjectOf(problem.path, answers);
  return subject && problem.question ? { ...problem, question: `${subject}: ${problem.question}` } : problem;
}

/** What to say when a key field is missing or wrong: the entry goes, because the form cannot hold it without that answer. */
const ENTRY_NEEDS_IT = 'An entry without this answer cannot be kept, so the whole entry was left out.';

const NOT_SENT = 'kept as not sent: the file gave no date it was sent.';

/** A notice marked sent but without the date it was sent: the check on its date, when that date is absent. */
function isSentWithoutDate(answers: unknown, issue: Issue): boolean {
  const [group, notices, , field] = issue.path;
  if (issue.path.length !== 4 || group !== 'incident' || notices !== 'notices' || field !== 'sentOn' || has(answers, issue.path)) return false;
  const notice = parentOf(answers, issue.path);
  return isRecord(notice) && notice.status === 'sent';
}

/** Keeps the notice as not yet sent rather than dropping it whole, and says so. */
function keepAsUnsent(answers: unknown, issue: Issue): ChangedValue {
  const notice = parentOf(answers, issue.path) as Record<string, unknown>;
  notice.status = 'drafting' satisfies NoticeStatus;
  const ruleId = String(issue.path[2]);
  return { path: `incident.notices.${ruleId}.status`, subject: noticeName(ruleId) ?? 'A notice in the file', message: NOT_SENT };
}

/** Reads an answers object of any known version, keeping what is valid. */
export function salvageAnswers(input: unknown): SalvageResult {
  const refused = topLevelProblem(input);
  if (refused) return { ok: false, problems: [refused] };
  let migrated;
  try {
    migrated = migrateAnswers(structuredClone(input));
  } catch {
    return { ok: false, problems: [{ path: 'schemaVersion', message: 'This answers file is from a version Breachline cannot read.' }] };
  }
  const { fromVersion, notes: migrationNotes } = migrated;
  const answers = migrated.answers;
  withoutBlanks(answers);
  const dropped: DroppedValue[] = [];
  const changed: ChangedValue[] = [];
  // Each round removes what is wrong; a removal can uncover a check that only runs once its group is whole.
  for (let round = 0; round < 20; round += 1) {
    const result = answersSchema.safeParse(answers, { reportInput: true });
    if (result.success) return { ok: true, answers: result.data, dropped, changed, missing: [], fromVersion, migrationNotes };
    const issues = result.error.issues as Issue[];
    const unsent = issues.filter((issue) => isSentWithoutDate(answers, issue));
    if (unsent.length > 0) {
      changed.push(...unsent.map((issue) => keepAsUnsent(answers, issue)));
      continue;
    }
    const found = issues.map((issue) => ({ issue, problem: problemFromIssue(issue) }));
    const wrong = found.filter(({ issue, problem }) => !problem.missing || isKeyField(issue.path));
    if (wrong.length === 0) {
      const missing = onceEach(found.map(({ problem }) => problem)).map((problem) => withSubject(problem, answers));
      return { ok: true, answers, dropped, changed, missing, fromVersion, migrationNotes };
    }
    dropped.push(...wrong.flatMap(({ issue, problem }) => droppedBy(answers, issue, problem)));
    cut(answers, wrong.flatMap(({ issue }) => cutPaths(answers, issue)));
  }
  return { ok: false, problems: [{ path: '', message: 'This answers file could not be read: too many of its answers are not valid.' }] };
}

/** The values an issue drops, each with its question and the reason. */
function droppedBy(answers: unknown, issue: Issue, problem: FieldProblem): DroppedValue[] {
  const paths: Path[] = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
  return paths.map((path) => {
    const parent = parentOf(answers, path) as Record<PropertyKey, unknown> | undefined;
    const value = has(answers, path) ? shown(parent?.[path[path.length - 1]!]) : undefined;
    const message = problem.missing ? ENTRY_NEEDS_IT : isKeyField(issue.path) ? `${problem.message} ${ENTRY_NEEDS_IT}` : problem.message;
    const { missing: _missing, ...named } = withSubject({ ...problem, path: path.map(String).join('.'), message }, answers);
    const dropped: DroppedValue = value === undefined ? named : { ...named, value };
    // An unknown key is a field the form does not ask for, unless it is a state code that is not one (a wrong answer).
    const key = String(path[path.length - 1]);
    const notAsked = issue.code === 'unrecognized_keys' && !looksLikeStateCode(key);
    return notAsked ? { ...dropped, notAsked: true } : dropped;
  });
}
