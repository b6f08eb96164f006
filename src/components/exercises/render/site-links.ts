/**
 * Links from a pack to the site's other pages (`/plan/`, `/requirements/`, the guide). On the site they are
 * under the site's base path; in a pack saved by `breachline exercise` they are absolute to the site's address when one is given,
 * and otherwise plain text with the address, since a relative link in a saved file leads nowhere.
 */
import { href } from '../../../utils/site-path.ts';
import { html, type Content, type Html } from './html.ts';

/** Renders a link to a page of the site, given by its root-relative path (`/plan/`). */
export type SiteLink = (path: string, text: Content) => Html;

/** The site's own pages: links under the site's base path. */
export const relativeLinks: SiteLink = (path, text) => html`<a href="${href(path)}">${text}</a>`;

/** A saved pack with the site's address (`https://breachline.example/` or one under a base path): absolute links. */
export function absoluteLinks(siteUrl: string): SiteLink {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  return (path, text) => html`<a href="${new URL(path.replace(/^\//, ''), base).href}">${text}</a>`;
}

/** A saved pack with no site address: the link's words, then the page's path on the Breachline site. */
export const textLinks: SiteLink = (path, text) => html`${text} (Breachline site, page ${path})`;

/** Whether `text` is an address a saved pack can link to: http or https, no credentials. */
export function isSiteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}
