/**
 * A DocumentModel as semantic HTML: a fragment for the site's preview, or (standalone) a whole page with its own
 * print stylesheet, to download and print. Every text is escaped here and nowhere else: the model holds plain text.
 */
import type { Block, DocumentModel, Inline, Section } from '../document/model.ts';
import { isolatedRuns } from '../document/user-text.ts';
import {
  CONTENTS_TITLE,
  OMITTED_SECTION_ID,
  OMITTED_SECTION_TITLE,
  contentsOf,
  isAbsoluteHref,
  printable,
  safeHref,
} from './text.ts';

export interface HtmlOptions {
  /** A full HTML document with an inline print stylesheet; without it, a fragment. */
  standalone?: boolean;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Escapes text for HTML content, rendering each isolate of user text as `<bdi>` (see document/user-text.ts). */
export function escapeContent(text: string): string {
  return isolatedRuns(text)
    .map((run) => (run.isolated ? `<bdi>${escapeHtml(run.text)}</bdi>` : escapeHtml(run.text)))
    .join('');
}

/**
 * The styles the document's classes need: checklist boxes, write-in lines, notes, and print rules (cover page,
 * contents, page breaks, tables that are not cut). The site can include them for the preview fragment too.
 */
export const DOCUMENT_STYLES = `
.document { font-family: Georgia, 'Times New Roman', serif; line-height: 1.45; max-width: 48rem; margin: 0 auto; }
.document .cover { margin-bottom: 2rem; }
.document .cover .subtitle { font-size: 1.25em; }
.document .cover-lines { list-style: none; padding: 0; }
.document table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.95em; }
.document caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
.document th, .document td { border: 1px solid #555; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
.document thead th { background: #eee; }
.document .checklist { list-style: none; padding-left: 0; }
.document .checklist li { position: relative; padding-left: 1.75em; margin: 0.3rem 0; }
.document .checklist li::before { content: ''; position: absolute; left: 0; top: 0.2em; width: 0.9em; height: 0.9em; border: 1.5px solid currentColor; }
.document .write-in { margin: 0.75rem 0; }
.document .write-in-label { margin: 0 0 0.25rem; font-weight: bold; }
.document .write-in-line { border-bottom: 1px solid #555; height: 1.8em; }
.document .note { border-left: 4px solid #1d70b8; padding: 0.5rem 0.75rem; margin: 1rem 0; background: #f3f7fb; }
.document .note-warning { border-left-color: #b58105; background: #fdf6e3; }
.document .note p { margin: 0; }
@media print {
  @page { margin: 18mm 16mm; }
  .document { max-width: none; font-size: 11pt; }
  .document .cover { min-height: 60vh; break-after: page; page-break-after: always; }
  .document .cover h1 { font-size: 26pt; margin-top: 30vh; }
  .document .toc { break-after: page; page-break-after: always; }
  .document .page-break { break-before: page; page-break-before: always; }
  .document h2, .document h3, .document h4 { break-after: avoid; page-break-after: avoid; }
  .document tr, .document .note, .document .write-in, .document .checklist li { break-inside: avoid; page-break-inside: avoid; }
  .document thead { display: table-header-group; }
  .document a { color: inherit; }
  .document a[href^="http"]::after, .document a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.9em; word-break: break-all; }
  .document .note { background: none; }
}
`;

/** Inline content, its line breaks kept as `<br>` (a run of blank lines as one, as in Markdown). */
function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeContent(part);
      let html = escapeContent(part.text);
      const href = part.href === undefined ? null : safeHref(part.href);
      if (href !== null) html = `<a href="${escapeHtml(href)}"${isAbsoluteHref(href) && /^https?:/i.test(href) ? ' rel="noopener noreferrer"' : ''}>${html}</a>`;
      if (part.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('')
    .replace(/[ \t]*\n\s*/g, '<br>\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeContent(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${renderInline(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'checklist':
      return `<ul class="checklist">${block.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = `<thead><tr>${block.header.map((cell) => `<th scope="col">${escapeContent(cell)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${renderInline(cell)}</th>` : `<td>${renderInline(cell)}</td>`)).join('')}</tr>`,
        )
        .join('\n');
      return `<table><caption>${escapeContent(block.caption)}</caption>${head}<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'note': {
      const label = block.tone === 'warning' ? '<strong>Important: </strong>' : '';
      return `<div class="note note-${block.tone}" role="note"><p>${label}${renderInline(block.content)}</p></div>`;
    }
    case 'write-in': {
      const lines = Array.from({ length: Math.max(1, block.lines) }, () => '<div class="write-in-line"></div>').join('');
      return `<div class="write-in"><p class="write-in-label">${escapeContent(block.label)}</p><div aria-hidden="true">${lines}</div></div>`;
    }
  }
}

function renderSection(section: Section): string {
  const className = section.pageBreakBefore ? ' class="page-break"' : '';
  const blocks = section.blocks.map(renderBlock).join('\n');
  return `<section id="${escapeHtml(section.id)}"${className}>\n<h2>${escapeContent(section.title)}</h2>\n${blocks}\n</section>`;
}

/**
 * The fragment in pieces: the article with its cover and contents, then each section to append inside it, so a
 * page can show a long document a piece at a time. Joined, they are `renderHtml`'s fragment.
 */
export function renderHtmlParts(doc: DocumentModel): { article: string; sections: string[] } {
  const cover = [
    `<h1>${escapeContent(doc.title)}</h1>`,
    doc.subtitle ? `<p class="subtitle">${escapeContent(doc.subtitle)}</p>` : '',
    doc.cover.length > 0 ? `<ul class="cover-lines">${doc.cover.map((line) => `<li>${escapeContent(line)}</li>`).join('')}</ul>` : '',
  ].join('');
  const toc = contentsOf(doc)
    .map((entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeContent(entry.title)}</a></li>`)
    .join('');
  const omitted =
    doc.omitted.length > 0
      ? `<section id="${OMITTED_SECTION_ID}" class="page-break">\n<h2>${OMITTED_SECTION_TITLE}</h2>\n<p>These parts do not apply to your organization, for the reason given.</p>\n<ul>${doc.omitted
          .map((entry) => `<li><strong>${escapeContent(entry.title)}</strong>: ${escapeContent(entry.reason)}</li>`)
          .join('')}</ul>\n</section>`
      : '';
  return {
    article: [
      '<article class="document">',
      `<header class="cover">${cover}</header>`,
      `<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">${CONTENTS_TITLE}</h2><ol>${toc}</ol></nav>`,
      '</article>',
    ].join('\n'),
    sections: [...doc.sections.map(renderSection), omitted].filter((part) => part !== ''),
  };
}

function renderBody(doc: DocumentModel): string {
  const { article, sections } = renderHtmlParts(doc);
  const close = '</article>';
  return [article.slice(0, -close.length).trimEnd(), ...sections, close].join('\n');
}

/** The fragment's h1–h4 as h3–h6, to sit under a page's own headings. Tags only: the renderer escaped every `<` in the text. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-4])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 2}`);
}

/** Renders the document as HTML: a fragment, or with `standalone` a whole printable page. */
export function renderHtml(doc: DocumentModel, opts: HtmlOptions = {}): string {
  const body = renderBody(doc);
  if (!opts.standalone) return `${body}\n`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${DOCUMENT_STYLES}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
