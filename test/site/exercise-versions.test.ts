/** Which version of a scenario an organization gets, and where a pack sends the organization types none is written for. */
import { describe, expect, it } from 'vitest';
import { chooseVersion, pointerFor } from '../../src/components/exercises/version-choice.ts';
import { resolveUseInstead } from '../../src/components/exercises/versions.ts';
import { TYPES_TO_COVER } from '../../src/schemas/exercise.ts';
import { ORGANIZATION_FIT, type Service } from '../../src/schemas/organization-fit.ts';
import { scenarios, versions } from '../support/exercises.ts';

const summaries = [
  { slug: 'ransomware', label: 'Hospital', organizationTypes: ['hospital'] },
  { slug: 'ransomware-small-clinic', label: 'Small clinic', organizationTypes: ['clinic'], sizes: ['fewer-than-50'] },
  { slug: 'ransomware-laboratory', label: 'Laboratory', organizationTypes: ['laboratory'] },
];
const pointers = [{ organizationTypes: ['health-app'], slug: 'phishing-health-app', title: 'Phishing', label: 'Health app', why: 'No fax machine.' }];

describe('chooseVersion', () => {
  it('returns the variant written for the type, and for the size when both say one', () => {
    expect(chooseVersion(summaries, { type: 'laboratory' }).slug).toBe('ransomware-laboratory');
    expect(chooseVersion(summaries, { type: 'clinic', size: 'fewer-than-50' }).slug).toBe('ransomware-small-clinic');
    expect(chooseVersion(summaries, { type: 'clinic' }).slug).toBe('ransomware-small-clinic');
  });

  it('returns the scenario as written without a type, or when no variant fits the type and size', () => {
    expect(chooseVersion(summaries, {}).slug).toBe('ransomware');
    expect(chooseVersion(summaries, { type: 'clinic', size: '5000-or-more' }).slug).toBe('ransomware');
  });
});

describe('pointerFor', () => {
  it('returns the pointer given for the type, and null for other types or none', () => {
    expect(pointerFor(pointers, 'health-app')?.slug).toBe('phishing-health-app');
    expect(pointerFor(pointers, 'laboratory')).toBeNull();
    expect(pointerFor(pointers, null)).toBeNull();
  });
});

describe('resolveUseInstead', () => {
  it('gives the title and label of the version a pointer leads to', () => {
    const [pointer] = resolveUseInstead('x', [{ organizationTypes: ['laboratory'], use: 'ransomware-ehr-downtime-laboratory', why: 'Because.' }], versions);
    expect(pointer).toEqual({
      organizationTypes: ['laboratory'],
      slug: 'ransomware-ehr-downtime-laboratory',
      title: 'Ransomware encrypts the laboratory information system',
      label: 'Laboratory or imaging center',
      why: 'Because.',
    });
  });

  it('throws for a pointer to no version, or to a version not written for the type', () => {
    expect(() => resolveUseInstead('x', [{ organizationTypes: ['laboratory'], use: 'no-such-scenario', why: 'Because.' }], versions)).toThrow(/no exercise version/);
    expect(() => resolveUseInstead('x', [{ organizationTypes: ['health-app'], use: 'ransomware-ehr-downtime-laboratory', why: 'Because.' }], versions)).toThrow(
      /health-app to ransomware-ehr-downtime-laboratory, which is not written for them/,
    );
  });
});

describe('the scenarios in content/exercises', () => {
  it.each(scenarios)('%s has, for every organization type, a version written for it or a pointer to one that is', (id, exercise) => {
    const pointed = resolveUseInstead(id, exercise.useInstead, versions);
    const own = versions.filter((v) => v.scenario === id);
    for (const type of TYPES_TO_COVER) {
      const version = own.find((v) => v.organizationTypes.includes(type));
      const pointer = pointed.find((p) => p.organizationTypes.includes(type));
      expect(Boolean(version) !== Boolean(pointer), type).toBe(true);
      if (pointer) expect(versions.find((v) => v.slug === pointer.slug)!.organizationTypes).toContain(type);
    }
  });
});

/** Words that state a service exists: a version written for a type without the service must not use them. */
const SERVICE_WORDS: Partial<Record<Service, RegExp>> = {
  ehr: /\{ehr\}|\bEHR\b/,
  'emergency-department': /emergency department/i,
  'inpatient-beds': /\b(inpatient|admitted|wards?)\b/i,
  imaging: /\b(PACS|CT|imaging suite|radiolog\w*)\b/i,
  'in-house-pharmacy': /\bthe pharmacy\b/i,
  'e-prescribing': /\be-?prescri\w*|electronic prescriptions?\b/i,
  'unionized-staff': /\bunion\b/i,
};

/** Every sentence a version prints. */
const textsOf = (v: (typeof versions)[number]): string[] => [
  v.title,
  v.summary,
  v.threat,
  v.background,
  ...v.objectives.map((o) => o.text),
  ...v.participants.map((p) => p.why),
  ...v.facilitatorNotes,
  ...v.modules.flatMap((m) => [
    m.title,
    m.situation,
    ...m.injects.flatMap((i) => [i.title, i.happens]),
    ...m.questions.map((q) => q.text),
    ...m.expectedActions.map((a) => a.action),
    ...m.facilitatorNotes,
  ]),
];

describe('every version of every scenario', () => {
  it.each(versions.map((v) => [v.slug, v] as const))('%s names no service its organization types lack', (_slug, version) => {
    const lacking = (Object.keys(SERVICE_WORDS) as Service[]).filter((service) =>
      version.organizationTypes.some((type) => !ORGANIZATION_FIT[type].services.includes(service)),
    );
    const found = textsOf(version).flatMap((text) => lacking.filter((s) => SERVICE_WORDS[s]!.test(text)).map((s) => `${s}: ${text.slice(0, 80)}`));
    expect(found).toEqual([]);
  });
});
