/** The exercises collection in list order, and the guide's titles the packs link to: the one place pages read them. */
import { getCollection } from 'astro:content';

export async function exercises() {
  const entries = await getCollection('exercises');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export async function guideTitles(): Promise<Record<string, string>> {
  const pages = await getCollection('guide');
  return Object.fromEntries(pages.map((page) => [page.id, page.data.title]));
}
