/**
 * The evaluator's observation form (after HSEEP's exercise evaluation guide): for every module, each expected action
 * with its owners, boxes for whether it was observed, and room for who did it, when, and what got in the way.
 */
import { CORE_CAPABILITY_LABELS } from '../../../schemas/exercise.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, planPointer, roleLabel, sensitivity, tailored, writeIn, writeLines, type PackContext } from './text.ts';

/** How far an expected action was seen to happen. */
export const OBSERVED = ['Fully', 'Partly', 'Not observed', 'Not applicable'] as const;

export function observationForm(ctx: PackContext): Html {
  const { version, tailoring, level } = ctx;
  const t = (text: string) => tailored(text, tailoring);
  const id = idFor(level, 'observation');
  let n = 0;
  return html`<section class="pack-part observation-form" aria-labelledby="${id('title')}">${sensitivity('control', tailoring)}${heading(
    level,
    id('title'),
    `Evaluator observation form${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="pack-label">For evaluators. Built from the facilitator guide’s expected actions; do not hand to players.</p><p class="fill-in-row">${writeIn(
    'Evaluator',
  )}${writeIn('Modules observed', true)}</p><p>For each expected action, tick what you saw, note who did it and when, and what helped or got in the way. The objectives this exercise tests:</p><ol class="objectives-observed">${version.objectives.map(
    (o) => html`<li>${t(o.text)} <span class="meta">(${CORE_CAPABILITY_LABELS[o.capability]})</span></li>`,
  )}</ol>${version.modules.map(
    (module, m) =>
      html`<section class="observation-module" aria-labelledby="${id(`module-${m + 1}`)}">${heading(
        level + 1,
        id(`module-${m + 1}`),
        html`Module ${m + 1}: ${t(module.title)}`,
      )}<p class="meta">Plan sections this module tests: ${[...new Set(module.questions.map((q) => q.planSection))].map((s, i) => html`${i ? ' ' : ''}${planPointer(s)}`)}</p>${module.expectedActions.map(
        (a) => {
          n += 1;
          return html`<div class="observation"><p class="observed-action"><strong>${n}.</strong> ${t(a.action)} <span class="meta">(${a.owners
            .map(roleLabel)
            .join(', ')})</span></p><ul class="rating-boxes" aria-label="Observed, for action ${n}">${OBSERVED.map(
            (o) => html`<li><span class="box" aria-hidden="true"></span> ${o}</li>`,
          )}</ul><p class="notes-label">Who, when, and what helped or got in the way</p>${writeLines(2)}</div>`;
        },
      )}</section>`,
  )}</section>`;
}
