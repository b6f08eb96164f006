/** The small pieces every part of a pack uses: tailorable text, people in roles, lines to write on, markings. */
import type { Tailoring } from '../../../islands/exercise-tailoring/tailor.ts';
import { EXERCISE_ROLE_LABELS, type ExerciseRole } from '../../../schemas/exercise.ts';
import type { PlanSection } from '../../../engine/review/schema.ts';
import { splitTokens, tokenDefault } from '../pack.ts';
import { html, type Html } from './html.ts';
import type { ScenarioVersion } from '../versions.ts';
import type { SiteLink } from './site-links.ts';
import { userValue, userValues } from './user-value.ts';

export interface PackContext {
  version: ScenarioVersion;
  /** The organization's names and deadlines, or null for the blank pack. */
  tailoring: Tailoring | null;
  /** Titles of the guide's pages, by slug. */
  guideTitles: Record<string, string>;
  /** 1 when the part is a page of its own, 2 inside the whole pack. */
  level: 1 | 2;
  /** Renders links to the site's other pages: relative on the site, absolute or plain text in a saved pack. */
  link: SiteLink;
}

/** Scenario text with `{organization}` and `{ehr}` as spans the tailoring island fills; filled here when answers are given. */
export function tailored(text: string, tailoring: Tailoring | null): Html {
  const values: Record<string, string | null> = { organization: tailoring?.organization ?? null, ehr: tailoring?.ehr ?? null };
  return html`${splitTokens(text).map((piece) => {
    if (!('token' in piece)) return piece.text;
    const value = values[piece.token];
    return value
      ? html`<span data-tailor="${piece.token}" class="tailored">${userValue(value)}</span>`
      : html`<span data-tailor="${piece.token}">${tokenDefault(piece.token, piece.sentenceStart)}</span>`;
  })}`;
}

export const roleLabel = (role: ExerciseRole): string => EXERCISE_ROLE_LABELS[role];

/**
 * Whoever holds a role: their names from the answers, or a line to write on that a screen reader reads once as
 * "blank: <role>" and paper never shows in words.
 */
export function personInRole(role: ExerciseRole, tailoring: Tailoring | null): Html {
  const names = (tailoring?.people as Partial<Record<string, string[]>> | undefined)?.[role];
  return names?.length
    ? html`<span class="write-in tailored" data-tailor-role="${role}">${userValues(names)}</span>`
    : html`<span class="write-in" data-tailor-role="${role}"><span class="visually-hidden blank-label">blank: ${roleLabel(role)}</span></span>`;
}

/** A line to write on that a screen reader reads once as "blank: <what>". */
export const blank = (what: string, short = false): Html =>
  html`<span class="write-in${short ? ' short' : ''}"><span class="visually-hidden blank-label">blank: ${what}</span></span>`;

/** A labelled line to write on: the label is the text, the line is decoration. */
export const writeIn = (label: string, short = false): Html =>
  html`<span class="fill-in">${label}: <span class="write-in${short ? ' short' : ''}"></span></span>`;

/** Ruled lines to write on, on paper. */
export const writeLines = (count: number): Html =>
  html`<div class="write-lines" aria-hidden="true">${Array.from({ length: count }, () => html`<div class="write-line"></div>`)}</div>`;

/** Who may see a page. Control material holds the expected answers; participant material does not. */
export type Audience = 'control' | 'participants';

/** The handling mark at the top of every printed page of a pack (and, through the print style, in every page margin). */
export function sensitivity(audience: Audience, tailoring: Tailoring | null): Html {
  return audience === 'control'
    ? html`<p class="sensitivity" data-audience="control"><strong>Sensitive: exercise control material.</strong> Facilitator, evaluators and trusted agents only; holds the expected actions. Do not share.</p>`
    : html`<p class="sensitivity" data-audience="participants"><strong>Sensitive: exercise material.</strong> ${tailored('For exercise participants at {organization} only; not a real event. Do not share outside the exercise.', tailoring)}</p>`;
}

/**
 * The headings of the incident response plan (src/engine/plan/) that each `planSection` id points to. A test builds a
 * plan and checks that every heading here is one of its sections, so a pack never points to a part the plan lacks.
 */
export const PLAN_HEADINGS: Record<PlanSection, readonly string[]> = {
  roles: ['Roles and responsibilities'],
  contacts: ['Contact roster'],
  severity: ['Severity classification'],
  phases: ['Phases of response'],
  evidence: ['Evidence preservation'],
  continuity: ['Continuity of patient care during downtime'],
  'risk-assessment': ['HIPAA breach test and risk assessment'],
  notification: ['Notification procedures'],
  notices: ['Draft notice letter to individuals', 'Substitute notice', 'Media statement', 'Cover note to regulators'],
  review: ['Post-incident review'],
  maintenance: ['Plan maintenance'],
};

/** "Plan: Contact roster." or "Plan: Draft notice letter to individuals, Media statement…" */
export const planPointer = (section: PlanSection): Html => {
  const headings = PLAN_HEADINGS[section];
  return html`${headings.length === 1 ? 'Plan section' : 'Plan sections'}: ${headings.map((h, i) => html`${i ? ', ' : ''}<cite class="plan-heading">${h}</cite>`)}.`;
};

/** A heading at `level`, with an id and a class when given. */
export const heading = (level: number, id: string | null, content: Html | string, className?: string): Html =>
  html`<h${level}${id ? html` id="${id}"` : ''}${className ? html` class="${className}"` : ''}>${content}</h${level}>`;

/** Ids are unique on a page: a part's own page uses short ids, the whole pack prefixes them. */
export const idFor = (level: 1 | 2, prefix: string) => (part: string): string => (level === 1 ? part : `${prefix}-${part}`);
