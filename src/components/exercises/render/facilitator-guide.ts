/** The facilitator's copy: everything, including the expected actions (the ground truth) and the notes. */
import { formatDuration, numberedInjects } from '../pack.ts';
import { deadlinesPanel } from './deadlines.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, personInRole, planPointer, roleLabel, sensitivity, tailored, type PackContext } from './text.ts';

export function facilitatorGuide(ctx: PackContext): Html {
  const { version, tailoring, level, guideTitles, link } = ctx;
  const { title, objectives, participants, background, facilitatorNotes, modules, durationMinutes } = version;
  const t = (text: string) => tailored(text, tailoring);
  const injects = numberedInjects(version);
  const moduleMinutes = Math.max(15, Math.floor((durationMinutes - 45) / modules.length / 5) * 5);
  const id = idFor(level, 'facilitator');
  const h2 = (part: string | null, content: Html | string) => heading(level + 1, part ? id(part) : null, content);
  const h3 = (content: string) => heading(level + 2, null, content);
  return html`<section class="pack-part facilitator-guide" aria-labelledby="${id('title')}">${sensitivity('control', tailoring)}${heading(
    level,
    id('title'),
    `Facilitator guide${level === 1 ? `: ${title}` : ''}`,
  )}<p class="pack-label">Facilitator only: holds the expected actions. Do not hand out.</p><dl class="at-a-glance"><div><dt>Length</dt><dd>${formatDuration(
    durationMinutes,
  )}, hot wash included</dd></div><div><dt>Modules</dt><dd>${modules.length}</dd></div><div><dt>Injects</dt><dd>${injects.length}</dd></div><div><dt>Organization</dt><dd>${t(
    '{organization}',
  )}</dd></div></dl>${h2('objectives', 'Objectives')}<ol>${objectives.map((o) => html`<li>${t(o.text)}</li>`)}</ol>${h2(
    'participants',
    'Participants',
  )}<table class="participants"><thead><tr><th scope="col">Role</th><th scope="col">Who</th><th scope="col">Why they are at the table</th></tr></thead><tbody>${participants.map(
    (p) => html`<tr><th scope="row">${roleLabel(p.role)}</th><td>${personInRole(p.role, tailoring)}</td><td>${t(p.why)}</td></tr>`,
  )}</tbody></table>${h2('before', 'Before the day')}<ul>${facilitatorNotes.map((note) => html`<li>${t(note)}</li>`)}</ul>${h2(
    'agenda',
    'Agenda',
  )}<ol class="agenda"><li>Welcome, objectives and ground rules (10 minutes).</li>${modules.map(
    (module, m) => html`<li>Module ${m + 1}: ${t(module.title)} (about ${moduleMinutes} minutes).</li>`,
  )}<li>Hot wash: what worked, what did not, what to change (20 minutes).</li><li>Evaluation forms (10 minutes); then the facilitator and evaluator debrief, and the after-action report in the ${link('/review/', 'post-incident review')}.</li></ol>${h2(
    'background',
    'The setting',
  )}<p>${t(background)}</p>${deadlinesPanel(version.incident, tailoring, level === 1 ? 2 : 3, link)}${modules.map(
    (module, m) =>
      html`<section class="module" aria-labelledby="${id(`module-${m + 1}`)}">${heading(
        level + 1,
        id(`module-${m + 1}`),
        html`Module ${m + 1}: ${t(module.title)}`,
      )}<p>${t(module.situation)}</p>${h3('Injects')}<ol class="inject-list">${injects
        .filter((inject) => inject.module === m + 1)
        .map(
          (inject) =>
            html`<li value="${inject.number}"><span class="inject-time">${inject.at}</span>: <strong>${t(inject.title)}</strong>. ${t(
              inject.happens,
            )} <span class="meta">To: ${inject.recipients.map(roleLabel).join(', ')}.</span></li>`,
        )}</ol>${h3('Questions for discussion')}<ol class="questions">${module.questions.map(
        (q) =>
          html`<li>${t(q.text)}<span class="meta"> Guide: ${link(`/guide/${q.guide}/`, guideTitles[q.guide] ?? q.guide)}. ${planPointer(
            q.planSection,
          )}</span></li>`,
      )}</ol>${h3('Expected actions')}<ul class="checklist expected-actions">${module.expectedActions.map(
        (a) => html`<li>${t(a.action)} <span class="meta">(${a.owners.map(roleLabel).join(', ')})</span></li>`,
      )}</ul>${h3('Facilitator notes')}<ul>${module.facilitatorNotes.map((note) => html`<li>${t(note)}</li>`)}</ul></section>`,
  )}${h2(
    'after',
    'After the exercise',
  )}<ol><li>Run the hot wash straight away with the hot-wash notes page, while memories are fresh.</li><li>Collect the evaluation forms, the observation forms and the sign-in sheet.</li><li>Hold the facilitator and evaluator debrief with its page in this pack.</li><li>Write the after-action report and the improvement plan with the ${link('/review/', 'post-incident review')} form; the ${link('/guide/post-incident-review/', 'post-incident review guide')} explains each part.</li><li>Give each improvement an owner and a date, and update the plan (${link('/guide/improve-continuously/', 'improve continuously')}).</li></ol></section>`;
}
