/** The facilitator and evaluator debrief: after the hot wash, the control team turns observations into findings. */
import { DEBRIEF_PROMPTS } from '../hseep-words.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, sensitivity, tailored, writeLines, type PackContext } from './text.ts';

export function debrief(ctx: PackContext): Html {
  const { version, tailoring, level, link } = ctx;
  const id = idFor(level, 'debrief');
  return html`<section class="pack-part debrief" aria-labelledby="${id('title')}">${sensitivity('control', tailoring)}${heading(
    level,
    id('title'),
    `Facilitator and evaluator debrief${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="pack-label">${version.title} · ${tailored(
    '{organization}',
    tailoring,
  )}</p><p>After the hot wash and before anyone leaves, the facilitator and the evaluators meet for 20 to 30 minutes with the observation forms, the hot-wash notes and the evaluation forms. What they agree here becomes the strengths and areas for improvement of the after-action report in the ${link('/review/', 'post-incident review')}.</p>${DEBRIEF_PROMPTS.map(
    (prompt) => html`<div class="prompt">${heading(level + 1, null, prompt)}${writeLines(3)}</div>`,
  )}<div class="prompt">${heading(
    level + 1,
    null,
    'Objective by objective',
  )}<table class="debrief-objectives"><caption class="visually-hidden">Each objective, with the agreed rating, strengths and areas for improvement</caption><thead><tr><th scope="col">Objective</th><th scope="col">Rating (P, S, M or U)</th><th scope="col">Strengths</th><th scope="col">Areas for improvement</th></tr></thead><tbody>${version.objectives.map(
    (o, i) => html`<tr><th scope="row">${i + 1}. ${tailored(o.text, tailoring)}</th><td></td><td></td><td></td></tr>`,
  )}</tbody></table></div></section>`;
}
