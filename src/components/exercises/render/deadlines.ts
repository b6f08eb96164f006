/**
 * The notification deadlines panel, for the site's pages and for `breachline exercise` alike. Without answers it is
 * the generic panel (the federal notices, and a pointer to the requirements), which the site's tailoring island
 * replaces with the organization's own lines from saved answers; with answers (the command line) those lines are
 * written straight in, the same markup either way. Deadlines always come from the engine, never from the scenario text.
 */
import { DATA_KIND_LABELS } from '../../../engine/vocabulary.ts';
import type { Tailoring } from '../../../islands/exercise-tailoring/tailor.ts';
import type { IncidentProfile } from '../../../schemas/exercise.ts';
import { federalNotices } from '../federal-notices.ts';
import { html, type Html } from './html.ts';
import type { SiteLink } from './site-links.ts';
import { tailoredDeadlines } from './tailored-deadlines.ts';
import { heading } from './text.ts';
import { countWords } from '../../../engine/words.ts';

/** The panel before any answers: what to do to get deadlines, and the federal notices a covered entity would owe. */
function generic(profile: IncidentProfile, link: SiteLink): Html {
  const federal = federalNotices(profile);
  return html`<div data-tailor-generic><p>Who must be told, and by when, depends on your organization’s role and states. Give this pack your answers (in ${link(
    '/plan/',
    'Build your plan',
  )} in this browser, or with the command line), and it lists your own deadlines counted from discovery (day 0). Until then, use the ${link(
    '/requirements/',
    'notification requirements',
  )} during the notification module. Never supply deadlines from memory.</p>${
    federal.length
      ? html`<p>For a HIPAA covered entity, the federal rules give this incident these notices; state laws and the media notice depend on where the people live:</p><ul class="federal-notices">${federal.map(
          (notice) =>
            html`<li data-rule="${notice.ruleId}"><strong>${notice.recipient}</strong>${notice.threshold ? ` (${notice.threshold})` : ''}: <span class="deadline">${
              notice.deadline
            }</span>. <span class="citation">${notice.citation}</span></li>`,
        )}</ul>`
      : ''
  }</div><div data-tailor-deadlines hidden></div>`;
}

export function deadlinesPanel(profile: IncidentProfile, tailoring: Tailoring | null, level: 2 | 3, link: SiteLink): Html {
  const people = countWords(profile.affected);
  return html`<section class="deadlines" aria-labelledby="deadlines">${heading(
    level,
    'deadlines',
    'Notification deadlines in this scenario',
  )}<p>The incident, as the notification engine sees it:</p><ul><li>Data involved: ${profile.dataKinds
    .map((kind) => DATA_KIND_LABELS[kind])
    .join('; ')}.</li><li>${profile.secured ? 'Secured (encrypted to HHS guidance, or destroyed).' : 'Not secured: not encrypted to HHS guidance.'}</li><li>${people} ${
    profile.affected === 1 ? 'person' : 'people'
  } affected, ${profile.spreadOverStates ? 'spread across the states where the organization has patients.' : 'all in the organization’s home state.'}</li></ul>${
    tailoring ? html`<div data-tailor-deadlines>${tailoredDeadlines(tailoring, link)}</div>` : generic(profile, link)
  }</section>`;
}
