/** One card per inject; on paper, one card per page. */
import { numberedInjects } from '../pack.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, roleLabel, sensitivity, tailored, type PackContext } from './text.ts';

export function injectCards(ctx: PackContext): Html {
  const { version, tailoring, level } = ctx;
  const t = (text: string) => tailored(text, tailoring);
  const injects = numberedInjects(version);
  const id = idFor(level, 'cards');
  return html`<section class="pack-part inject-cards" aria-labelledby="${id('title')}"><div class="part-intro">${heading(
    level,
    id('title'),
    `Inject cards${level === 1 ? `: ${version.title}` : ''}`,
  )}<p class="screen-only">${injects.length} cards. Print them (each card takes one page), cut nothing, and hand each to its recipients at the time written on it. Read it aloud as you hand it over.</p></div>${injects.map(
    (inject) =>
      html`<article class="inject-card" aria-labelledby="${id(`inject-${inject.number}`)}">${sensitivity(
        'participants',
        tailoring,
      )}<p class="card-banner">Exercise message: not a real event</p><p class="card-meta">Inject ${inject.number} of ${injects.length} · Module ${inject.module}: ${t(
        inject.moduleTitle,
      )}</p><p class="card-time">${inject.at}</p>${heading(level + 1, id(`inject-${inject.number}`), t(inject.title), 'card-title')}<p class="card-text">${t(
        inject.happens,
      )}</p><p class="card-to"><strong>To:</strong> ${inject.recipients.map(roleLabel).join(', ')}</p><p class="card-footer">${version.title} · ${t(
        '{organization}',
      )}</p></article>`,
  )}</section>`;
}
