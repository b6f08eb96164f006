/**
 * The organization's own notification deadlines in a pack, counted from discovery (day 0): written straight in by
 * `breachline exercise`, and put into the site's pack by the tailoring island. One function, so both say the same.
 */
import type { Tailoring } from '../../../islands/exercise-tailoring/tailor.ts';
import { html, type Html } from './html.ts';
import type { SiteLink } from './site-links.ts';
import { userValue } from './user-value.ts';

export function tailoredDeadlines(tailoring: Tailoring, link: SiteLink): Html {
  const { deadlines, notCovered } = tailoring;
  if (deadlines === null) {
    return html`<p>The answers do not yet say enough about the organization (its role and states) to compute deadlines. Finish them in ${link(
      '/plan/',
      'Build your plan',
    )}, or use the ${link('/requirements/', 'notification requirements')}.</p>`;
  }
  return html`<p>Counted from discovery (day 0), for ${
    tailoring.organization ? userValue(tailoring.organization) : 'your organization'
  } with this scenario’s incident. Breachline computed these from the answers and its rules data; confirm them with counsel.</p>${
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
