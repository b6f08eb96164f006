/** Each participant rates how well the team met every objective, with room to say why and what to change. */
import { RATINGS } from '../pack.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, sensitivity, tailored, writeIn, writeLines, type PackContext } from './text.ts';

export function evaluationForm(ctx: PackContext): Html {
  const { version, tailoring, level } = ctx;
  const id = idFor(level, 'evaluation');
  return html`<section class="pack-part evaluation-form" aria-labelledby="${id('title')}">${sensitivity('participants', tailoring)}${heading(
    level,
    id('title'),
    `Evaluation form${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="pack-label">${version.title} · ${tailored('{organization}', tailoring)}</p><p class="fill-in-row">${writeIn('Your role')}${writeIn(
    'Date',
    true,
  )}</p><p>For each objective, tick one box and say why. Your name is optional.</p><ul class="rating-key">${RATINGS.map(
    (r) => html`<li><strong>${r.short}</strong>: ${r.label}</li>`,
  )}</ul>${version.objectives.map(
    (objective, i) =>
      html`<div class="objective-rating">${heading(level + 1, null, `Objective ${i + 1}`)}<p>${tailored(
        objective.text,
        tailoring,
      )}</p><ul class="rating-boxes" aria-label="Rating for objective ${i + 1}">${RATINGS.map(
        (r) => html`<li><span class="box" aria-hidden="true"></span> ${r.short} <span class="visually-hidden">${r.label}</span></li>`,
      )}</ul><p class="notes-label">Why</p>${writeLines(2)}</div>`,
  )}<div class="objective-rating">${heading(level + 1, null, 'What was most useful?')}${writeLines(3)}</div><div class="objective-rating">${heading(
    level + 1,
    null,
    'What should change in the plan, the team or the next exercise?',
  )}${writeLines(3)}</div></section>`;
}
