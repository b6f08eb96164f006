/**
 * The engine's public API: read and check answers (any saved version), compute the notification timeline with
 * the shipped rules, build the plan with them, and describe the answers as JSON Schema. Pure TypeScript: no DOM, no I/O.
 */
import { migrateAnswers } from './answers/migrate.ts';
import type { Answers } from './answers/schema.ts';
import { salvageAnswers, type SalvageResult } from './answers/salvage.ts';
import { validateAnswers, type FieldProblem } from './answers/validate.ts';
import type { IsoDate } from './dates/calendar.ts';
import type { DocumentModel } from './document/model.ts';
import { buildPlan } from './plan/build-plan.ts';
import { CATALOG_RULES, COVERAGE } from './rules/catalog.ts';
import { computeTimeline } from './timeline/compute.ts';
import type { Timeline } from './timeline/types.ts';

export {
  ANSWERS_SCHEMA_VERSION,
  ORGANIZATION_SIZES,
  TEAM_ROLE_LABELS,
  TEAM_ROLES,
  TEXT_LIMITS,
  answersSchema,
  type Answers,
  type Contact,
  type IncidentAnswers,
  type LawEnforcementDelayAnswer,
  type TeamRole,
} from './answers/schema.ts';
export { formatProblems, validateAnswers, type FieldProblem, type ValidationResult } from './answers/validate.ts';
export { MIGRATIONS, migrateAnswers, versionOf, type Migration, type MigrationResult } from './answers/migrate.ts';
export { salvageAnswers, type DroppedValue, type SalvageResult } from './answers/salvage.ts';
export { answersJsonSchema } from './answers/json-schema.ts';
export { CATALOG_RULES, COVERAGE, RULE_FILES } from './rules/catalog.ts';
export { evaluateRule, type RuleEvaluation, type RuleOutcome } from './rules/evaluate.ts';
export type { Rule } from './rules/schema.ts';
export { computeTimeline, type CoverageEntry, type TimelineOptions } from './timeline/compute.ts';
export { TARGET_FRACTION, TARGET_REASON } from './timeline/clocks.ts';
export type {
  ClockStart,
  ConsideredRule,
  Due,
  DueDate,
  DueInstant,
  LawEnforcementHold,
  LawEnforcementSummary,
  NotCoveredJurisdiction,
  Obligation,
  ObligationStatus,
  SatisfiedRule,
  Timeline,
} from './timeline/types.ts';
export type { IsoDate } from './dates/calendar.ts';

export type ParseResult =
  | { ok: true; answers: Answers; fromVersion: number | null; migrationNotes: string[] }
  | { ok: false; problems: FieldProblem[] };

/** Accepts answers of any known version: migrates them, then validates. */
export function parseAnswers(input: unknown): ParseResult {
  let migrated;
  try {
    migrated = migrateAnswers(input);
  } catch {
    return { ok: false, problems: [{ path: 'schemaVersion', message: 'This answers file is from a version Breachline cannot read.' }] };
  }
  const result = validateAnswers(migrated.answers);
  if (!result.ok) return result;
  return { ok: true, answers: result.answers, fromVersion: migrated.fromVersion, migrationNotes: migrated.notes };
}

function readJson(text: string): { ok: true; input: unknown } | { ok: false; problems: FieldProblem[] } {
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `The file is not valid JSON (${detail}).` }] };
  }
}

/** Like `parseAnswers`, from the text of a JSON file. */
export function parseAnswersJson(text: string): ParseResult {
  const read = readJson(text);
  return read.ok ? parseAnswers(read.input) : read;
}

/**
 * Reads the text of an answers file for an import into a form: what is valid is kept, what is not is dropped with
 * the reason, and unanswered questions are listed; a file that is not JSON or not answers is refused whole.
 */
export function salvageAnswersJson(text: string): SalvageResult {
  const read = readJson(text);
  return read.ok ? salvageAnswers(read.input) : read;
}

/** The timeline for these answers with every rule Breachline ships and its coverage list. */
export function timelineFor(answers: Answers, today?: IsoDate): Timeline {
  return computeTimeline(answers, CATALOG_RULES, today, { coverage: COVERAGE.notCovered });
}

/** The Incident Response Plan for these answers on `today`, with every rule Breachline ships and its coverage list. */
export function planFor(answers: Answers, today: IsoDate): DocumentModel {
  const timeline = answers.incident ? timelineFor(answers, today) : null;
  return buildPlan(answers, { today, rules: CATALOG_RULES, coverage: COVERAGE.notCovered, timeline });
}
