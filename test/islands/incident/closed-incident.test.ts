/** A closed incident's record rendered in Node: read-only notices and log, and the summary that opens it. */
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { validateAnswers } from '../../../src/engine/answers/validate.ts';
import { appendEntry } from '../../../src/engine/log/decision-log.ts';
import { ClosedIncident } from '../../../src/islands/incident/ClosedIncident.tsx';
import { LogEntries } from '../../../src/islands/incident/DecisionLog.tsx';
import { incidentOutput } from '../../../src/islands/incident/incident-output.ts';
import { Obligations } from '../../../src/islands/incident/Obligations.tsx';
import { draftFromAnswers } from '../../../src/islands/questionnaire/draft.ts';

const answers = validateAnswers(JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8')));
if (!answers.ok) throw new Error('clinic.json is invalid');
const draft = draftFromAnswers(answers.answers);
const output = incidentOutput(draft, '2024-03-01');
if (!output.ok) throw new Error(JSON.stringify(output.problems));
const log = appendEntry(appendEntry([], { at: '2024-02-10T09:00:00-06:00', who: 'Dana', what: 'Declared', why: '', kind: 'declared' }), {
  at: '2024-04-01T17:00:00-05:00',
  who: 'Dana',
  what: 'Closed the incident',
  why: '',
  kind: 'closed',
});

describe('Obligations', () => {
  it('gives each notice a form and a countdown while the incident is live', () => {
    const root = parse(render(h(Obligations, { timeline: output.timeline, today: '2024-03-01', onNotice: () => {} })));
    expect(root.querySelectorAll('form')).toHaveLength(output.timeline.obligations.length);
    expect(root.querySelectorAll('dt').map((dt) => dt.textContent)).toContain('Days left');
  });

  it('is read-only without onNotice: where each notice stood, no form, no countdown, ids and headings of its own', () => {
    const root = parse(render(h(Obligations, { timeline: output.timeline, today: '2024-03-01', idPrefix: 'closed-0-', level: 4 })));
    expect(root.querySelectorAll('form, select, input, button')).toHaveLength(0);
    expect(root.querySelectorAll('dt').map((dt) => dt.textContent)).not.toContain('Days left');
    expect(root.querySelectorAll('dt').map((dt) => dt.textContent)).toContain('Status');
    expect(root.querySelectorAll('li.obligation').every((item) => item.id.startsWith('closed-0-obligation-'))).toBe(true);
    expect(root.querySelectorAll('h4')).toHaveLength(output.timeline.obligations.length);
  });
});

describe('LogEntries', () => {
  it('lists the entries newest first with their hashes, with a Correct button only while the log is open', () => {
    const open = parse(render(h(LogEntries, { log, onCorrect: () => {} })));
    expect(open.querySelectorAll('button').map((button) => button.textContent)).toEqual(['Correct entry 2', 'Correct entry 1']);
    const closed = parse(render(h(LogEntries, { log })));
    expect(closed.querySelectorAll('button')).toHaveLength(0);
    expect(closed.querySelectorAll('.log-hash code').map((code) => code.textContent)).toEqual([log[1].hash, log[0].hash]);
  });
});

describe('ClosedIncident', () => {
  it('is a summary to open, naming the incident, its discovery, when it was closed and its entries', () => {
    const closed = { closedAt: '2024-04-01T17:00:00-05:00', draft: { ...draft, incident: { ...draft.incident!, codename: 'Bluebird' } }, log };
    const downloads = { log: async () => {}, record: async () => {}, incident: async () => {} };
    const root = parse(render(h(ClosedIncident, { closed, index: 0, today: '2024-05-01', downloads })));
    expect(root.querySelector('details > summary')?.textContent).toBe(
      'Bluebird, discovered on February 10, 2024, closed April 1, 2024, 17:00 (UTC-05:00): 2 log entries',
    );
  });
});
