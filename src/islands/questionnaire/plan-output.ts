/**
 * The plan and the files made from it: loaded on demand (it brings the rules data and the plan builder), when the
 * check page, the timeline or the plan is opened. Word is one step further away: `docx` loads only when asked for.
 */
import type { Answers } from '../../engine/answers/schema.ts';
import type { DocumentModel } from '../../engine/document/model.ts';
import { renderHtml } from '../../engine/export/html.ts';
import { renderIcs } from '../../engine/export/ics.ts';
import { answersToJson } from '../../engine/export/json.ts';
import { renderMarkdown } from '../../engine/export/markdown.ts';
import { buildPlan } from '../../engine/plan/build-plan.ts';
import { SHIPPED_COVERAGE, SHIPPED_RULES } from '../../engine/rules/shipped.ts';
import { computeTimeline } from '../../engine/timeline/compute.ts';
import type { Timeline } from '../../engine/timeline/types.ts';

export { answersToJson, renderIcs, renderMarkdown };

export interface PlanOutput {
  doc: DocumentModel;
  /** The preview: the renderer's fragment with its headings moved under the page's own. */
  html: string;
  timeline: Timeline | null;
}

/** The renderer's h1–h4 as h3–h6. Tags only: the renderer has escaped every `<` in the text. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-4])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 2}`);
}

/** The timeline when there is an incident, computed once: the plan and the timeline view both show it. */
export function timelineOutput(answers: Answers, today: string): Timeline | null {
  return answers.incident ? computeTimeline(answers, SHIPPED_RULES, today, { coverage: SHIPPED_COVERAGE }) : null;
}

/** The plan for these answers on `today` (with the timeline already computed for them), and its preview HTML. */
export function planOutput(answers: Answers, today: string, timeline: Timeline | null = timelineOutput(answers, today)): PlanOutput {
  const doc = buildPlan(answers, { today, rules: SHIPPED_RULES, coverage: SHIPPED_COVERAGE, timeline });
  return { doc, html: demoteHeadings(renderHtml(doc)), timeline };
}

/** The plan as a page of its own, to keep or open without Breachline. */
export function standaloneHtml(doc: DocumentModel): string {
  return renderHtml(doc, { standalone: true });
}
