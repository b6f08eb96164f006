/** The plan's timeline view rendered in Node: its table, its lanes and what it says about laws it does not cover. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { parseAnswers, timelineFor, type Answers } from '../../../src/engine/index.ts';
import { TimelineView } from '../../../src/islands/questionnaire/TimelineView.tsx';

const TODAY = '2024-06-01';
const raw = JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8'));

function answers(value: unknown): Answers {
  const parsed = parseAnswers(value);
  if (!parsed.ok) throw new Error('the answers are invalid');
  return parsed.answers;
}
const view = (value: unknown) => parse(render(h(TimelineView, { timeline: timelineFor(answers(value), TODAY), today: TODAY })));
const texts = (root: ReturnType<typeof parse>, selector: string) => root.querySelectorAll(selector).map((el) => el.textContent);

describe('TimelineView', () => {
  it('shows the obligations as a table and a timeline, with days in words and citations linked', () => {
    const root = view(raw);
    expect(root.querySelectorAll('.timeline-table tbody tr').length).toBeGreaterThan(2);
    const remaining = texts(root, '.timeline-table tbody td:nth-child(5)');
    expect(remaining.every((text) => /days? left|Due today|Overdue by \d+ days?|Not dated yet|No date set|Sent/.test(text))).toBe(true);
    expect(remaining.some((text) => text.startsWith('Overdue by'))).toBe(true);
    const links = root.querySelectorAll('.timeline-table tbody td:last-child a').map((a) => a.getAttribute('href'));
    expect(links.every((href) => href?.startsWith('https://'))).toBe(true);
    expect(root.querySelectorAll('.timeline-lane').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('.lane-today').length).toBe(root.querySelectorAll('.timeline-lane').length);
    expect(root.querySelector('.not-covered')?.textContent).toContain('Not covered yet — check this law with counsel');
  });

  it('draws only the heading and the table when asked for the table (the page draws the rest a task later)', () => {
    const whole = view(raw);
    const first = parse(render(h(TimelineView, { timeline: timelineFor(answers(raw), TODAY), today: TODAY, drawn: 'table' })));
    expect(first.querySelector('.timeline-table')?.toString()).toBe(whole.querySelector('.timeline-table')?.toString());
    expect(first.querySelectorAll('.timeline-visual, .not-covered, .satisfied')).toHaveLength(0);
    expect(whole.querySelectorAll('.timeline-visual, .not-covered').length).toBe(2);
  });

  it('marks notices held back by a law-enforcement delay', () => {
    const delayed = { ...raw, incident: { ...raw.incident, lawEnforcementDelay: { kind: 'written', statedOn: '2024-02-12', endsOn: '2024-04-30' } } };
    const root = view(delayed);
    expect(texts(root, '.status-hold')[0]).toMatch(/^Held back by the law-enforcement delay until (30 April|April 30,) 2024/);
    expect(root.querySelector('.callout-warning')?.textContent).toContain('Law-enforcement delay');
  });
});
