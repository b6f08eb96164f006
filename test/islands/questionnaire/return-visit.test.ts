/** The return visit to /plan/, rendered in Node: the incident and the plan offered in place of step 1, and the ways into the answers. */
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { ReturnVisit } from '../../../src/islands/questionnaire/ReturnVisit.tsx';

const view = (incident: boolean) => parse(render(h(ReturnVisit, { incident, headingRef: { current: null }, onGo: () => {} })));
const links = (root: ReturnType<typeof parse>) => root.querySelectorAll('a').map((a) => [a.textContent.trim(), a.getAttribute('href')]);

describe('ReturnVisit', () => {
  it('offers "Continue the incident" and "See your plan" first, then the check page and the first question, when there is an incident', () => {
    const root = view(true);
    expect(root.querySelector('h2#step-heading')?.textContent).toBe('Continue where you left off');
    expect(links(root)).toEqual([
      ['Continue the incident', '/incident/'],
      ['See your plan', '#step-plan'],
      ['check and change your answers', '#step-check'],
      ['go through the questions from the first', '#step-organization'],
    ]);
    expect(root.querySelector('a.button:not(.button-secondary)')?.textContent.trim()).toBe('Continue the incident');
  });

  it('offers the plan as the first choice when there is no incident', () => {
    const root = view(false);
    expect(links(root).map(([text]) => text)).toEqual(['See your plan', 'check and change your answers', 'go through the questions from the first']);
    expect(root.querySelector('a.button:not(.button-secondary)')?.textContent.trim()).toBe('See your plan');
  });
});
