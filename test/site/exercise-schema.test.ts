import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { CHECKLIST_ROLES, exerciseSchema, GUIDE_SLUGS, PLAN_SECTIONS } from '../../src/schemas/exercise.ts';
import { scenarioVersions } from '../../src/components/exercises/versions.ts';

const DIR = 'content/exercises';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const load = (file: string): unknown => yaml.load(readFileSync(`${DIR}/${file}`, 'utf8'));

const inject = { at: 'Day 0, 07:40', title: 'The EHR will not open', happens: 'Nobody can log in to {ehr}; files on the share are renamed.', recipients: ['incident-commander'], needs: ['ehr'] };
const question = { text: 'Who declares the incident?', guide: 'respond-in-time', planSection: 'roles' };
const actions = CHECKLIST_ROLES.map((role) => ({ action: `The ${role} does the first thing on their list.`, owners: [role] }));
const module = {
  title: 'Detection',
  situation: 'Before dawn, {organization} finds files encrypted and the EHR unreachable from every clinic.',
  injects: [inject],
  questions: [question, { ...question, guide: 'address-the-threats', planSection: 'continuity' }],
  expectedActions: actions,
  facilitatorNotes: ['Watch for the team using the compromised email.'],
};
const valid = {
  title: 'Ransomware encrypts the EHR',
  threat: 'Ransomware with data theft',
  missionAreas: ['response', 'recovery'],
  organizationTypes: ['clinic', 'hospital'],
  summary: 'A night-shift ransomware attack takes the EHR down and clinics run on paper.',
  order: 1,
  durationMinutes: 180,
  reviewedOn: '2026-11-23',
  objectives: [
    { text: 'Activate the plan within an hour.', capability: 'operational-coordination', csf: ['respond'] },
    { text: 'Keep patients safe on downtime forms.', capability: 'public-health-healthcare-and-ems', csf: ['recover'] },
    { text: 'Decide on notice with counsel.', capability: 'public-information-and-warning', csf: ['respond', 'govern'] },
  ],
  participants: CHECKLIST_ROLES.map((role) => ({ role, why: `Plays the ${role} at the table.` })),
  background: '{organization} runs clinics that chart in {ehr}, with a lab and imaging on the same network.',
  facilitatorNotes: ['Ask for the real backup design before the day.'],
  incident: { dataKinds: ['phi', 'medical'], secured: false, affected: 48200, spreadOverStates: true },
  modules: [module, module, module],
  useInstead: [
    {
      organizationTypes: ['laboratory', 'health-plan', 'business-associate', 'health-app'],
      use: 'stolen-laptop',
      why: 'They have no EHR, and nobody charts at their desks in this scenario.',
    },
  ],
};

const variant = {
  id: 'small-clinic',
  label: 'Small clinic',
  organizationTypes: ['clinic'],
  sizes: ['fewer-than-50'],
  summary: 'Ransomware locks a small practice’s only server overnight.',
  background: '{organization} is a practice of about 40 staff that charts in {ehr} on one server.',
  incident: { dataKinds: ['phi'], secured: false, affected: 11400, spreadOverStates: false },
  modules: [module, module, module],
};

const problemsWith = (data: unknown): string[] => {
  const result = exerciseSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};
const withModule = (change: Record<string, unknown>) => ({ ...valid, modules: [{ ...module, ...change }, module, module] });

describe('exerciseSchema', () => {
  it('accepts a complete scenario and reads the review date as a date', () => {
    expect(exerciseSchema.parse(valid).reviewedOn.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  it.each([
    ['missing objectives', { ...valid, objectives: undefined }, 'objectives'],
    ['fewer than 3 objectives', { ...valid, objectives: valid.objectives.slice(0, 2) }, 'objectives'],
    ['more than 5 objectives', { ...valid, objectives: [...valid.objectives, ...valid.objectives] }, 'objectives'],
    ['fewer than 3 modules', { ...valid, modules: [module, module] }, 'modules'],
    ['more than 5 modules', { ...valid, modules: Array(6).fill(module) }, 'modules'],
    ['a question tied to an unknown guide slug', withModule({ questions: [{ ...question, guide: 'panic-now' }, question] }), 'modules.0.questions.0.guide'],
    ['a question tied to an unknown plan section', withModule({ questions: [question, { ...question, planSection: 'appendix-z' }] }), 'modules.0.questions.1.planSection'],
    ['a question without a plan section', withModule({ questions: [{ text: question.text, guide: question.guide }, question] }), 'modules.0.questions.0.planSection'],
    ['an inject time not written as "Day N, HH:MM"', withModule({ injects: [{ ...inject, at: 'Monday morning' }] }), 'modules.0.injects.0.at'],
    ['an inject for a role that is not playing', withModule({ injects: [{ ...inject, recipients: ['forensic-firm'] }] }), 'modules.0.injects.0.recipients.0'],
    ['an inject nobody receives', withModule({ injects: [{ ...inject, recipients: [] }] }), 'modules.0.injects.0.recipients'],
    ['a module without expected actions', withModule({ expectedActions: [] }), 'modules.0.expectedActions'],
    ['a module without injects', withModule({ injects: [] }), 'modules.0.injects'],
    ['an unknown tailoring token', { ...valid, background: '{patientName} was treated at {organization} last night, and more.' }, 'background'],
    ['an unknown kind of data', { ...valid, incident: { ...valid.incident, dataKinds: ['gossip'] } }, 'incident.dataKinds.0'],
    ['an affected count that is not a whole number', { ...valid, incident: { ...valid.incident, affected: 12.5 } }, 'incident.affected'],
    ['an incident profile without "secured"', { ...valid, incident: { ...valid.incident, secured: undefined } }, 'incident.secured'],
    ['a participant role listed twice', { ...valid, participants: [...valid.participants, valid.participants[0]] }, 'participants'],
    ['an unknown field', { ...valid, deadline: '60 days' }, ''],
    ['an objective without a core capability', { ...valid, objectives: [{ text: 'Activate the plan within an hour.', csf: ['respond'] }, ...valid.objectives.slice(1)] }, 'objectives.0.capability'],
    ['an objective with an unknown CSF function', { ...valid, objectives: [{ ...valid.objectives[0], csf: ['react'] }, ...valid.objectives.slice(1)] }, 'objectives.0.csf.0'],
    ['a scenario for no organization type', { ...valid, organizationTypes: [] }, 'organizationTypes'],
    ['an inject without its fit check', withModule({ injects: [{ ...inject, needs: undefined }] }), 'modules.0.injects.0.needs'],
    ['an inject that needs a service a clinic lacks', withModule({ injects: [{ ...inject, needs: ['emergency-department'] }] }), 'modules.0.injects.0.needs'],
    ['an inject sent to a role a health plan lacks', { ...valid, organizationTypes: ['health-plan'], modules: [{ ...module, injects: [{ ...inject, needs: [], recipients: ['clinical-lead'] }] }, module, module] }, 'modules.0.injects.0.recipients'],
    ['a variant whose inject needs a service its type lacks', { ...valid, variants: [{ ...variant, modules: [{ ...module, injects: [{ ...inject, needs: ['imaging'] }] }, module, module] }] }, 'variants.0.modules.0.injects.0.needs'],
    ['two variants with one id', { ...valid, variants: [variant, variant] }, 'variants'],
    ['an organization type neither written for nor pointed elsewhere', { ...valid, useInstead: [{ ...valid.useInstead[0], organizationTypes: ['laboratory'] }] }, 'useInstead'],
    ['an organization type written for and pointed elsewhere', { ...valid, useInstead: [{ ...valid.useInstead[0], organizationTypes: [...valid.useInstead[0]!.organizationTypes, 'clinic'] }] }, 'useInstead'],
    ['a pointer elsewhere that says not why', { ...valid, useInstead: [{ ...valid.useInstead[0], why: undefined }] }, 'useInstead.0.why'],
  ])('rejects %s', (_name, data, path) => {
    expect(problemsWith(data)).toContain(path);
  });

  it('gives a variant its own title when it has one, and the scenario’s otherwise', () => {
    const parsed = exerciseSchema.parse({ ...valid, variants: [variant, { ...variant, id: 'other-clinic', title: 'Ransomware encrypts the practice server' }] });
    const [, same, own] = scenarioVersions('ransomware', parsed);
    expect(same!.title).toBe('Ransomware encrypts the EHR');
    expect(own!.title).toBe('Ransomware encrypts the practice server');
  });

  it('accepts a variant written for a clinic and names the inject that does not fit, with the type', () => {
    expect(problemsWith({ ...valid, variants: [variant] })).toEqual([]);
    const result = exerciseSchema.safeParse(withModule({ injects: [{ ...inject, needs: ['imaging'] }] }));
    expect(result.error?.issues.map((i) => i.message)).toContain('"The EHR will not open" needs imaging, which a clinic does not have.');
  });

  it('names the organization type a scenario leaves without a version or a pointer elsewhere', () => {
    const result = exerciseSchema.safeParse({ ...valid, useInstead: [] });
    expect(result.error?.issues.map((i) => i.message)).toEqual(
      ['laboratory', 'health-plan', 'business-associate', 'health-app'].map(
        (type) => `No version is written for ${type}: write a variant, or say in useInstead which scenario to use.`,
      ),
    );
  });

  it('rejects a scenario where a checklist role owns no expected action (its checklist would be empty)', () => {
    const noLegal = module.expectedActions.filter((a) => !a.owners.includes('legal-counsel'));
    const result = exerciseSchema.safeParse({ ...valid, modules: [0, 1, 2].map(() => ({ ...module, expectedActions: noLegal })) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain('legal-counsel');
  });

  it('knows every guide page by its slug, and no page that does not exist', () => {
    const pages = readdirSync('content/guide').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
    expect([...GUIDE_SLUGS].sort()).toEqual(pages.sort());
  });
});

describe('the scenarios in content/exercises', () => {
  it('are at least six', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s passes the schema', (file) => {
    const result = exerciseSchema.safeParse(load(file));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(files)('%s ties its questions to several plan sections and states no deadline in days', (file) => {
    const exercise = exerciseSchema.parse(load(file));
    const sections = new Set(exercise.modules.flatMap((m) => m.questions.map((q) => q.planSection)));
    expect(sections.size).toBeGreaterThanOrEqual(4);
    for (const s of sections) expect(PLAN_SECTIONS).toContain(s);
    // Legal deadlines come from the engine, never from scenario text.
    const text = JSON.stringify(exercise);
    expect(text).not.toMatch(/\b\d+\s+(calendar |business )?days? (after|of|from) (discovery|the breach)/i);
    expect(text).not.toMatch(/\b(CFR|U\.S\.C\.|§)/);
  });
});

describe('the small-clinic version of the ransomware scenario', () => {
  const exercise = exerciseSchema.parse(load('ransomware-ehr-downtime.yaml'));
  const small = exercise.variants.find((v) => v.id === 'small-clinic')!;

  it('is written for clinics of fewer than 50 people, among others', () => {
    expect(small.organizationTypes).toEqual(['clinic']);
    expect(small.sizes).toContain('fewer-than-50');
  });

  it('reads right for a 40-person practice: no imaging suite, EMS, emergency department, in-house lab or pharmacy, or a health system’s numbers', () => {
    const text = JSON.stringify({ ...small, objectives: small.objectives!.map((o) => o.text) });
    expect(text).toMatch(/about 40 staff/);
    expect(text).not.toMatch(/imaging|PACS|\bCT\b|emergency medical|\bEMS\b|ambulance|emergency department|inpatient|analyzer|in-house pharmacy|48,200|data center|executive team/i);
    expect(small.incident.affected).toBeLessThan(20_000);
    expect(small.incident.spreadOverStates).toBe(false);
  });
});

describe('the scenarios, read for fit', () => {
  it.each(files)('%s has no EMS coordinator asking about outpatient referrals', (file) => {
    expect(JSON.stringify(load(file))).not.toMatch(/emergency medical services coordinator[^"]*outpatient/i);
  });
});
