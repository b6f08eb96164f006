/**
 * From a live session to the review form: the participants, the injects and decisions in time order, and the
 * exercise's objectives to rate with the notes kept on each, in the review form's own draft. Loaded only when a
 * session ends (it brings the review form's draft module with it).
 */
import '../../security/zod-jitless.ts';
import { emptyDraft, newParticipant, newTimelineEntry, objectivesForRating, type ReviewDraft } from '../review/draft.ts';

export { parseSavedDraft } from '../review/draft-checks.ts';
export { localDate, localWhen };
import { REVIEW_LIMITS } from '../../engine/review/schema.ts';
import { localDate, localWhen } from './clock.ts';
import { allInjects, loggedDecisions, type LiveInject, type Session } from './session.ts';

/** "Name, role" per line; a line without a comma is a name. */
export function parseParticipants(text: string): { name: string; role: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const comma = line.indexOf(',');
      return comma < 0 ? { name: line, role: '' } : { name: line.slice(0, comma).trim(), role: line.slice(comma + 1).trim() };
    })
    .filter((person) => person.name !== '');
}

export interface ExerciseFacts {
  title: string;
  organization: string;
  /** The exercise's objectives, each with its capability in words. */
  objectives: readonly { text: string; capability: string }[];
}

/** A sentence that ends with its own stop, so the next one can follow. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The review draft a finished session hands to the review form. */
export function reviewDraftFrom(session: Session, scenario: readonly LiveInject[], facts: ExerciseFacts): ReviewDraft {
  const draft = emptyDraft(facts.organization);
  const started = session.startedAt ?? session.endedAt ?? 0;
  draft.kind = 'exercise';
  draft.title = clip(`${facts.title} (live tabletop exercise)`, REVIEW_LIMITS.short);
  draft.startedOn = localDate(started);
  if (session.endedAt !== null && localDate(session.endedAt) !== draft.startedOn) draft.endedOn = localDate(session.endedAt);
  draft.facilitator = session.facilitator.trim().slice(0, REVIEW_LIMITS.short);
  draft.participants = parseParticipants(session.participants)
    .slice(0, REVIEW_LIMITS.participants)
    .map((person) => ({ ...newParticipant(), name: clip(person.name, REVIEW_LIMITS.short), role: clip(person.role, REVIEW_LIMITS.short) }));

  const injects = new Map(allInjects(session, scenario).map((inject) => [inject.id, inject]));
  const numberOf = new Map(scenario.map((inject, index) => [inject.id, index + 1]));
  const label = (id: string | null) => {
    const inject = id ? injects.get(id) : undefined;
    if (!inject) return '';
    const number = numberOf.get(inject.id);
    return number ? `inject ${number}, ${inject.title}` : `added inject, ${inject.title}`;
  };
  const events = [
    ...session.released.map((release) => ({ at: release.at, what: `Released ${label(release.injectId)}.` })),
    ...loggedDecisions(session).map((decision) => ({
      at: decision.at,
      what: [
        `Decision${decision.injectId ? ` (after ${label(decision.injectId)})` : ''}: ${sentence(decision.what)}`,
        decision.owner ? `Owner: ${decision.owner}.` : '',
        decision.questions ? `Open questions: ${decision.questions}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    })),
  ].sort((a, b) => a.at - b.at);
  draft.timeline = events
    .slice(0, REVIEW_LIMITS.timeline)
    .map((event) => ({ ...newTimelineEntry(), when: localWhen(event.at), what: clip(event.what, REVIEW_LIMITS.entry) }));

  // The objectives to rate, each with the facilitator's notes as the evidence to rate it on.
  draft.objectives = objectivesForRating(facts.objectives).map((row, index) => ({
    ...row,
    evidence: (session.objectiveNotes[String(index + 1)] ?? '').trim().slice(0, REVIEW_LIMITS.entry),
  }));
  return draft;
}

/** Whether a saved review draft holds anything a person wrote, so replacing it needs their say-so. */
export function hasContent(draft: ReviewDraft): boolean {
  const texts = [draft.title, draft.startedOn, draft.facilitator, draft.detection, draft.obstacles, draft.patientCare];
  return (
    texts.some((text) => text.trim() !== '') ||
    draft.participants.length > 0 ||
    draft.timeline.length > 0 ||
    draft.lessons.length > 0 ||
    draft.improvements.length > 0 ||
    draft.objectives.length > 0 ||
    draft.strengths.length > 0 ||
    draft.areasForImprovement.length > 0
  );
}
