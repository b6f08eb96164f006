/**
 * The versions of a scenario: the scenario as written, and its variants for other organization types and sizes. A
 * pack is always printed from one version; the organization's type and size (from its answers) choose it.
 */
import type { Exercise, ExerciseVariant, UseInstead } from '../../schemas/exercise.ts';
import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '../../engine/vocabulary.ts';
import { chooseVersion, type PointerSummary, type VersionSummary } from './version-choice.ts';

type Size = NonNullable<ExerciseVariant['sizes']>[number];

/** One printable version of a scenario. */
export interface ScenarioVersion extends Omit<Exercise, 'variants'> {
  /** The scenario's id (its file name). */
  scenario: string;
  /** Where its pages live: the scenario's id, or `<scenario>-<variant>`. */
  slug: string;
  /** Who it is written for, in words. */
  label: string;
  /** The sizes it is written for; any size when absent. */
  sizes?: readonly Size[];
  /** The variant, or null for the scenario as written. */
  variant: { id: string; label: string } | null;
  /** The other versions of the same scenario, for links. */
  siblings: VersionSummary[];
  /** Every version of the scenario, the scenario as written first. */
  family: VersionSummary[];
}

/** Where a version's pages live: the scenario's id, or `<scenario>-<variant>`. */
export const versionSlug = (scenario: string, variant?: string): string => (variant ? `${scenario}-${variant}` : scenario);

const typesLabel = (types: readonly OrganizationType[]): string => types.map((t) => ORGANIZATION_TYPE_LABELS[t]).join('; ');

/** Every version of a scenario, the scenario as written first. */
export function scenarioVersions(scenario: string, exercise: Exercise): ScenarioVersion[] {
  const { variants, ...base } = exercise;
  const all = [
    { ...base, scenario, slug: scenario, label: typesLabel(base.organizationTypes), variant: null },
    ...variants.map(({ id, label, sizes, ...fields }) => ({
      ...base,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      scenario,
      slug: versionSlug(scenario, id),
      label,
      ...(sizes ? { sizes } : {}),
      variant: { id, label },
    })),
  ];
  const family = (all as ScenarioVersion[]).map(versionSummary);
  return all.map((version) => ({ ...version, family, siblings: family.filter((other) => other.slug !== version.slug) })) as ScenarioVersion[];
}

/** What the tailoring island needs to know about a version to suggest it. */
export const versionSummary = ({ slug, label, organizationTypes, sizes }: Pick<ScenarioVersion, 'slug' | 'label' | 'organizationTypes' | 'sizes'>): VersionSummary => ({
  slug,
  label,
  organizationTypes,
  ...(sizes ? { sizes } : {}),
});

/** The version for an organization's type and size (see `chooseVersion`). */
export function versionFor(
  scenario: string,
  exercise: Exercise,
  organization: { type?: OrganizationType | null; size?: Size | null } = {},
): ScenarioVersion {
  const versions = scenarioVersions(scenario, exercise);
  const chosen = chooseVersion(versions.map(versionSummary), organization);
  return versions.find((v) => v.slug === chosen.slug)!;
}

/**
 * A scenario's pointers away, with the title and label of the version each leads to. Throws when one leads to no
 * version, or to a version not written for the organization types it is given for: the build stops there.
 */
export function resolveUseInstead(scenario: string, pointers: readonly UseInstead[], all: readonly ScenarioVersion[]): PointerSummary[] {
  return pointers.map((pointer) => {
    const target = all.find((v) => v.slug === pointer.use);
    if (!target) throw new Error(`${scenario}: useInstead points to ${pointer.use}, which is no exercise version.`);
    const unfit = pointer.organizationTypes.filter((type) => !target.organizationTypes.includes(type));
    if (unfit.length) throw new Error(`${scenario}: useInstead points ${unfit.join(', ')} to ${pointer.use}, which is not written for them.`);
    return { organizationTypes: pointer.organizationTypes, slug: target.slug, title: target.title, label: target.label, why: pointer.why };
  });
}
