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
