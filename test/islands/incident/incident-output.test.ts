import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkDocumentHtml } from '../../../src/security/trusted-types.ts';
import { validateAnswers } from '../../../src/engine/answers/validate.ts';
import { draftFromAnswers } from '../../../src/islands/questionnaire/draft.ts';
import { withClockDates } from '../../../src/islands/incident/changes.ts';
import { importOutput, incidentOutput } from '../../../src/islands/incident/incident-output.ts';
import { incidentToJson } from '../../../src/engine/incident/incident-file.ts';
import { appendEntry } from '../../../src/engine/log/decision-log.ts';

const FIXTURES = 'test/fixtures/answers';
const withIncident = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const result = validateAnswers(JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')));
    return result.ok && result.answers.incident ? [[file, result.answers] as const] : [];
  });

describe('incidentOutput', () => {
  it('has the hostile fixture among those it checks', () => expect(withIncident.map(([file]) => file)).toContain('hostile.json'));

  it.each(withIncident)('gives a packet per obligation whose HTML the Trusted Types door accepts, for %s', (_file, answers) => {
    const output = incidentOutput(draftFromAnswers(answers), '2026-11-27');
    if (!output.ok) throw new Error(JSON.stringify(output.problems));
    expect(output.packets.map((packet) => packet.obligationId)).toEqual(output.timeline.obligations.map((obligation) => obligation.id));
    for (const packet of output.packets) expect(checkDocumentHtml(packet.html)).toBe(packet.html);
  });

  it('computes deadlines from answers whose contacts are not named yet, as the incident view records them', () => {
    const [, answers] = withIncident[0];
    const draft = { ...draftFromAnswers(answers), team: [] };
    expect(incidentOutput(draft, '2026-11-27').ok).toBe(true);
  });

  it('says which answers are missing when the incident is not complete', () => {
    const [, answers] = withIncident[0];
    const draft = draftFromAnswers(answers);
    const output = incidentOutput({ ...draft, incident: { ...draft.incident!, dataKinds: [] } }, '2026-11-27');
    expect(output).toMatchObject({ ok: false, problems: [expect.objectContaining({ path: 'incident.dataKinds' })] });
  });

  it('names each missing answer by its question in plain words and the plan builder step that asks it, never by its path', () => {
    const [, answers] = withIncident[0];
    const draft = draftFromAnswers(answers);
    const { role: _role, ...organization } = draft.organization;
    const output = incidentOutput({ ...draft, organization, incident: { ...draft.incident!, dataKinds: [] } }, '2026-11-27');
    if (output.ok) throw new Error('incomplete answers gave deadlines');
    expect(output.problems).toEqual([
      expect.objectContaining({ path: 'organization.role', step: 'organization', question: 'Which best describes your organization under HIPAA and related law?' }),
      expect.objectContaining({ path: 'incident.dataKinds', step: 'affected', question: 'What kinds of information were involved?' }),
    ]);
  });
});

describe('incidentOutput after a clock moment is edited on the incident page', () => {
  it('recomputes an hour clock from the new moment of awareness: the GDPR authority limit is 72 hours after it', () => {
    const answers = validateAnswers(JSON.parse(readFileSync(`${FIXTURES}/insurer-eu.json`, 'utf8')));
    if (!answers.ok) throw new Error('insurer-eu.json is invalid');
    const limit = (draft: ReturnType<typeof draftFromAnswers>) => {
      const output = incidentOutput(draft, '2025-06-03');
      if (!output.ok) throw new Error(JSON.stringify(output.problems));
      return output.timeline.obligations.find((obligation) => obligation.ruleId === 'gdpr-supervisory-authority')?.limit;
    };
    const draft = draftFromAnswers(answers.answers);
    // Aware June 2, 2025 at 09:00 -04:00 (13:00 UTC): the limit is June 5 at 13:00 UTC. A day later moves it a day.
    expect(limit(draft)).toMatchObject({ kind: 'instant', utc: '2025-06-05T13:00:00Z' });
    expect(limit(withClockDates(draft, { awareAt: '2025-06-03T09:00:00-04:00' }, {}))).toMatchObject({ kind: 'instant', utc: '2025-06-06T13:00:00Z' });
  });
});

describe('importOutput', () => {
  const [, answers] = withIncident[0];
  const log = appendEntry([], { at: '2026-03-02T09:00:00Z', who: 'Dana', what: 'Declared', why: '', kind: 'declared' });

  it('reads back a whole incident: the answers and the log', () => {
    const read = importOutput(incidentToJson(answers, log, '2026-03-03T00:00:00Z'));
    expect(read).toEqual({ ok: true, draft: draftFromAnswers(answers), log });
  });

  it('says plainly what is wrong with a file that is not an incident, invalid answers or a broken log', () => {
    expect(importOutput('not json')).toEqual({ ok: false, problems: ['This file is not an incident file from Breachline: it is not valid JSON.'] });
    expect(importOutput(JSON.stringify(answers))).toMatchObject({ ok: false, problems: [expect.stringContaining('not an incident file')] });
    const broken = JSON.parse(incidentToJson({ ...answers, organization: { ...answers.organization, name: '' } }, [{ ...log[0], what: 'Changed' }], 'x'));
    const read = importOutput(JSON.stringify(broken));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.some((problem) => problem.startsWith('Answers (organization.name)'))).toBe(true);
    expect(read.problems.some((problem) => problem.startsWith('Decision log: Entry 1 was changed'))).toBe(true);
  });
});
