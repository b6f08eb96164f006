/**
 * The versions of a scenario: the scenario as written, and its variants for other organization types and sizes. A
 * pack is always printed from one version; the organization's type and size (from its answers) choose it.
 */
import type { Exercise, ExerciseVariant } from '../../schemas/exercise.ts';
import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '../../engine/vocabulary.ts';

type Size = NonNullable<ExerciseVariant['sizes']>[number];

/** One printable version of a scenario. */
export interface ScenarioVersion extends Omit<Exercise, 'variants'> {
  /** The scenario's id (its file name). */
  scenario: string;
  /** Where its pages live: the scenario's id, or `<scenario>-<variant>`. */
  slug: string;
  /** The variant, or null for the scenario as written. */
  variant: { id: string; label: string } | null;
  /** The other versions of the same scenario, for links. */
  siblings: { slug: string; label: string }[];
}

/** Where a version's pages live: the scenario's id, or `<scenario>-<variant>`. */
export const versionSlug = (scenario: string, variant?: string): string => (variant ? `${scenario}-${variant}` : scenario);

const baseLabel = (exercise: Exercise): string => exercise.organizationTypes.map((t) => ORGANIZATION_TYPE_LABELS[t]).join('; ');

/** Every version of a scenario, the scenario as written first. */
export function scenarioVersions(scenario: string, exercise: Exercise): ScenarioVersion[] {
  const { variants, ...base } = exercise;
  const siblings = [
    { slug: scenario, label: baseLabel(exercise) },
    ...variants.map((v) => ({ slug: versionSlug(scenario, v.id), label: v.label })),
  ];
  const versions: ScenarioVersion[] = [{ ...base, scenario, slug: scenario, variant: null, siblings: siblings.filter((s) => s.slug !== scenario) }];
  for (const { id, label, sizes: _sizes, ...fields } of variants) {
    const slug = versionSlug(scenario, id);
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    versions.push({ ...base, ...defined, scenario, slug, variant: { id, label }, siblings: siblings.filter((s) => s.slug !== slug) });
  }
  return versions;
}

/**
 * The version for an organization: a variant written for its type (and size, when the variant names sizes and the
 * answers give one), else the scenario as written.
 */
export function versionFor(
  scenario: string,
  exercise: Exercise,
  organization: { type?: OrganizationType | null; size?: Size | null } = {},
): ScenarioVersion {
  const versions = scenarioVersions(scenario, exercise);
  const { type, size } = organization;
  if (!type || exercise.organizationTypes.includes(type) && !exercise.variants.some((v) => v.organizationTypes.includes(type))) return versions[0]!;
  const fits = (v: ExerciseVariant) => v.organizationTypes.includes(type) && (!v.sizes || !size || v.sizes.includes(size));
  const index = exercise.variants.findIndex(fits);
  return index >= 0 ? versions[index + 1]! : versions[0]!;
}
