/** Notes for the hot wash, the short discussion straight after the exercise: prompts, lines, and an improvement table. */
import { HOT_WASH_PROMPTS } from '../pack.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, sensitivity, tailored, writeLines, type PackContext } from './text.ts';

export function hotWash(ctx: PackContext): Html {
  const { version, tailoring, level, link } = ctx;
  const id = idFor(level, 'hot-wash');
  return html`<section class="pack-part hot-wash" aria-labelledby="${id('title')}">${sensitivity('participants', tailoring)}${heading(
    level,
    id('title'),
    `Hot-wash notes${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="pack-label">${version.title} · ${tailored(
    '{organization}',
    tailoring,
  )}</p><p>Straight after the last module, ask each question in turn and write down what the room says. Twenty minutes is enough. These notes feed the after-action report in the ${link('/review/', 'post-incident review')}.</p>${HOT_WASH_PROMPTS.map(
    (prompt) => html`<div class="prompt">${heading(level + 1, null, prompt)}${writeLines(4)}</div>`,
  )}<div class="prompt">${heading(
    level + 1,
    null,
    'Improvements',
  )}<table class="improvements"><caption class="visually-hidden">Improvements, with owner and date</caption><thead><tr><th scope="col">What we will change</th><th scope="col">Owner</th><th scope="col">By when</th></tr></thead><tbody>${Array.from(
    { length: 5 },
    () => html`<tr><td></td><td></td><td></td></tr>`,
  )}</tbody></table></div></section>`;
}
