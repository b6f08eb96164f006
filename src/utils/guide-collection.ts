/** The guidance collection in reading order: the one place pages read it from. */
import { getCollection } from 'astro:content';
import { inGuideOrder } from './guide-navigation.ts';

export async function guidePages() {
  const entries = await getCollection('guide');
  return inGuideOrder(entries.map((entry) => ({ ...entry, title: entry.data.title, order: entry.data.order })));
}
