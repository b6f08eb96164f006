/**
 * The timeline and the plan for the questionnaire's answers, from the shipped rules: run in the engine worker
 * (engine-jobs.ts), as it brings the rules data and the plan builder.
 */
import '../../security/zod-jitless.ts';
import type { Answers } from '../../engine/answers/schema.ts';
import type { DocumentModel } from '../../engine/document/model.ts';
import { demoteHeadings, renderHtml, renderHtmlParts } from '../../engine/export/html.ts';
import { buildPlan } from '../../engine/plan/build-plan.ts';
import { SHIPPED_COVERAGE, SHIPPED_RULES } from '../../engine/rules/shipped.ts';
import { computeTimeline } from '../../engine/timeline/compute.ts';
import type { Timeline } from '../../engine/timeline/types.ts';

export interface PlanOutput {
  doc: DocumentModel;
  /** The preview: the renderer's fragment with its headings moved under the page's own. */
  html: string;
  timeline: Timeline | null;
}

/** The timeline when there is an incident, computed once: the plan and the timeline view both show it. */
export function timelineOutput(answers: Answers, today: string): Timeline | null {
  return answers.incident ? computeTimeline(answers, SHIPPED_RULES, today, { coverage: SHIPPED_COVERAGE }) : null;
}

/** The plan for these answers on `today`, with the timeline already computed for them. */
export function planDocument(answers: Answers, today: string, timeline: Timeline | null): DocumentModel {
  return buildPlan(answers, { today, rules: SHIPPED_RULES, coverage: SHIPPED_COVERAGE, timeline });
}

/** The preview of the plan, to put under the page's own headings. */
export function previewHtml(doc: DocumentModel): string {
  return demoteHeadings(renderHtml(doc));
}

/**
 * The preview in pieces for the page to show one task at a time: first the article with the cover and contents,
 * then each section to append inside it. Shown whole, the plan held the phone's main thread for a third of a second.
 */
export function previewParts(doc: DocumentModel): string[] {
  const { article, sections } = renderHtmlParts(doc);
  return [article, ...sections].map(demoteHeadings);
}

/** The timeline, the plan and its preview at once (the page makes them one task at a time). */
export function planOutput(answers: Answers, today: string): PlanOutput {
  const timeline = timelineOutput(answers, today);
  const doc = planDocument(answers, today, timeline);
  return { doc, html: previewHtml(doc), timeline };
}
