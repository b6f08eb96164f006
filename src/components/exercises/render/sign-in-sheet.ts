/** Who took part: one row per role at the table, names filled in from answers, and blank rows for others. */
import { html, type Html } from './html.ts';
import { heading, idFor, personInRole, roleLabel, sensitivity, tailored, writeIn, type PackContext } from './text.ts';

const BLANK_ROWS = 4;

export function signInSheet(ctx: PackContext): Html {
  const { version, tailoring, level } = ctx;
  const id = idFor(level, 'sign-in');
  return html`<section class="pack-part sign-in-sheet" aria-labelledby="${id('title')}">${sensitivity('participants', tailoring)}${heading(
    level,
    id('title'),
    `Sign-in sheet${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="pack-label">${version.title} · ${tailored('{organization}', tailoring)}</p><p class="fill-in-row">${writeIn('Date', true)}${writeIn(
    'Place',
  )}${writeIn('Facilitator')}</p><table class="sign-in"><caption class="visually-hidden">Participants, by role</caption><thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Team or unit</th><th scope="col">Signature</th></tr></thead><tbody>${version.participants.map(
    (p) => html`<tr><th scope="row">${roleLabel(p.role)}</th><td>${personInRole(p.role, tailoring)}</td><td></td><td></td></tr>`,
  )}${Array.from(
    { length: BLANK_ROWS },
    () => html`<tr class="blank-row"><th scope="row"><span class="visually-hidden">Other role</span></th><td></td><td></td><td></td></tr>`,
  )}</tbody></table><p class="meta">Observers and evaluators sign in the blank rows. Keep this sheet with the after-action report.</p></section>`;
}
