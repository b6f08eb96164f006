/** The exercise packs as built: every part of every scenario, read from dist/ in Node. */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { exerciseSchema, type Exercise } from '../../src/schemas/exercise.ts';
import { PACK_PARTS, WHOLE_PACK, numberedInjects } from '../../src/components/exercises/pack.ts';
import { scenarioVersions } from '../../src/components/exercises/versions.ts';
import { assertBuilt, DIST } from '../support/site.ts';

assertBuilt();
const scenarios: [string, Exercise][] = readdirSync('content/exercises')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f.replace(/\.ya?ml$/, ''), exerciseSchema.parse(yaml.load(readFileSync(`content/exercises/${f}`, 'utf8')))]);
const PARTS = [...PACK_PARTS.map((p) => p.slug), WHOLE_PACK.slug];

const fileOf = (url: string) => `${DIST}${url}index.html`;
const page = (url: string): HTMLElement => parse(readFileSync(fileOf(url), 'utf8'));
const count = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).length;
const hrefs = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((a) => a.getAttribute('href'));

describe('exercise packs', () => {
  it('list every scenario on /exercises/, with its versions for other kinds of organization', () => {
    const index = page('/exercises/');
    expect(hrefs(index, '.exercise-list h3 a').sort()).toEqual(scenarios.map(([slug]) => `/exercises/${slug}/`).sort());
    const variants = scenarios.flatMap(([id, exercise]) => scenarioVersions(id, exercise).filter((v) => v.variant).map((v) => `/exercises/${v.slug}/`));
    expect(variants.length).toBeGreaterThan(0);
    expect(hrefs(index, '.exercise-list a.version-link').sort()).toEqual(variants.sort());
  });

  it.each(scenarios)('render every part of %s', (slug, exercise) => {
    const injects = numberedInjects(exercise);
    const expected = exercise.modules.flatMap((m) => m.expectedActions.map((a) => a.action));

    expect(hrefs(page(`/exercises/${slug}/`), '.pack-parts a')).toEqual(PACK_PARTS.map((p) => `/exercises/${slug}/${p.slug}/`));
    for (const part of PARTS) {
      expect(existsSync(fileOf(`/exercises/${slug}/${part}/`)), part).toBe(true);
      expect(count(page(`/exercises/${slug}/${part}/`), 'h1'), part).toBe(1);
    }

    const guide = page(`/exercises/${slug}/facilitator-guide/`);
    expect(count(guide, '.module')).toBe(exercise.modules.length);
    expect(count(guide, '.expected-actions li')).toBe(expected.length);
    expect(count(guide, '.inject-list li')).toBe(injects.length);

    const handoutPage = page(`/exercises/${slug}/participant-handout/`);
    const handout = handoutPage.querySelector('main')?.textContent ?? '';
    expect(count(handoutPage, '.questions li')).toBe(exercise.modules.reduce((n, m) => n + m.questions.length, 0));
    for (const action of expected) expect(handout).not.toContain(action.slice(0, 40));
    for (const note of exercise.modules.flatMap((m) => m.facilitatorNotes)) expect(handout).not.toContain(note.slice(0, 40));
    expect(handout).not.toMatch(/Expected actions|Facilitator notes/);

    const cards = page(`/exercises/${slug}/inject-cards/`);
    expect(count(cards, '.inject-card')).toBe(injects.length);
    expect(cards.querySelectorAll('.card-time').map((el) => el.textContent)).toEqual(injects.map((i) => i.at));

    const checklists = page(`/exercises/${slug}/role-checklists/`);
    expect(checklists.querySelectorAll('.role-checklist h2').map((el) => el.textContent)).toEqual([
      'Incident commander',
      'Privacy officer',
      'Security officer',
      'Legal counsel',
      'Communications lead',
      'Clinical lead',
    ]);
    for (const list of checklists.querySelectorAll('.role-checklist')) expect(count(list, '.checklist li')).toBeGreaterThan(0);

    expect(count(page(`/exercises/${slug}/sign-in-sheet/`), 'table.sign-in tbody tr')).toBeGreaterThan(exercise.participants.length);
    expect(count(page(`/exercises/${slug}/hot-wash/`), '.write-line')).toBeGreaterThan(10);

    const evaluation = page(`/exercises/${slug}/evaluation-form/`);
    expect(count(evaluation, '.objective-rating .rating-boxes')).toBe(exercise.objectives.length);
    expect(count(evaluation, '.rating-boxes .box')).toBe(exercise.objectives.length * 4);

    const whole = page(`/exercises/${slug}/whole-pack/`);
    expect(count(whole, '.pack-part')).toBe(PACK_PARTS.length);
    expect(count(whole, '.inject-card')).toBe(injects.length);
  });
});
