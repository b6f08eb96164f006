/** Helpers every renderer shares: which links may stay links, and which characters no format can carry. */
import type { DocumentModel, Inline } from '../document/model.ts';

/** Control characters (other than tab and newline) and unpaired surrogates: invalid in XML, meaningless in print. */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters that cannot be written to XML or a calendar; carriage returns become newlines. */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '');
}

/** Collapses newlines (and the spaces around them) to one space: for table cells and single-line contexts. */
export function oneLine(text: string): string {
  return printable(text).replace(/\s*\n\s*/g, ' ');
}

/**
 * The link target if it is safe to keep as a link: http(s), mailto, tel, or relative (a path or a fragment).
 * Anything else (`javascript:`, `data:`, `vbscript:`, or any text with spaces or control characters, which browsers
 * strip before reading the scheme) gives null, and the renderer prints the text alone.
 */
export function safeHref(href: string): string | null {
  if (href.length === 0 || /[\u0000-\u0020\u007F-\u009F]/.test(href)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) return ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase()) ? href : null;
  // No scheme: a relative reference, unless a colon before the first slash makes it look like one to a browser.
  return /^[^/?#]*:/.test(href) ? null : href;
}

/** True for links a document can open outside itself (absolute http(s), mailto, tel). */
export function isAbsoluteHref(href: string): boolean {
  return /^(https?:|mailto:|tel:)/i.test(href);
}

/** The plain text of inline content. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** The table of contents: sections in order, then the list of sections left out when there is one. */
export const OMITTED_SECTION_ID = 'sections-left-out';
export const OMITTED_SECTION_TITLE = 'Sections left out';
export const CONTENTS_TITLE = 'Contents';

export function contentsOf(doc: DocumentModel): { id: string; title: string }[] {
  const entries = doc.sections.map((section) => ({ id: section.id, title: section.title }));
  if (doc.omitted.length > 0) entries.push({ id: OMITTED_SECTION_ID, title: OMITTED_SECTION_TITLE });
  return entries;
}
