/** The review with every line of free text isolated (see document/user-text.ts), for building reports from. */
import { userText } from '../document/user-text.ts';
import type { Review } from './schema.ts';

const isolated = <T extends string | undefined>(text: T): T => (text === undefined ? text : (userText(text) as T));

/**
 * A copy of the review in which each name, title, row and note the user typed is isolated. Dates, times and choices
 * are checked against their formats and cannot carry a bidirectional control. The three long answers (detection,
 * obstacles, patient care) stay as typed: the reports split them into paragraphs and isolate each one, as an
 * isolate cannot span paragraphs. `test/engine/review/user-text.test.ts` fails when a free-text field is added to
 * the schema without being isolated here or there.
 */
export function isolateReviewText(review: Review): Review {
  return {
    ...review,
    title: userText(review.title),
    organization: isolated(review.organization),
    facilitator: userText(review.facilitator),
    participants: review.participants.map((person) => ({ ...person, name: userText(person.name), role: isolated(person.role), unit: isolated(person.unit) })),
    timeline: review.timeline.map((entry) => ({ ...entry, what: userText(entry.what) })),
    procedures: review.procedures.map((entry) => ({ ...entry, notes: isolated(entry.notes) })),
    lessons: review.lessons.map((lesson) => userText(lesson)),
    ...(review.objectives
      ? {
          objectives: review.objectives.map((objective) => ({
            ...objective,
            text: userText(objective.text),
            capability: isolated(objective.capability),
            evidence: isolated(objective.evidence),
          })),
        }
      : {}),
    strengths: review.strengths.map((row) => ({ ...row, text: userText(row.text), capability: isolated(row.capability) })),
    areasForImprovement: review.areasForImprovement.map((row) => ({
      ...row,
      text: userText(row.text),
      capability: isolated(row.capability),
      rootCause: isolated(row.rootCause),
    })),
    improvements: review.improvements.map((item) => ({
      ...item,
      capability: isolated(item.capability),
      action: userText(item.action),
      organization: isolated(item.organization),
      contact: userText(item.contact),
      validatedInExercise: isolated(item.validatedInExercise),
    })),
  };
}
