/** One page per role: what the role should do in this scenario, module by module, as boxes to tick. */
import { roleChecklists as checklistsOf } from '../pack.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, personInRole, sensitivity, tailored, writeLines, type PackContext } from './text.ts';

export function roleChecklists(ctx: PackContext): Html {
  const { version, tailoring, level } = ctx;
  const t = (text: string) => tailored(text, tailoring);
  const id = idFor(level, 'checklists');
  return html`<section class="pack-part role-checklists" aria-labelledby="${id('title')}"><div class="part-intro">${heading(
    level,
    id('title'),
    `Role checklists${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="screen-only">One printed page per role. They hold the expected actions, so hand them out at the hot wash, to check what was done, or after the exercise. Compare them with the plan’s <cite class="plan-heading">Roles and responsibilities</cite> section.</p></div>${checklistsOf(
    version,
  ).map(
    (list) =>
      html`<section class="role-checklist" aria-labelledby="${id(list.role)}">${sensitivity('control', tailoring)}${heading(
        level + 1,
        id(list.role),
        list.label,
      )}<p class="held-by">Held by: ${personInRole(list.role, tailoring)}</p><p class="meta">${version.title} · ${t('{organization}')}</p>${list.modules.map(
        (module) =>
          html`${heading(level + 2, null, html`Module ${module.number}: ${t(module.title)}`)}<ul class="checklist">${module.actions.map(
            (action) => html`<li>${t(action)}</li>`,
          )}</ul>`,
      )}<p class="notes-label">Notes</p>${writeLines(3)}</section>`,
  )}</section>`;
}
