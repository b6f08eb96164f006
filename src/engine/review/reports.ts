/**
 * Two documents from one review: the after-action report (the full record of the review, for the people who took
 * part and for leadership) and the internal and compliance report (summary, steps taken, lessons learned and the
 * status of the improvement plan, as /guide/report-and-communicate/ describes). Both are DocumentModels: plain text,
 * rendered to HTML, Markdown or Word by `src/engine/export/`.
 */
import { isIsoDate, longDate } from '../dates/calendar.ts';
import type { Block, DocumentModel, Inline, Section } from '../document/model.ts';
import { capabilityAnalysisBlocks, ratingsSummary } from './analysis.ts';
import { userText } from '../document/user-text.ts';
import {
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUSES,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
  PROCEDURE_RESULT_LABELS,
  PROCEDURE_RESULTS,
  REVIEW_PHASE_LABELS,
  REVIEW_PHASES,
} from './vocabulary.ts';
import type { Improvement, Review } from './schema.ts';
import { isolateReviewText } from './user-text.ts';

export const NOT_RECORDED = 'Not recorded.';

/** A date in words. Text that is not a date yet (in the preview of an unfinished review) stays as typed, isolated. */
function dateWords(date: string): string {
  return isIsoDate(date) ? longDate(date) : userText(date);
}

export interface ReportOptions {
  /** Today's date (YYYY-MM-DD): open actions due before it are marked overdue. */
  asOf?: string;
}

const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

/** Paragraphs from text typed in a box: one per blank-line-separated block, each isolated as the user's text. */
function prose(text: string | undefined): Block[] {
  const parts = (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? [paragraph(NOT_RECORDED)] : parts.map((part) => paragraph(userText(part)));
}

function kindWord(review: Review): string {
  return review.kind === 'exercise' ? 'exercise' : 'incident';
}

function dates(review: Review): string {
  return review.endedOn && review.endedOn !== review.startedOn ? `${dateWords(review.startedOn)} to ${dateWords(review.endedOn)}` : dateWords(review.startedOn);
}

/** A timeline entry's "2025-03-14 09:30" as "March 14, 2025, 09:30"; other text as typed, isolated. */
function whenWords(when: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(when.trim());
  return match ? `${longDate(match[1]!)}${match[2] ? `, ${match[2]}` : ''}` : userText(when);
}

function coverLines(review: Review): string[] {
  return [
    review.organization ? `Organization: ${review.organization}` : '',
    `${review.kind === 'exercise' ? 'Exercise held' : 'Incident'}: ${dates(review)}`,
    review.reviewedOn ? `Review meeting: ${dateWords(review.reviewedOn)}` : '',
    `Facilitator: ${review.facilitator}`,
  ].filter((line) => line !== '');
}

function isOverdue(item: Improvement, asOf: string | undefined): boolean {
  return asOf !== undefined && (item.status === 'open' || item.status === 'in-progress') && item.completeBy < asOf;
}

function statusText(item: Improvement, asOf: string | undefined): string {
  const label = IMPROVEMENT_STATUS_LABELS[item.status];
  if (item.status === 'validated' && item.validatedInExercise && item.validatedOn) return `${label}: ${item.validatedInExercise}, ${dateWords(item.validatedOn)}`;
  return isOverdue(item, asOf) ? `${label} (overdue)` : label;
}

function sectionNames(item: Improvement): string {
  return item.planSections.length === 0 ? 'None named' : item.planSections.map((id) => PLAN_SECTION_LABELS[id]).join('; ');
}

function improvementTable(review: Review, asOf: string | undefined): Block {
  return {
    kind: 'table',
    caption: 'Improvement plan',
    header: ['Capability', 'Corrective action', 'Responsible organization', 'Point of contact', 'Start date', 'Completion date', 'Status', 'Plan sections to change'],
    rows: review.improvements.map((item) => [
      [item.capability ?? ''],
      [item.action],
      [item.organization ?? ''],
      [item.contact],
      [item.startOn ? dateWords(item.startOn) : ''],
      [dateWords(item.completeBy)],
      [statusText(item, asOf)],
      [sectionNames(item)],
    ]),
  };
}

function statusCounts(review: Review, asOf: string | undefined): string {
  if (review.improvements.length === 0) return 'No improvement actions were recorded.';
  const counts = IMPROVEMENT_STATUSES.map((status) => {
    const n = review.improvements.filter((item) => item.status === status).length;
    return `${n} ${IMPROVEMENT_STATUS_LABELS[status].toLowerCase()}`;
  });
  const overdue = review.improvements.filter((item) => isOverdue(item, asOf)).length;
  const total = review.improvements.length;
  return `${total} improvement ${total === 1 ? 'action' : 'actions'}: ${counts.join(', ')}${asOf ? `; ${overdue} overdue on ${longDate(asOf)}` : ''}.`;
}

function proceduresBlocks(review: Review): Block[] {
  const rows = REVIEW_PHASES.map((phase) => {
    const check = review.procedures.find((entry) => entry.phase === phase);
    return [[REVIEW_PHASE_LABELS[phase]], [check ? PROCEDURE_RESULT_LABELS[check.result] : 'Not recorded'], [check?.notes ?? '']] as Inline[][];
  });
  return [{ kind: 'table', caption: 'Whether the procedures worked, by part of the response', header: ['Part of the response', 'Result', 'Notes'], rows }];
}

function proceduresSummary(review: Review): string {
  if (review.procedures.length === 0) return 'No procedure results were recorded.';
  return PROCEDURE_RESULTS.map((result) => {
    const n = review.procedures.filter((entry) => entry.result === result).length;
    return n === 0 ? '' : `${PROCEDURE_RESULT_LABELS[result].toLowerCase()}: ${n}`;
  })
    .filter((part) => part !== '')
    .join(', ')
    .replace(/^./, (first) => first.toUpperCase())
    .concat(` (of ${REVIEW_PHASES.length} parts of the response).`);
}

function lessonsBlocks(review: Review): Block[] {
  return review.lessons.length === 0 ? [paragraph(NOT_RECORDED)] : [{ kind: 'list', ordered: true, items: review.lessons.map((lesson) => [lesson]) }];
}

function timelineBlocks(review: Review): Block[] {
  if (review.timeline.length === 0) return [paragraph(NOT_RECORDED)];
  return [{ kind: 'table', caption: 'Timeline', header: ['When', 'What happened'], rows: review.timeline.map((entry) => [[whenWords(entry.when)], [entry.what]]) }];
}

function summaryText(review: Review): string {
  const subject = review.kind === 'exercise' ? `The exercise "${review.title}" was held` : `The incident "${review.title}" began`;
  const when = review.endedOn && review.endedOn !== review.startedOn ? `from ${dateWords(review.startedOn)} to ${dateWords(review.endedOn)}` : `on ${dateWords(review.startedOn)}`;
  const who = review.participants.length === 1 ? '1 person' : `${review.participants.length} people`;
  const meeting = review.reviewedOn ? ` The review meeting was held on ${dateWords(review.reviewedOn)}, led by ${review.facilitator}, with ${who} taking part.` : ` The review was led by ${review.facilitator}, with ${who} taking part.`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const recorded = [
    count(review.strengths.length, 'strength', 'strengths'),
    count(review.areasForImprovement.length, 'area for improvement', 'areas for improvement'),
    `${count(review.lessons.length, 'lesson', 'lessons')} learned`,
    count(review.improvements.length, 'improvement action', 'improvement actions'),
  ];
  return `${subject} ${when}.${meeting} It recorded ${recorded.slice(0, -1).join(', ')} and ${recorded.at(-1)}.`;
}

function objectivesBlocks(review: Review): Block[] {
  const objectives = review.objectives ?? [];
  if (objectives.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: 'Objectives' },
    {
      kind: 'list',
      ordered: true,
      items: objectives.map((objective) => [objective.text, ...(objective.capability ? [` (capability: ${objective.capability})`] : [])]),
    },
  ];
}

/**
 * The after-action report, in HSEEP's order: the overview (summary, objectives, who took part, what happened), the
 * analysis of capabilities objective by objective, the review's other findings in the order the guidance asks the
 * questions, and the improvement plan.
 */
export function buildAfterActionReport(typed: Review, options: ReportOptions = {}): DocumentModel {
  const review = isolateReviewText(typed);
  const ratings = ratingsSummary(review);
  const sections: Section[] = [
    {
      id: 'aar-summary',
      title: 'Overview',
      blocks: [
        paragraph(summaryText(review)),
        ...(ratings ? [paragraph(ratings)] : []),
        paragraph(proceduresSummary(review)),
        ...objectivesBlocks(review),
        { kind: 'note', tone: 'info', content: ['This review is blameless: it looks at the conditions that made mistakes likely, not at who made them.'] },
      ],
    },
    {
      id: 'aar-participants',
      title: 'Who took part',
      blocks:
        review.participants.length === 0
          ? [paragraph(NOT_RECORDED)]
          : [
              {
                kind: 'table',
                caption: 'Participants',
                header: ['Name', 'Role', 'Department or team'],
                rows: review.participants.map((person) => [[person.name], [person.role ?? ''], [person.unit ?? '']]),
              },
            ],
    },
    { id: 'aar-timeline', title: 'What happened and when', blocks: timelineBlocks(review) },
    { id: 'aar-analysis', title: 'Analysis of capabilities', blocks: capabilityAnalysisBlocks(review) },
    { id: 'aar-detection', title: 'How it was detected', blocks: prose(review.detection) },
    { id: 'aar-procedures', title: 'Did the procedures work?', blocks: proceduresBlocks(review) },
    { id: 'aar-obstacles', title: 'What got in the way', blocks: prose(review.obstacles) },
    { id: 'aar-patient-care', title: 'Effect on patient care and operations', blocks: prose(review.patientCare) },
    { id: 'aar-lessons', title: 'Lessons learned', blocks: lessonsBlocks(review) },
    {
      id: 'aar-improvements',
      title: 'Improvement plan',
      pageBreakBefore: true,
      blocks:
        review.improvements.length === 0
          ? [paragraph('No improvement actions were recorded.')]
          : [paragraph(statusCounts(review, options.asOf)), improvementTable(review, options.asOf)],
    },
  ];
  return {
    title: `After-action report: ${review.title}`,
    subtitle: review.kind === 'exercise' ? 'Review of an exercise' : 'Review of a real incident',
    cover: coverLines(review),
    sections,
    omitted: [],
  };
}

/** The internal and compliance report: summary, steps taken, lessons learned and the improvement plan's status. */
export function buildComplianceReport(typed: Review, options: ReportOptions = {}): DocumentModel {
  const review = isolateReviewText(typed);
  const byPlanSection = PLAN_SECTIONS.map((id) => ({
    id,
    items: review.improvements.filter((item) => item.planSections.includes(id)),
  })).filter((entry) => entry.items.length > 0);
  const steps: Block[] = [
    paragraph(
      review.kind === 'exercise'
        ? 'The exercise walked through these moments:'
        : 'The response took these steps, from the first sign of trouble to recovery:',
    ),
    ...timelineBlocks(review),
    { kind: 'heading', level: 3, text: 'How it was detected' },
    ...prose(review.detection),
    { kind: 'heading', level: 3, text: 'Whether the procedures worked' },
    paragraph(proceduresSummary(review)),
    ...proceduresBlocks(review),
  ];
  const sections: Section[] = [
    {
      id: 'compliance-summary',
      title: 'Summary',
      blocks: [
        paragraph(summaryText(review)),
        paragraph(statusCounts(review, options.asOf)),
        {
          kind: 'note',
          tone: 'warning',
          content: ['Ask counsel how to mark and share this report, and keep it with the rest of the incident records.'],
        },
      ],
    },
    { id: 'compliance-steps', title: 'Steps taken', blocks: steps },
    { id: 'compliance-patient-care', title: 'Effect on patient care and operations', blocks: prose(review.patientCare) },
    { id: 'compliance-lessons', title: 'Lessons learned', blocks: lessonsBlocks(review) },
    {
      id: 'compliance-improvements',
      title: 'Improvement plan status',
      blocks:
        review.improvements.length === 0
          ? [paragraph('No improvement actions were recorded.')]
          : [
              paragraph(statusCounts(review, options.asOf)),
              improvementTable(review, options.asOf),
              { kind: 'heading', level: 3, text: 'Plan sections to change' },
              byPlanSection.length === 0
                ? paragraph('No action names a section of the incident response plan.')
                : {
                    kind: 'list',
                    ordered: false,
                    items: byPlanSection.map((entry) => [
                      { text: PLAN_SECTION_LABELS[entry.id], strong: true },
                      `: ${entry.items.map((item) => item.action).join('; ')}`,
                    ]),
                  },
            ],
    },
  ];
  return {
    title: `${review.kind === 'exercise' ? 'Exercise' : 'Incident'} review report: ${review.title}`,
    subtitle: `Internal and compliance report on the ${kindWord(review)} review`,
    cover: coverLines(review),
    sections,
    omitted: [],
  };
}
