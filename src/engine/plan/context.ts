/** What every part of the plan reads: the answers, today, the timeline, and how to name people and dates. */
import type { Answers, Contact, TeamRole } from '../answers/schema.ts';
import { daysInMonth, isIsoDate, longDate, makeDate, parseIsoDate, type IsoDate } from '../dates/calendar.ts';
import type { Section } from '../document/model.ts';
import type { Provision } from '../rules/provision-schema.ts';
import type { Rule } from '../rules/schema.ts';
import type { CoverageEntry } from '../timeline/compute.ts';
import type { Timeline } from '../timeline/types.ts';
import { HIPAA_ROLES } from '../vocabulary.ts';
import { capitalize, listWords, lowerFirst } from '../words.ts';
import { roleLabel, type OrganizationProfile } from './profile.ts';

export { capitalize, listWords, longDate };

export interface PlanContext {
  answers: Answers;
  today: IsoDate;
  /** The organization's timeline when the answers record an incident; null otherwise. */
  timeline: Timeline | null;
  /** The rules the plan draws on, in the order given, and the same rules by id. */
  rules: readonly Rule[];
  ruleById: ReadonlyMap<string, Rule>;
  /** What the rules do not cover (the entries of `content/rules/coverage.json`). */
  coverage: readonly CoverageEntry[];
  /** Provisions of law the plan relies on beyond notices (`content/rules/provisions.json`). */
  provisions: readonly Provision[];
  /** The kind of organization, and the words that follow from it. */
  profile: OrganizationProfile;
}

/** A section of the plan, or the reason it is left out. */
export type PlanPart = Section | { omitted: { title: string; reason: string } };

export function omit(title: string, reason: string): PlanPart {
  return { omitted: { title, reason } };
}

export function isHipaa(ctx: PlanContext): boolean {
  return HIPAA_ROLES.includes(ctx.answers.organization.role);
}

export function organizationName(ctx: PlanContext): string {
  return ctx.answers.organization.name;
}

/** The people named for a role, in the order given. */
export function contactsFor(ctx: PlanContext, role: TeamRole): Contact[] {
  return ctx.answers.team.filter((contact) => contact.role === role);
}

/** "Dana Ortiz" (or "Dana Ortiz and Lee Park"), or null when no one is named. */
export function namesFor(ctx: PlanContext, role: TeamRole): string | null {
  const names = contactsFor(ctx, role).map((contact) => contact.name);
  return names.length > 0 ? listWords(names) : null;
}

/** A role's label inside a sentence: "incident commander", "IT or EHR vendor". */
export function roleWords(ctx: PlanContext, role: TeamRole): string {
  return lowerFirst(roleLabel(ctx.profile, role));
}

/** "Dana Ortiz (incident commander)", or "the incident commander [name to be assigned]". */
export function who(ctx: PlanContext, role: TeamRole): string {
  const label = roleWords(ctx, role);
  const names = namesFor(ctx, role);
  return names ? `${names} (${label})` : `the ${label} [name to be assigned]`;
}

/** `who`, at the start of a sentence. */
export function Who(ctx: PlanContext, role: TeamRole): string {
  return capitalize(who(ctx, role));
}

/** The incident commander, or whoever leads when none is named. */
export function leader(ctx: PlanContext): string {
  return who(ctx, 'incident-commander');
}

/** The same day a number of years later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`Not a date: ${date}`);
  const year = parts.year + years;
  return makeDate(year, parts.month, Math.min(parts.day, daysInMonth(year, parts.month)));
}

export function assertToday(today: string): IsoDate {
  if (!isIsoDate(today)) throw new Error(`today must be a date as YYYY-MM-DD, not ${JSON.stringify(today)}.`);
  return today;
}

/** Organizations that give care to patients themselves. */
export function givesCare(ctx: PlanContext): boolean {
  return ctx.profile.givesCare;
}
