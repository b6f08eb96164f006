/** Frontmatter of a guidance page in `content/guide/`. The build fails on a page that breaks it. */
import { z } from 'zod';

export const GUIDE_PHASES = ['respond', 'investigate', 'recover', 'improve'] as const;

export const guideSchema = z
  .object({
    /** The page heading and document title. */
    title: z.string().min(3).max(80),
    /** One line under the title, also the meta description; at most 160 characters. */
    description: z.string().min(20).max(160),
    /** Position in the site navigation and in previous/next links; unique across pages. */
    order: z.number().int().positive(),
    /** Where in the response the page belongs: respond, investigate, recover or improve. */
    phase: z.enum(GUIDE_PHASES),
    /** When a person last checked the page against its sources (YAML date, YYYY-MM-DD). */
    reviewedOn: z.coerce.date(),
    /** The official sources the page rests on, each with a title and a URL. */
    sources: z.array(z.object({ title: z.string().min(3), url: z.url() })).min(1),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;
