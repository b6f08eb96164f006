/**
 * Which version of a scenario fits an organization, from its type and size. No imports, so the tailoring island can
 * load it without the scenario data: it works on summaries.
 */

export interface VersionSummary {
  slug: string;
  label: string;
  /** The organization types the version is written for. */
  organizationTypes: readonly string[];
  /** The sizes it is written for; any size when absent. */
  sizes?: readonly string[];
}

/**
 * The version for an organization: a variant written for its type (and size, when both say one), else the scenario
 * as written. `versions[0]` is the scenario as written.
 */
export function chooseVersion<V extends VersionSummary>(versions: readonly V[], organization: { type?: string | null; size?: string | null }): V {
  const [base, ...variants] = versions;
  const { type, size } = organization;
  if (!type) return base!;
  const fits = variants.find((v) => v.organizationTypes.includes(type) && (!v.sizes || !size || v.sizes.includes(size)));
  return fits ?? base!;
}

/** Where to go instead, for organization types no version of a scenario is written for. */
export interface PointerSummary {
  organizationTypes: readonly string[];
  /** The address of the version to use instead. */
  slug: string;
  /** Its scenario's title and who it is written for. */
  title: string;
  label: string;
  /** Why this scenario does not fit. */
  why: string;
}

/** The pointer away from a scenario for an organization's type, or null when a version is written for it (or no type is known). */
export const pointerFor = <P extends Pick<PointerSummary, 'organizationTypes'>>(pointers: readonly P[], type?: string | null): P | null =>
  (type ? pointers.find((p) => p.organizationTypes.includes(type)) : undefined) ?? null;
