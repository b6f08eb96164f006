import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { assertBuilt, DIST } from '../support/site.ts';
import { blankText, elements, textOf, versions } from '../support/exercises.ts';
import { PACK_PARTS, PARTICIPANT_PACK } from '../../src/components/exercises/pack.ts';
import { PLAN_HEADINGS } from '../../src/components/exercises/render/text.ts';
import { checklistRolesFor, CORE_CAPABILITY_LABELS, CSF_FUNCTION_LABELS, EXERCISE_ROLE_LABELS, MISSION_AREA_LABELS } from '../../src/schemas/exercise.ts';
import { planFor } from '../../src/engine/index.ts';
import { parseAnswers } from '../../src/engine/index.ts';

assertBuilt();
const page = (slug: string, part?: string): string => readFileSync(`${DIST}/exercises/${slug}/${part ? `${part}/` : ''}index.html`, 'utf8');
const allExercisePages = (): string[] => {
  const files: string[] = [];
  const walk = (dir: string) =>
    readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.html') && files.push(`${dir}/${e.name}`)));
  walk(`${DIST}/exercises`);
  return files;
};
const expectedActions = (v: (typeof versions)[number]) => v.modules.flatMap((m) => m.expectedActions.map((a) => blankText(a.action)));

describe.each(versions.map((v) => [v.slug, v] as const))('the pack of %s', (slug, version) => {
  const whole = page(slug, 'whole-pack');
  const text = textOf(whole);

  it('has an overview table with name, date, place, sponsor, point of contact, scope, threat and mission areas', () => {
    const [overview] = elements(whole, 'table', 'overview');
    const rows = [...overview!.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(rows).toEqual(['Exercise name', 'Date', 'Place', 'Sponsor', 'Point of contact', 'Scope', 'Threat or hazard', 'Mission areas']);
    const overviewText = textOf(overview!);
    expect(overviewText).toContain(version.title);
    expect(overviewText).toContain(version.threat);
    for (const area of version.missionAreas) expect(overviewText).toContain(MISSION_AREA_LABELS[area]);
  });

  it('maps every objective to its core capability and NIST CSF 2.0 functions', () => {
    const body = textOf(elements(whole, 'table', 'objectives-map')[0]!);
    version.objectives.forEach((o, i) => {
      expect(body).toContain(`${i + 1}. ${blankText(o.text)}`);
      expect(body).toContain(`${blankText(o.text)}${CORE_CAPABILITY_LABELS[o.capability]}${o.csf.map((f) => CSF_FUNCTION_LABELS[f]).join(', ')}`);
    });
  });

  it('defines the roles, the assumptions and artificialities, trusted agents and the logistics', () => {
    const [plan] = elements(whole, 'section', 'exercise-plan');
    const dts = [...plan!.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1]);
    expect(dts).toEqual(['Players', 'Facilitator', 'Evaluators', 'Observers']);
    for (const heading of ['Assumptions and artificialities', 'Trusted agents', 'Logistics checklist']) expect(textOf(plan!)).toContain(heading);
    expect(elements(plan!, 'ul', 'logistics')[0]!.match(/<li>/g)!.length).toBeGreaterThan(5);
  });

  it('builds the evaluator observation form from every expected action', () => {
    const [form] = elements(whole, 'section', 'observation-form');
    const observed = elements(form!, 'div', 'observation').map((o) => textOf(o));
    const actions = expectedActions(version);
    expect(observed).toHaveLength(actions.length);
    actions.forEach((action, i) => expect(observed[i]).toContain(action));
  });

  it('has a facilitator and evaluator debrief with every objective', () => {
    const [debrief] = elements(whole, 'section', 'debrief');
    expect(textOf(debrief!)).toContain('Facilitator and evaluator debrief');
    expect(elements(debrief!, 'table', 'debrief-objectives')[0]!.match(/<th scope="row">/g)).toHaveLength(version.objectives.length);
  });

  it('marks every printed page with its sensitivity', () => {
    const pagesStarting = [
      ...PACK_PARTS.filter((p) => p.slug !== 'inject-cards' && p.slug !== 'role-checklists').map((p) => elements(whole, 'section', p.slug)[0]!),
      ...elements(whole, 'article', 'inject-card'),
      ...elements(whole, 'section', 'role-checklist'),
    ];
    expect(pagesStarting.length).toBeGreaterThan(PACK_PARTS.length);
    for (const start of pagesStarting) expect(start).toMatch(/^<[a-z]+[^>]*>(<div class="part-intro">[\s\S]*?<\/div>)?<p class="sensitivity"/);
    for (const part of PACK_PARTS) {
      const alone = page(slug, part.slug);
      expect(alone.match(/class="sensitivity"/g)?.length ?? 0, part.slug).toBeGreaterThan(0);
    }
  });

  it('names only headings the plan has when it points to the plan', () => {
    const cited = new Set([...whole.matchAll(/<cite class="plan-heading">([^<]+)<\/cite>/g)].map((m) => textOf(m[1]!)));
    expect(cited.size).toBeGreaterThan(0);
    const known = new Set(Object.values(PLAN_HEADINGS).flat());
    for (const heading of cited) expect(known).toContain(heading);
    expect(text).not.toMatch(/plan’s role checklists|plan's role checklists/);
  });

  it.each([PARTICIPANT_PACK.slug, 'participant-handout'])('has a participant version with no expected actions or notes (%s)', (part) => {
    const html = page(slug, part);
    const body = textOf(html);
    for (const action of expectedActions(version)) expect(body).not.toContain(action);
    for (const note of [...version.facilitatorNotes, ...version.modules.flatMap((m) => m.facilitatorNotes)]) expect(body).not.toContain(blankText(note));
    expect(html).not.toContain('data-audience="control"');
    expect(html).toContain('data-audience="participants"');
    expect(body).toContain('Who is at the table');
  });

  it('has a role checklist for each checklist role its organization types have', () => {
    const headings = elements(whole, 'section', 'role-checklist').map((c) => textOf(/<h3[^>]*>([\s\S]*?)<\/h3>/.exec(c)![1]!));
    expect(headings).toEqual(checklistRolesFor(version.organizationTypes).map((role) => EXERCISE_ROLE_LABELS[role]));
  });

  it('prints blanks as lines and reads each once as "blank: <role>"', () => {
    const [signIn] = elements(whole, 'section', 'sign-in-sheet');
    const blanks = [...signIn!.matchAll(/<span class="write-in" data-tailor-role="([a-z-]+)"><span class="visually-hidden blank-label">([^<]+)<\/span><\/span>/g)];
    expect(blanks.map((b) => b[2])).toEqual(version.participants.map((p) => `blank: ${EXERCISE_ROLE_LABELS[p.role]}`));
  });
});

describe('every exercise page', () => {
  it('never says "not filled in"', () => {
    const pages = allExercisePages();
    expect(pages.length).toBeGreaterThan(versions.length * 12);
    for (const file of pages) expect(readFileSync(file, 'utf8'), file).not.toMatch(/not filled in/i);
  });

  it('hides the words of blanks and prints the sensitivity mark in every page margin', () => {
    const css = readdirSync(`${DIST}/_astro`)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(`${DIST}/_astro/${f}`, 'utf8'))
      .join('\n');
    expect(css).toMatch(/@bottom-center\s*\{\s*content:\s*"Sensitive: exercise material/);
    expect(css).toMatch(/@media print\s*\{[^@]*\.blank-label\s*\{\s*display:\s*none\s*!important/);
  });
});

describe('PLAN_HEADINGS', () => {
  it('lists only sections the plan builder writes for a clinic with an incident', () => {
    const answers = parseAnswers(JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8')));
    if (!answers.ok) throw new Error('clinic.json no longer parses');
    const plan = planFor(answers.answers, '2024-02-12');
    const titles = new Set([...plan.sections.map((s) => s.title), ...plan.omitted.map((o) => o.title)]);
    for (const heading of Object.values(PLAN_HEADINGS).flat()) expect(titles).toContain(heading);
  });
});
