/**
 * The exercise-management words every pack prints, after the HSEEP templates (exercise plan, controller and evaluator
 * handbook, exercise evaluation guide): who does what on the day, what is assumed, how trusted agents keep the
 * scenario, what to prepare, and how facilitators and evaluators debrief. Data, not logic.
 */

/** The four kinds of people in the room. */
export const EXERCISE_ROLE_DEFINITIONS = [
  {
    name: 'Players',
    text: 'The people who respond as they would for real, each speaking for their role. They see the participant handout and the inject cards, never the expected actions.',
  },
  {
    name: 'Facilitator',
    text: 'Runs the exercise: reads each module, hands out inject cards at their times, asks the questions, keeps time and keeps the discussion on the objectives. Holds the facilitator guide.',
  },
  {
    name: 'Evaluators',
    text: 'Watch and write, but do not play: each records on the observation form whether the expected actions happened, who did them and what got in the way. One evaluator per two or three modules is enough for a small team.',
  },
  {
    name: 'Observers',
    text: 'Watch without speaking unless the facilitator asks: executives, partners or people who will run the next exercise. They sign in and may fill in the evaluation form.',
  },
] as const;

/** What everyone accepts so the exercise can run. */
export const ASSUMPTIONS = [
  'The scenario is plausible, and events unfold as the injects describe; do not fight the scenario.',
  'Players respond with the plan, people, tools and contracts the organization has today.',
  'Every player knows their own role and speaks for it; nobody is being tested as a person.',
  'Decisions made in the exercise commit nobody; they are findings for the after-action report.',
] as const;

/** Where the exercise differs from a real incident. */
export const ARTIFICIALITIES = [
  'Time is compressed: days and weeks pass between modules in minutes.',
  'Phone calls, emails and reporters arrive as inject cards read by the facilitator.',
  'Outside parties (vendors, regulators, law enforcement, the insurer) are played by their contact or by the facilitator.',
  'No system is touched, no call is placed and no notice is sent.',
  'Legal deadlines are counted from a fixed day 0, not from today.',
] as const;

/** For the few people who know the scenario before the day. */
export const TRUSTED_AGENT_GUIDANCE = [
  'A trusted agent helps design or check the scenario and therefore knows what is coming: keep that group small, and name them on the exercise plan.',
  'Do not tell players about the scenario, its injects or the expected actions, and keep the control material (this plan, the facilitator guide, the role checklists, the observation form and the debrief) locked away until the day.',
  'On the day, a trusted agent serves as facilitator, evaluator or the voice of an outside party, not as a player. If one must play their real role, they say so at the start and let others answer first.',
  'Check the scenario against the real systems and contracts (backups, downtime forms, the insurer’s panel) so the exercise tests the truth, without warning the people it tests.',
  'Report anything the scenario touches that looks like a real, current weakness to the security officer after the exercise, not in the room.',
] as const;

/** What to arrange before the day; counts come from the scenario. */
export const LOGISTICS = [
  'Fix the date, the time and the room (or video call); book it for the whole length plus 30 minutes.',
  'Invite every player by role, the facilitator, the evaluators and any observers; confirm who plays the outside parties.',
  'Name a note-taker for the hot wash and a timekeeper.',
  'Print the participant version for each player and observer, and the control material for the facilitator and each evaluator.',
  'Print the inject cards once, in order, for the facilitator to hand out.',
  'Print one evaluation form per person and one sign-in sheet.',
  'Bring the current incident response plan, the contact list and any downtime forms the scenario touches.',
  'Set up a screen or flip chart for the parking lot and the timeline the team builds.',
  'Agree how real-world emergencies interrupt the exercise, and say it at the start.',
] as const;

/** What facilitators and evaluators go through together, after the hot wash and before the after-action report. */
export const DEBRIEF_PROMPTS = [
  'For each objective, compare the evaluators’ observation forms: which expected actions happened, late or not at all?',
  'Which strengths should the after-action report name, with the evidence for each?',
  'Which areas for improvement matter most, and which plan section does each change?',
  'What did the hot wash and the evaluation forms say that the observers did not see?',
  'Did the scenario work: which injects landed, which confused, what to change before it is run again?',
] as const;
