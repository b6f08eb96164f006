import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFor as enginePlanFor, timelineFor as engineTimelineFor } from '../../../src/engine/index.ts';
import { checkDraft } from '../../../src/islands/questionnaire/check.ts';
import { draftFromAnswers, emptyDraft } from '../../../src/islands/questionnaire/draft.ts';
import { checkAnswers, planFor, timelineFor } from '../../../src/islands/questionnaire/engine-jobs.ts';

const clinic = JSON.parse(readFileSync(new URL('../../fixtures/answers/clinic.json', import.meta.url), 'utf8'));
const TODAY = '2024-03-01';

// Node has no Worker: these run the jobs' fallback on the page's thread, with the same results a worker gives.
describe('engine jobs without a worker', () => {
  it('checks a draft as checkDraft does', async () => {
    expect(await checkAnswers(draftFromAnswers(clinic))).toEqual(checkDraft(draftFromAnswers(clinic)));
    const empty = await checkAnswers(emptyDraft());
    expect(empty.ok).toBe(false);
  });

  it('gives the shipped catalog’s timeline and plan', async () => {
    const timeline = await timelineFor(clinic, TODAY);
    expect(timeline).toEqual(engineTimelineFor(clinic, TODAY));
    const built = await planFor(clinic, TODAY, timeline);
    expect(built.doc).toEqual(enginePlanFor(clinic, TODAY));
    expect(built.parts[0]).toContain('<h3>Incident Response Plan: <bdi>Lakeside Family Clinic</bdi></h3>');
    expect(built.parts.slice(1).every((part) => part.startsWith('<section id="'))).toBe(true);
  });

  it('gives no timeline for answers without an incident', async () => {
    const { incident: _, ...planOnly } = clinic;
    expect(await timelineFor(planOnly, TODAY)).toBeNull();
  });
});
