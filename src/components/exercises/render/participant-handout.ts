/** What players read: the overview, the situation and the questions, never the expected actions or the facilitator's notes. */
import { CORE_CAPABILITY_LABELS, CSF_FUNCTION_LABELS } from '../../../schemas/exercise.ts';
import { overviewTable, rolesDefined, assumptionsAndArtificialities } from './exercise-plan.ts';
import { html, type Html } from './html.ts';
import { heading, idFor, personInRole, roleLabel, sensitivity, tailored, type PackContext } from './text.ts';


export function participantHandout(ctx: PackContext): Html {
  const { version, tailoring, level, guideTitles, link } = ctx;
  const { title, summary, objectives, participants, background, modules } = version;
  const t = (text: string) => tailored(text, tailoring);
  const id = idFor(level, 'handout');
  const h2 = (part: string, content: Html | string) => heading(level + 1, id(part), content);
  return html`<section class="pack-part participant-handout" aria-labelledby="${id('title')}">${sensitivity('participants', tailoring)}${heading(
    level,
    id('title'),
    `Participant handout${level === 1 ? `: ${title}` : ''}`,
  )}<p class="pack-label">${t('Exercise material for {organization}. Not a real event.')}</p><p>${summary}</p>${overviewTable(ctx)}${h2(
    'objectives',
    'What this exercise tests',
  )}<ol>${objectives.map(
    (o) =>
      html`<li>${t(o.text)} <span class="meta">(${CORE_CAPABILITY_LABELS[o.capability]}; CSF ${o.csf.map((f) => CSF_FUNCTION_LABELS[f]).join(', ')})</span></li>`,
  )}</ol>${h2(
    'ground-rules',
    'Ground rules',
  )}<ul><li>This is a no-fault exercise: it tests the plan and the organization, not people.</li><li>Answer with the people, tools and information you have today, not what you wish you had.</li><li>Speak for your role. If you do not know, say so: that is a finding.</li><li>Decisions here are not commitments. Write down questions you cannot answer; they go into the after-action report.</li><li>The scenario is fictional. Keep the discussion, and any weakness it shows, inside the room.</li></ul>${rolesDefined(
    ctx,
    level + 1,
    id,
  )}${assumptionsAndArtificialities(level + 1, id)}${h2('table', 'Who is at the table')}<ul>${participants.map(
    (p) => html`<li><strong>${roleLabel(p.role)}</strong> ${personInRole(p.role, tailoring)}: ${t(p.why)}</li>`,
  )}</ul>${h2('setting', 'The setting')}<p>${t(background)}</p>${modules.map(
    (module, m) =>
      html`<section class="module" aria-labelledby="${id(`module-${m + 1}`)}">${heading(level + 1, id(`module-${m + 1}`), html`Module ${m + 1}: ${t(module.title)}`)}<p>${t(
        module.situation,
      )}</p>${heading(level + 2, null, 'Questions')}<ol class="questions">${module.questions.map(
        (q) => html`<li>${t(q.text)} <span class="meta">(See ${link(`/guide/${q.guide}/`, guideTitles[q.guide] ?? q.guide)}.)</span></li>`,
      )}</ol></section>`,
  )}</section>`;
}
