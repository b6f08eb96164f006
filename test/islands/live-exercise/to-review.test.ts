import { describe, expect, it } from 'vitest';
import { newSession, sessionReducer, type LiveInject, type SessionAction } from '../../../src/islands/live-exercise/session.ts';
import { hasContent, parseParticipants, reviewDraftFrom } from '../../../src/islands/live-exercise/to-review.ts';
import { emptyDraft } from '../../../src/islands/review/draft.ts';
import { reviewFromDraft } from '../../../src/islands/review/draft-checks.ts';

const scenario: LiveInject[] = [
  { id: 'inject-1', module: 1, moduleTitle: 'Detection', at: 'Day 0, 07:40', title: 'Screens go dark', text: 'The front desk calls.' },
  { id: 'inject-2', module: 2, moduleTitle: 'Notification', at: 'Day 1, 09:00', title: 'A reporter calls', text: 'Channel 5.' },
];
const minute = 60_000;
// Local time: the review form writes local dates and times, so the test builds its instants from local parts.
const T0 = new Date(2026, 10, 27, 14, 0).getTime();

describe('reviewDraftFrom', () => {
  const actions: SessionAction[] = [
    { type: 'start', now: T0 },
    { type: 'people', facilitator: 'Dana Whitfield', participants: 'Alex Kim, Incident commander\nSam Lee\n\n  , nobody' },
    { type: 'release-next', now: T0 + 5 * minute },
    { type: 'decide', what: 'Take the EHR offline', owner: 'Security officer', questions: '', now: T0 + 12 * minute },
    { type: 'release-next', now: T0 + 30 * minute },
    { type: 'note', objective: 2, text: 'Notification clock was found quickly.' },
    { type: 'end', now: T0 + 45 * minute },
  ];
  const session = actions.reduce(sessionReducer(scenario), newSession('ransomware'));
  const draft = reviewDraftFrom(session, scenario, { title: 'Ransomware with EHR downtime', organization: 'Lakeside Clinic', objectives: [{ text: 'Detect and escalate.', capability: 'Operational coordination' }, { text: 'Notify on time.', capability: 'Public information and warning' }] });

  it('fills the review with the exercise, its people, the injects and decisions in time order, and the objectives with the notes', () => {
    expect(draft).toMatchObject({
      kind: 'exercise',
      title: 'Ransomware with EHR downtime (live tabletop exercise)',
      organization: 'Lakeside Clinic',
      startedOn: '2026-11-27',
      endedOn: '',
      facilitator: 'Dana Whitfield',
    });
    expect(draft.participants.map(({ name, role }) => [name, role])).toEqual([
      ['Alex Kim', 'Incident commander'],
      ['Sam Lee', ''],
    ]);
    expect(draft.timeline.map(({ when, what }) => [when, what])).toEqual([
      ['2026-11-27 14:05', 'Released inject 1, Screens go dark.'],
      ['2026-11-27 14:12', 'Decision (after inject 1, Screens go dark): Take the EHR offline. Owner: Security officer.'],
      ['2026-11-27 14:30', 'Released inject 2, A reporter calls.'],
    ]);
    // The objectives are listed for rating, unrated, each with the facilitator's notes as its evidence.
    expect(draft.objectives.map(({ text, capability, rating, evidence }) => [text, capability, rating, evidence])).toEqual([
      ['Detect and escalate.', 'Operational coordination', '', ''],
      ['Notify on time.', 'Public information and warning', '', 'Notification clock was found quickly.'],
    ]);
  });

  it('gives the review form a draft it accepts once the person confirms it', () => {
    const result = reviewFromDraft(draft);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('says an empty review draft holds nothing to protect, and a started one does', () => {
    expect(hasContent(emptyDraft('Lakeside Clinic'))).toBe(false);
    expect(hasContent({ ...emptyDraft(), title: 'March tabletop' })).toBe(true);
    expect(hasContent({ ...emptyDraft(), objectives: draft.objectives })).toBe(true);
  });

  it('reads participants one per line, name then role', () => {
    expect(parseParticipants('A, B, C\r\nD')).toEqual([
      { name: 'A', role: 'B, C' },
      { name: 'D', role: '' },
    ]);
  });
});
