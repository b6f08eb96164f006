/**
 * buildPlan: the answers in, the organization's Incident Response Plan out, as a DocumentModel that any exporter
 * renders. Pure: the same answers and options always give the same plan. It takes the rules, what they do not
 * cover and the timeline as inputs, as computeTimeline does, so a caller that shows the timeline computes it once.
 * Sections that do not apply are left out and listed in `omitted` with the reason.
 */
import type { Answers } from '../answers/schema.ts';
import { isolateUserText } from '../answers/user-text.ts';
import type { DocumentModel, Section } from '../document/model.ts';
import type { Provision } from '../rules/provision-schema.ts';
import { SHIPPED_PROVISIONS } from '../rules/provisions.ts';
import type { Rule } from '../rules/schema.ts';
import type { CoverageEntry } from '../timeline/compute.ts';
import type { Timeline } from '../timeline/types.ts';
import { ROLE_LABELS } from '../vocabulary.ts';
import { addYears, assertToday, longDate, type PlanContext, type PlanPart } from './context.ts';
import { commandSection } from './command-section.ts';
import { externalContactsSection } from './external-contacts.ts';
import { approvalSection, recoverySection } from './governance-sections.ts';
import { notificationSection } from './notification.ts';
import { individualNoticeSection, mediaStatementSection, regulatorNoteSection, substituteNoticeSection } from './notices.ts';
import { continuitySection, evidenceSection, phasesSection } from './response-sections.ts';
import { maintenanceSection, postIncidentSection } from './review-sections.ts';
import { playbooksSection } from './playbooks-section.ts';
import { organizationProfile } from './profile.ts';
import { riskAssessmentSection } from './risk-assessment.ts';
import { purposeSection, rolesSection, rosterSection, severitySection } from './team-sections.ts';

export interface PlanOptions {
  /** The day the plan is made, YYYY-MM-DD: dates the cover, the next review and the timeline's days left. */
  today: string;
  /** The rules to draw on (the shipped catalog, for the site and the command line). */
  rules: readonly Rule[];
  /** What the rules do not cover: the entries of `content/rules/coverage.json`. */
  coverage: readonly CoverageEntry[];
  /** computeTimeline's result for these answers, the same rules and `today`; null when they record no incident. */
  timeline: Timeline | null;
  /** Provisions of law beyond notices (retention, the breach test); the shipped ones when not given. */
  provisions?: readonly Provision[];
}

/** The plan's parts in order; each returns a section or the reason it is left out. */
export const PLAN_PARTS: readonly ((ctx: PlanContext) => PlanPart)[] = [
  purposeSection,
  approvalSection,
  rolesSection,
  commandSection,
  rosterSection,
  externalContactsSection,
  severitySection,
  phasesSection,
  playbooksSection,
  evidenceSection,
  continuitySection,
  recoverySection,
  riskAssessmentSection,
  notificationSection,
  individualNoticeSection,
  substituteNoticeSection,
  mediaStatementSection,
  regulatorNoteSection,
  postIncidentSection,
  maintenanceSection,
];

/** Builds the tailored Incident Response Plan for these answers. */
export function buildPlan(answers: Answers, opts: PlanOptions): DocumentModel {
  const today = assertToday(opts.today);
  if (answers.incident && !opts.timeline) throw new Error('These answers record an incident: buildPlan needs its timeline.');
  const timeline = answers.incident ? opts.timeline : null;
  const ruleById = new Map(opts.rules.map((rule) => [rule.id, rule]));
  // Everything the user typed reaches the document isolated, so no direction control in it can reorder the text around it.
  const isolated = isolateUserText(answers);
  const ctx: PlanContext = {
    answers: isolated,
    today,
    timeline,
    rules: opts.rules,
    ruleById,
    coverage: opts.coverage,
    provisions: opts.provisions ?? SHIPPED_PROVISIONS,
    profile: organizationProfile(isolated),
  };
  const sections: Section[] = [];
  const omitted: DocumentModel['omitted'] = [];
  for (const part of PLAN_PARTS) {
    const result = part(ctx);
    if ('omitted' in result) omitted.push(result.omitted);
    else sections.push(result);
  }
  const { organization } = ctx.answers;
  const cover = [
    organization.name,
    ROLE_LABELS[organization.role],
    ...(ctx.answers.governance?.planVersion ? [`Version ${ctx.answers.governance.planVersion}`] : []),
    `Prepared on ${longDate(today)}`,
    `Next review by ${longDate(addYears(today, 1))}`,
  ];
  if (answers.incident) cover.push(`Includes the notification timeline for the incident discovered on ${longDate(answers.incident.discoveredOn)}`);
  cover.push('Made with Breachline. Not legal advice: confirm notification decisions with counsel.');
  return {
    title: `Incident Response Plan: ${organization.name}`,
    subtitle: 'Health information security incidents and data breaches',
    cover,
    sections,
    omitted,
  };
}
