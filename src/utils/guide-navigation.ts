/** Guide order and previous/next links, from the pages' `order` frontmatter. Pure: no Astro imports. */
import { href } from './site-path.ts';

export interface GuideLink {
  id: string;
  title: string;
  order: number;
}

/** Pages in reading order; throws on two pages with the same order, which would make the order ambiguous. */
export function inGuideOrder<T extends GuideLink>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  sorted.forEach((page, i) => {
    const next = sorted[i + 1];
    if (next && next.order === page.order) {
      throw new Error(`Guide pages "${page.id}" and "${next.id}" both have order ${page.order}`);
    }
  });
  return sorted;
}

/** The pages before and after `id` in reading order (undefined at either end). */
export function neighbours<T extends GuideLink>(pages: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inGuideOrder(pages);
  const at = ordered.findIndex((p) => p.id === id);
  if (at === -1) return {};
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}

export const guideHref = (id: string): string => href(`/guide/${id}/`);
