/** The exercise plan (HSEEP's ExPlan): overview, objectives mapped to capabilities and CSF functions, roles, assumptions, trusted agents, logistics. */
import {
  CORE_CAPABILITY_LABELS,
  CSF_FUNCTION_LABELS,
  MISSION_AREA_LABELS,
} from '../../../schemas/exercise.ts';
import { ARTIFICIALITIES, ASSUMPTIONS, EXERCISE_ROLE_DEFINITIONS, LOGISTICS, TRUSTED_AGENT_GUIDANCE } from '../hseep-words.ts';
import { formatDuration } from '../pack.ts';
import { html, type Html } from './html.ts';
import { blank, heading, idFor, roleLabel, sensitivity, tailored, writeIn, type PackContext } from './text.ts';

/** The overview table HSEEP puts first: name, date, place, sponsor, contact, scope, threat, mission areas. */
export function overviewTable(ctx: PackContext): Html {
  const { version, tailoring } = ctx;
  const rows: [string, Html | string][] = [
    ['Exercise name', version.title],
    ['Date', blank('date', true)],
    ['Place', blank('place')],
    ['Sponsor', tailored('{organization}', tailoring)],
    ['Point of contact', blank('point of contact')],
    [
      'Scope',
      `A discussion-based tabletop exercise of ${formatDuration(version.durationMinutes)}, hot wash included, in ${version.modules.length} modules, for the roles listed under Players.`,
    ],
    ['Threat or hazard', version.threat],
    ['Mission areas', version.missionAreas.map((m) => MISSION_AREA_LABELS[m]).join(', ')],
  ];
  return html`<table class="overview"><caption>Exercise overview</caption><tbody>${rows.map(
    ([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`,
  )}</tbody></table>`;
}

/** Objectives with their core capability and NIST CSF 2.0 functions. */
export function objectivesTable(ctx: PackContext): Html {
  return html`<table class="objectives-map"><caption>Objectives, core capabilities and NIST CSF 2.0 functions</caption><thead><tr><th scope="col">Objective</th><th scope="col">Core capability</th><th scope="col">CSF 2.0 functions</th></tr></thead><tbody>${ctx.version.objectives.map(
    (o, i) =>
      html`<tr><td>${i + 1}. ${tailored(o.text, ctx.tailoring)}</td><td>${CORE_CAPABILITY_LABELS[o.capability]}</td><td>${o.csf.map((f) => CSF_FUNCTION_LABELS[f]).join(', ')}</td></tr>`,
  )}</tbody></table>`;
}

/** Players, facilitator, evaluators and observers. */
export function rolesDefined(ctx: PackContext, level: number, id: (part: string) => string): Html {
  return html`${heading(level, id('roles'), 'Roles')}<dl class="roles-defined">${EXERCISE_ROLE_DEFINITIONS.map(
    (r) =>
      html`<div><dt>${r.name}</dt><dd>${r.text}${
        r.name === 'Players' ? html` At this table: ${ctx.version.participants.map((p) => roleLabel(p.role)).join(', ')}.` : ''
      }</dd></div>`,
  )}</dl>`;
}

export function assumptionsAndArtificialities(level: number, id: (part: string) => string): Html {
  return html`${heading(level, id('assumptions'), 'Assumptions and artificialities')}<p>Assumptions:</p><ul>${ASSUMPTIONS.map(
    (a) => html`<li>${a}</li>`,
  )}</ul><p>Artificialities:</p><ul>${ARTIFICIALITIES.map((a) => html`<li>${a}</li>`)}</ul>`;
}

export function exercisePlan(ctx: PackContext): Html {
  const { version, tailoring, level } = ctx;
  const id = idFor(level, 'plan');
  return html`<section class="pack-part exercise-plan" aria-labelledby="${id('title')}">${sensitivity('control', tailoring)}${heading(
    level,
    id('title'),
    `Exercise plan${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="pack-label">For the facilitator, evaluators and trusted agents. The participant handout repeats the overview, objectives, roles and assumptions for players.</p>${overviewTable(ctx)}${heading(
    level + 1,
    id('objectives'),
    'Objectives, capabilities and CSF functions',
  )}${objectivesTable(ctx)}${rolesDefined(ctx, level + 1, id)}${assumptionsAndArtificialities(level + 1, id)}${heading(
    level + 1,
    id('trusted-agents'),
    'Trusted agents',
  )}<ul>${TRUSTED_AGENT_GUIDANCE.map((g) => html`<li>${g}</li>`)}</ul><p class="fill-in-row">${writeIn('Trusted agents')}</p>${heading(
    level + 1,
    id('logistics'),
    'Logistics checklist',
  )}<ul class="checklist logistics">${LOGISTICS.map((item) => html`<li>${item}</li>`)}<li>Copies: ${version.participants.length} participant handouts (one per role at the table, plus observers), ${version.modules.reduce(
    (n, m) => n + m.injects.length,
    0,
  )} inject cards, one observation form per evaluator.</li></ul></section>`;
}
