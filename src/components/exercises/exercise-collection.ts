/** The exercises collection in list order, and the guide's titles the packs link to: the one place pages read them. */
import { getCollection } from 'astro:content';
import { resolveUseInstead, scenarioVersions, type ScenarioVersion } from './versions.ts';
import type { PointerSummary } from './version-choice.ts';

export async function exercises() {
  const entries = await getCollection('exercises');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every printable version of every scenario (each scenario as written, then its variants), with where to go instead. */
export async function versions(): Promise<(ScenarioVersion & { instead: PointerSummary[] })[]> {
  const all = (await exercises()).flatMap((entry) => scenarioVersions(entry.id, entry.data));
  const slugs = all.map((v) => v.slug);
  const twice = slugs.find((slug, i) => slugs.indexOf(slug) !== i);
  if (twice) throw new Error(`Two exercise versions share the address /exercises/${twice}/: rename a variant.`);
  return all.map((version) => ({ ...version, instead: resolveUseInstead(version.scenario, version.useInstead, all) }));
}

export async function guideTitles(): Promise<Record<string, string>> {
  const pages = await getCollection('guide');
  return Object.fromEntries(pages.map((page) => [page.id, page.data.title]));
}
