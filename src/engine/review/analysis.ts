/**
 * HSEEP's "analysis of capabilities" for the after-action report: objective by objective, its rating and evidence,
 * the strengths and the areas for improvement (each with its root cause); then those that name no objective,
 * under the capability they concern.
 */
import type { Block, Inline } from '../document/model.ts';
import { OBJECTIVE_RATING_LABELS, OBJECTIVE_RATINGS } from './vocabulary.ts';
import type { AreaForImprovement, Objective, Review, Strength } from './schema.ts';

const NONE = 'None recorded.';

const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

/** "Capability: Cybersecurity. " before an item that names no objective, so the reader knows where it belongs. */
function capabilityPrefix(item: { capability?: string | undefined }): Inline[] {
  return item.capability ? [{ text: `${item.capability}: `, strong: true }] : [];
}

function strengthItems(rows: readonly Strength[], withCapability: boolean): Inline[][] {
  return rows.map((row) => [...(withCapability ? capabilityPrefix(row) : []), row.text]);
}

function areaItems(rows: readonly AreaForImprovement[], withCapability: boolean): Inline[][] {
  return rows.map((row) => [...(withCapability ? capabilityPrefix(row) : []), row.text, ` Root cause: ${row.rootCause ?? 'not recorded.'}`]);
}

function observationBlocks(level: 3 | 4, strengths: readonly Strength[], areas: readonly AreaForImprovement[], withCapability: boolean): Block[] {
  return [
    { kind: 'heading', level, text: 'Strengths' },
    strengths.length === 0 ? paragraph(NONE) : { kind: 'list', ordered: false, items: strengthItems(strengths, withCapability) },
    { kind: 'heading', level, text: 'Areas for improvement' },
    areas.length === 0 ? paragraph(NONE) : { kind: 'list', ordered: false, items: areaItems(areas, withCapability) },
  ];
}

/** The rating in words, such as "Performed with some challenges (S)", or "Not rated". */
export function ratingText(objective: Objective): string {
  return objective.rating ? OBJECTIVE_RATING_LABELS[objective.rating] : 'Not rated';
}

function objectiveBlocks(review: Review, objective: Objective, number: number): Block[] {
  const concerns = <T extends { objective?: number | undefined }>(rows: readonly T[]) => rows.filter((row) => row.objective === number);
  return [
    { kind: 'heading', level: 3, text: `Objective ${number}: ${objective.text}` },
    ...(objective.capability ? [paragraph({ text: 'Capability: ', strong: true }, objective.capability)] : []),
    paragraph({ text: 'Rating: ', strong: true }, ratingText(objective)),
    ...(objective.evidence ? [paragraph({ text: 'Evidence: ', strong: true }, objective.evidence)] : []),
    ...observationBlocks(4, concerns(review.strengths), concerns(review.areasForImprovement), false),
  ];
}

/** The blocks of the "Analysis of capabilities" section. */
export function capabilityAnalysisBlocks(review: Review): Block[] {
  const objectives = review.objectives ?? [];
  const general = <T extends { objective?: number | undefined }>(rows: readonly T[]) => rows.filter((row) => row.objective === undefined);
  const strengths = general(review.strengths);
  const areas = general(review.areasForImprovement);
  if (objectives.length === 0) {
    if (strengths.length === 0 && areas.length === 0) return [paragraph('No objectives, strengths or areas for improvement were recorded.')];
    return observationBlocks(3, strengths, areas, true);
  }
  const blocks = objectives.flatMap((objective, index) => objectiveBlocks(review, objective, index + 1));
  if (strengths.length === 0 && areas.length === 0) return blocks;
  return [
    ...blocks,
    { kind: 'heading', level: 3, text: 'Other observations' },
    paragraph('Strengths and areas for improvement that concern no single objective.'),
    ...observationBlocks(4, strengths, areas, true),
  ];
}

/** "Objectives rated: 1 performed without challenges (P), 2 ..." for the summary, or '' when none is rated. */
export function ratingsSummary(review: Review): string {
  const objectives = review.objectives ?? [];
  if (objectives.length === 0) return '';
  const rated = objectives.filter((objective) => objective.rating !== undefined);
  const counts = OBJECTIVE_RATINGS
    .map((rating) => ({ rating, n: rated.filter((objective) => objective.rating === rating).length }))
    .filter((entry) => entry.n > 0)
    .map((entry) => `${entry.n} ${OBJECTIVE_RATING_LABELS[entry.rating].replace(/^./, (c) => c.toLowerCase())}`);
  const total = objectives.length === 1 ? '1 objective' : `${objectives.length} objectives`;
  return rated.length === 0 ? `${total}, none rated yet.` : `${total}: ${counts.join(', ')}${rated.length < objectives.length ? `, ${objectives.length - rated.length} not rated` : ''}.`;
}
