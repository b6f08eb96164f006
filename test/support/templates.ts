/**
 * The page templates of the built site: each built page comes from exactly one. Pages of one template share their
 * markup and styles, so the layout-dependent accessibility checks run on one page of each, in each theme.
 */
import { statSync } from 'node:fs';
import { PACK_PARTS, PARTICIPANT_PACK, WHOLE_PACK } from '../../src/components/exercises/pack.ts';
import { builtPages } from './site.ts';

export interface Template {
  name: string;
  /** Matches the URL path of every page built from this template, and no other. */
  matches: RegExp;
  /** Appended to the sample page's URL: the state worth checking (search results, not an empty search). */
  query?: string;
  /** A selector that appears once the page has finished what it does on load. */
  ready?: string;
  /** The page carries the exercise-tailoring island, which rewrites it from saved answers. */
  tailored?: boolean;
}

const packPart = (slug: string, title: string): Template => ({
  name: `exercise pack: ${title.toLowerCase()}`,
  matches: new RegExp(`^/exercises/[^/]+/${slug}/$`),
  tailored: true,
});

export const TEMPLATES: Template[] = [
  { name: 'home', matches: /^\/$/ },
  { name: 'about', matches: /^\/about\/$/ },
  { name: 'not found', matches: /^\/404\.html$/ },
  { name: 'offline', matches: /^\/offline\/$/ },
  { name: 'search', matches: /^\/search\/$/, query: '?q=ransomware', ready: '#search-results li a' },
  { name: 'plan', matches: /^\/plan\/$/, ready: '.questionnaire[data-ready="true"]' },
  { name: 'review', matches: /^\/review\/$/, ready: '.review-app[data-ready="true"]' },
  { name: 'incident', matches: /^\/incident\/$/, ready: '.record-incident' },
  { name: 'guide index', matches: /^\/guide\/$/ },
  { name: 'guide page', matches: /^\/guide\/[^/]+\/$/ },
  { name: 'requirements index', matches: /^\/requirements\/$/ },
  { name: 'requirements of a jurisdiction', matches: /^\/requirements\/[^/]+\/$/ },
  { name: 'exercises index', matches: /^\/exercises\/$/ },
  { name: 'exercise pack: overview', matches: /^\/exercises\/[^/]+\/$/, tailored: true },
  ...[...PACK_PARTS, WHOLE_PACK, PARTICIPANT_PACK].map((part) => packPart(part.slug, part.title)),
  { name: 'live exercise', matches: /^\/exercises\/[^/]+\/run\/$/, ready: '.facilitator' },
];

/** The templates a URL path matches (one, for every page the site builds). */
export const templatesOf = (url: string): Template[] => TEMPLATES.filter((t) => t.matches.test(url));

/** One page per template: its longest built page, which shows the most of what the template can render. */
export function templateSamples(): { template: Template; url: string }[] {
  const pages = builtPages();
  return TEMPLATES.map((template) => {
    const own = pages.filter(([url]) => template.matches.test(url));
    if (own.length === 0) throw new Error(`No built page for the template "${template.name}"`);
    const [url] = own.reduce((a, b) => (statSync(b[1]).size > statSync(a[1]).size ? b : a));
    return { template, url: `${url}${template.query ?? ''}` };
  });
}
