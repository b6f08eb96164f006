/**
 * The one renderer of exercise packs, shared by the site's pages and `breachline exercise`: a version of a scenario,
 * optional answers (already turned into a tailoring) and a page slug in; the pack's HTML out. Pure: no DOM, no Astro.
 */
import { PACK_PARTS, PARTICIPANT_PACK, WHOLE_PACK, type PackPartSlug } from '../pack.ts';
import { debrief } from './debrief.ts';
import { evaluationForm } from './evaluation-form.ts';
import { exercisePlan } from './exercise-plan.ts';
import { facilitatorGuide } from './facilitator-guide.ts';
import { hotWash } from './hot-wash.ts';
import { html, type Html } from './html.ts';
import { injectCards } from './inject-cards.ts';
import { observationForm } from './observation-form.ts';
import { participantHandout } from './participant-handout.ts';
import { roleChecklists } from './role-checklists.ts';
import { signInSheet } from './sign-in-sheet.ts';
import { tailored, type PackContext } from './text.ts';

export type { PackContext } from './text.ts';

const RENDERERS: Record<PackPartSlug, (ctx: PackContext) => Html> = {
  'exercise-plan': exercisePlan,
  'facilitator-guide': facilitatorGuide,
  'participant-handout': participantHandout,
  'inject-cards': injectCards,
  'role-checklists': roleChecklists,
  'observation-form': observationForm,
  'sign-in-sheet': signInSheet,
  'hot-wash': hotWash,
  debrief,
  'evaluation-form': evaluationForm,
};

function cover(ctx: PackContext, participants: boolean): Html {
  const parts = participants ? PACK_PARTS.filter((p) => PARTICIPANT_PACK.parts.includes(p.slug)) : PACK_PARTS;
  return html`<section class="pack-cover"><h1>${ctx.version.title}${participants ? ': participant version' : ''}</h1><p class="pack-label">${tailored(
    participants ? 'Tabletop exercise: participant version for {organization}' : 'Tabletop exercise pack for {organization}',
    ctx.tailoring,
  )}</p><p class="lead">${ctx.version.summary}</p>${
    ctx.version.variant ? html`<p class="variant-note">This version is written for: ${ctx.version.variant.label}.</p>` : ''
  }<p>${participants ? 'This version holds no expected actions. It holds, each part starting on a new page:' : 'This pack holds, each part starting on a new page:'}</p><ol>${parts.map(
    (p) => html`<li>${p.title}: ${p.about}</li>`,
  )}</ol><p class="screen-only">Print it with your browser’s Print command (Ctrl+P, or ⌘P on a Mac), on Letter or A4 paper.</p></section>`;
}

/** The pack's content for one page: a part, the whole pack or the participant version. */
export function renderPackPage(page: string, ctx: Omit<PackContext, 'level'>): string {
  if (page === WHOLE_PACK.slug || page === PARTICIPANT_PACK.slug) {
    const participants = page === PARTICIPANT_PACK.slug;
    const slugs = participants ? PARTICIPANT_PACK.parts : PACK_PARTS.map((p) => p.slug);
    const inner: PackContext = { ...ctx, level: 2 };
    return html`${cover(inner, participants)}${slugs.map((slug) => RENDERERS[slug](inner))}`.value;
  }
  const render = RENDERERS[page as PackPartSlug];
  if (!render) throw new Error(`No pack page called ${page}.`);
  return render({ ...ctx, level: 1 }).value;
}
