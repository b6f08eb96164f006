/** A complete review, every field answered: the worked example the review tests share (test/fixtures/review/v1/review.json is its version 1). */
import type { Review } from '../../../src/engine/review/schema.ts';

export const FULL_REVIEW: Review = {
  schemaVersion: 2,
  kind: 'exercise',
  title: 'Ransomware tabletop, March',
  organization: 'Riverside Family Clinic',
  startedOn: '2025-03-14',
  endedOn: '2025-03-14',
  reviewedOn: '2025-03-21',
  facilitator: 'Dana Okafor',
  participants: [
    { name: 'Sam Lee', role: 'Incident commander', unit: 'IT' },
    { name: 'Priya Shah', role: 'Privacy officer', unit: 'Compliance' },
    { name: 'Jordan Park' },
  ],
  timeline: [
    { when: '2025-03-14 09:00', what: 'Inject 1: the EHR is slow and a ransom note appears on a front-desk screen.' },
    { when: '2025-03-14T09:20', what: 'The incident commander declares an incident.' },
    { when: '2025-03-15', what: 'Downtime forms run out in the lab.' },
  ],
  objectives: [
    { text: 'Escalate a suspected ransomware attack to the incident commander within 15 minutes.', capability: 'Operational coordination', rating: 'M', evidence: 'Escalation took 25 minutes; two call-tree numbers were wrong.' },
    { text: 'Keep the lab running on downtime procedures for a day.', capability: 'Health care and medical services', rating: 'S' },
    { text: 'Decide within the day whether notices are required.' },
  ],
  strengths: [
    { text: 'The front desk recognized the ransom note and called at once.', objective: 1 },
    { text: 'Downtime forms were where the lab expected them.', objective: 2, capability: 'Health care and medical services' },
    { text: 'Everyone knew where the plan was kept.', capability: 'Planning' },
  ],
  areasForImprovement: [
    { text: 'The help desk did not know whom to call.', objective: 1, capability: 'Operational coordination', rootCause: 'The call tree had not been checked since 2023.' },
    { text: 'Forms ran out after six hours.', objective: 2 },
    { text: 'Nobody owned the log retention settings.', capability: 'Cybersecurity', rootCause: 'No one was named for it when the firewall was replaced.' },
  ],
  detection: 'A front-desk clerk saw the ransom note and called the help desk.\n\nThe help desk took 25 minutes to escalate.',
  procedures: [
    { phase: 'detection', result: 'partly', notes: 'The help desk did not know whom to call.' },
    { phase: 'escalation', result: 'did-not-work', notes: 'Two numbers in the call tree were wrong.' },
    { phase: 'recovery', result: 'worked' },
    { phase: 'notification', result: 'not-tested' },
  ],
  obstacles: 'Out-of-date contacts for the forensic firm.',
  patientCare: 'Lab turnaround went from 1 hour to 4 hours during the simulated downtime.',
  lessons: ['Check the call tree every quarter.', 'Keep more downtime forms in the lab.'],
  improvements: [
    {
      capability: 'Operational coordination',
      action: 'Check the call tree every quarter; keep a test call log.',
      organization: 'IT',
      contact: 'Sam Lee',
      startOn: '2025-04-01',
      completeBy: '2025-06-30',
      status: 'in-progress',
      planSections: ['contacts', 'maintenance'],
    },
    {
      capability: 'Health care and medical services',
      action: 'Reprint the lab downtime forms.',
      organization: 'Laboratory',
      contact: 'Lab manager',
      completeBy: '2025-04-15',
      status: 'validated',
      validatedInExercise: 'Downtime drill, April',
      validatedOn: '2025-04-22',
      planSections: ['continuity'],
    },
    { action: 'Raise firewall log retention.', contact: 'IT', completeBy: '2025-04-01', status: 'open', planSections: [] },
  ],
};

/** The same review with a script tag, markup and link syntax in every text field a report prints. */
export const HOSTILE = '<img src=x onerror=alert(1)>';
export function hostileReview(): Review {
  const h = HOSTILE;
  return {
    ...FULL_REVIEW,
    title: `${h} [click](javascript:alert(1)) <script>alert(2)</script>`,
    organization: h,
    facilitator: h,
    participants: [{ name: h, role: `**${h}**`, unit: '<a href="javascript:alert(1)">x</a>' }],
    timeline: [{ when: '2025-03-14', what: `# ${h}\n| a | b |` }],
    detection: h,
    procedures: [{ phase: 'detection', result: 'worked', notes: h }],
    obstacles: h,
    patientCare: `<svg onload=alert(1)>`,
    lessons: [h, '- [x] ![img](http://evil.example/x.png)'],
    objectives: [{ text: h, capability: `**${h}**`, rating: 'U', evidence: h }],
    strengths: [{ text: h, objective: 1, capability: h }],
    areasForImprovement: [{ text: `# ${h}`, capability: h, rootCause: h }],
    improvements: [
      { capability: h, action: h, organization: h, contact: h, completeBy: '2025-06-30', status: 'validated', validatedInExercise: h, validatedOn: '2025-07-01', planSections: ['roles'] },
    ],
  };
}
