/**
 * The notification deadlines panel for packs written outside the site (the command line). On the site,
 * DeadlinesPanel.astro renders the generic panel and the tailoring island fills in the lines; here the same engine
 * output (`tailorPack`) is written straight into the page. Deadlines always come from the engine, never from the
 * scenario text.
 */
import { DATA_KIND_LABELS } from '../../../engine/vocabulary.ts';
import type { Tailoring } from '../../../islands/exercise-tailoring/tailor.ts';
import type { IncidentProfile } from '../../../schemas/exercise.ts';
import { html, type Html } from './html.ts';
import { heading } from './text.ts';
import { href } from '../../../utils/site-path.ts';

function lines(tailoring: Tailoring): Html {
  const { deadlines, notCovered } = tailoring;
  if (deadlines === null) {
    return html`<p>The answers do not yet say enough about the organization (its role and states) to compute deadlines. Use the <a href="${href('/requirements/')}">notification requirements</a>.</p>`;
  }
  return html`<p>Counted from discovery (day 0), for ${tailoring.organization ?? 'your organization'} with this scenario’s incident. Breachline computed these from the answers and its rules data; confirm them with counsel.</p>${
    deadlines.length
      ? html`<ul class="deadline-list">${deadlines.map(
          (line) =>
            html`<li><strong>${line.day === null ? 'No fixed day' : `Day ${line.day}`}:</strong> ${line.recipient} (${line.jurisdiction}). ${
              line.targetDay !== null ? `Plan for day ${line.targetDay}. ` : ''
            }${line.day === null && line.waitingFor ? `${line.waitingFor} ` : ''}Deadline: ${line.deadline}. <span class="citation">${line.citation}</span></li>`,
        )}</ul>`
      : html`<p>The rules Breachline covers give no notice for this incident and these answers.</p>`
  }${notCovered.length ? html`<ul class="not-covered">${notCovered.map((text) => html`<li>${text}</li>`)}</ul>` : ''}`;
}

export function deadlinesPanel(profile: IncidentProfile, tailoring: Tailoring | null, level: 2 | 3): Html {
  const people = new Intl.NumberFormat('en-US').format(profile.affected);
  return html`<section class="deadlines" aria-labelledby="deadlines">${heading(
    level,
    'deadlines',
    'Notification deadlines in this scenario',
  )}<p>The incident, as the notification engine sees it:</p><ul><li>Data involved: ${profile.dataKinds
    .map((kind) => DATA_KIND_LABELS[kind])
    .join('; ')}.</li><li>${profile.secured ? 'Secured (encrypted to HHS guidance, or destroyed).' : 'Not secured: not encrypted to HHS guidance.'}</li><li>${people} ${
    profile.affected === 1 ? 'person' : 'people'
  } affected, ${profile.spreadOverStates ? 'spread across the states where the organization has patients.' : 'all in the organization’s home state.'}</li></ul>${
    tailoring
      ? lines(tailoring)
      : html`<p>Who must be told, and by when, depends on your organization’s role and states. Give this pack your answers (in <a href="${href('/plan/')}">Build your plan</a>, or with the command line), and it lists your own deadlines counted from discovery (day 0). Until then, use the <a href="${href('/requirements/')}">notification requirements</a> during the notification module. Never supply deadlines from memory.</p>`
  }</section>`;
}
