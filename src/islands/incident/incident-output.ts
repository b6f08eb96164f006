/**
 * The engine's work for the incident page, run in its worker (engine-worker.ts): the answers checked, the
 * timeline, the notice packets, and reading an incident file. It brings zod and the rules, so it never loads with
 * the page.
 */
import '../../security/zod-jitless.ts';
import { parseAnswers } from '../../engine/index.ts';
import { demoteHeadings, renderHtml } from '../../engine/export/html.ts';
import { readIncidentJson } from '../../engine/incident/read-incident-file.ts';
import { planTasks } from '../../engine/incident/plan-tasks.ts';
import { noticePackets } from '../../engine/packets/notice-packet.ts';
import { SHIPPED_COVERAGE, SHIPPED_RULES } from '../../engine/rules/shipped.ts';
import { computeTimeline } from '../../engine/timeline/compute.ts';
import type { TeamRole } from '../../engine/answers/schema.ts';
import { stepProblem } from '../questionnaire/check.ts';
import { answersFromDraft, draftFromAnswers, type Draft } from '../questionnaire/draft.ts';
import { planDocument } from '../questionnaire/plan-output.ts';
import { stepTitle } from '../questionnaire/steps.ts';
import type { ImportOutput, IncidentOutput } from './jobs.ts';

/**
 * The answers for the deadlines: contacts not named yet are left out, as the timeline needs none of them (the plan
 * builder asks for them).
 */
function answersForDeadlines(draft: Draft): { team: { name?: string; role: TeamRole }[] } {
  const answers = answersFromDraft(draft) as { team: { name?: string; role: TeamRole }[] };
  return { ...answers, team: answers.team.filter((contact) => contact.name) };
}

export function incidentOutput(draft: Draft, today: string): IncidentOutput {
  const candidate = answersForDeadlines(draft);
  const parsed = parseAnswers(candidate);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => stepProblem(problem, candidate.team));
    return { ok: false, problems: problems.map(({ path, step, question, message }) => ({ path, step, question: question || stepTitle(step), message })) };
  }
  const answers = parsed.answers;
  const timeline = computeTimeline(answers, SHIPPED_RULES, today, { coverage: SHIPPED_COVERAGE });
  const packets = noticePackets(answers, timeline, SHIPPED_RULES).map(({ obligationId, packet }) => ({
    obligationId,
    title: packet.title,
    html: demoteHeadings(renderHtml(packet)),
  }));
  const tasks = planTasks(planDocument(answers, today, timeline));
  return { ok: true, answers, timeline, packets, tasks };
}

export function importOutput(text: string): ImportOutput {
  const read = readIncidentJson(text);
  if (!read.ok) return read;
  return { ok: true, draft: draftFromAnswers(read.answers), log: read.log };
}
