/** A complete review, every field answered: the worked example the review tests share. */
import type { Review } from '../../../src/engine/review/schema.ts';

export const FULL_REVIEW: Review = {
  schemaVersion: 1,
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
      action: 'Check the call tree every quarter; keep a test call log.',
      owner: 'Sam Lee',
      dueOn: '2025-06-30',
      status: 'in-progress',
      planSections: ['contacts', 'maintenance'],
    },
    { action: 'Reprint the lab downtime forms.', owner: 'Lab manager', dueOn: '2025-04-15', status: 'done', planSections: ['continuity'] },
    { action: 'Raise firewall log retention.', owner: 'IT', dueOn: '2025-04-01', status: 'open', planSections: [] },
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
    improvements: [{ action: h, owner: h, dueOn: '2025-06-30', status: 'open', planSections: ['roles'] }],
  };
}
