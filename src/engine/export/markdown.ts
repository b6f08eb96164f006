/**
 * A DocumentModel as Markdown (CommonMark with GitHub tables and task lists). Text is escaped so that nothing typed
 * into a field becomes markup: no raw HTML, no links, no emphasis, no headings or lists it did not ask for.
 */
import type { Block, DocumentModel, Inline, Section } from '../document/model.ts';
import { CONTENTS_TITLE, OMITTED_SECTION_ID, OMITTED_SECTION_TITLE, contentsOf, oneLine, printable, safeHref } from './text.ts';

/**
 * Escapes text for Markdown on one line: backslash, emphasis, code, link and image brackets, headings, tables
 * and strikethrough get a backslash; `<` and `>` become entities (so no raw HTML and no autolinks); `&` only where
 * it would start an entity. Newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/[\\`*_[\]#|~]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes what would start a block at the beginning of a line: a list marker, an ordered number, a rule. */
function escapeLineStart(markdown: string): string {
  return markdown
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-+)$/, (_, space: string, run: string) => `${space}${run.replace(/./g, '\\$&')}`);
}

/** A link target written so that no character in it can end the link early. */
function linkTarget(href: string): string {
  return href.replace(/[()<>\s\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A hard line break (CommonMark: a backslash at the end of the line). */
const LINE_BREAK = '\\\n';

/** Escapes text, keeping its line breaks as hard breaks (runs of blank lines become one break). */
function escapeLines(text: string): string {
  return printable(text)
    .split(/\s*\n[\s\n]*/)
    .map(escapeMarkdown)
    .join(LINE_BREAK);
}

/** Inline content; `multiline` keeps line breaks (paragraphs, list items, notes), else all stays on one line. */
function renderInline(content: readonly Inline[], multiline = false): string {
  const escape = multiline ? escapeLines : escapeMarkdown;
  const text = content
    .map((part) => {
      if (typeof part === 'string') return escape(part);
      let markdown = escape(part.text);
      const href = part.href === undefined ? null : safeHref(part.href);
      if (href !== null && markdown !== '') markdown = `[${markdown}](${linkTarget(href)})`;
      if (part.strong && markdown.trim() !== '') {
        // Emphasis cannot start or end with a space: keep the spaces outside the asterisks.
        const [, before, inner, after] = /^(\s*)(.*?)(\s*)$/s.exec(markdown) ?? ['', '', markdown, ''];
        markdown = `${before}**${inner}**${after}`;
      }
      return markdown;
    })
    .join('');
  // Each line after a break starts a line of its own: it must not read as a list, a heading or a rule.
  return text.split('\n').map(escapeLineStart).join('\n');
}

/** A table cell: escaped, on one line, and never empty (an empty cell keeps the table's shape in every reader). */
function cell(markdown: string): string {
  return markdown.trim() === '' ? ' ' : markdown;
}

const WRITE_IN_LINE = '────────────────────────────────────────';

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return renderInline(block.content, true);
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${renderInline(item, true)}`).join('\n');
    case 'checklist':
      return block.items.map((item) => `- [ ] ${renderInline(item, true)}`).join('\n');
    case 'table': {
      const header = `| ${block.header.map((text) => cell(escapeMarkdown(text))).join(' | ')} |`;
      const rule = `| ${block.header.map(() => '---').join(' | ')} |`;
      const rows = block.rows.map((row) => `| ${row.map((content) => cell(renderInline(content))).join(' | ')} |`);
      return [`*Table: ${escapeMarkdown(block.caption)}*`, '', header, rule, ...rows].join('\n');
    }
    case 'note':
      return `> **${block.tone === 'warning' ? 'Important' : 'Note'}:** ${renderInline(block.content, true).replace(/\n/g, '\n> ')}`;
    case 'write-in': {
      const lines = Array.from({ length: Math.max(1, block.lines) }, () => WRITE_IN_LINE);
      return [`**${escapeMarkdown(block.label)}**`, '', ...lines.map((line, index) => (index < lines.length - 1 ? `${line}  ` : line))].join('\n');
    }
  }
}

/** An anchor for the contents links, only for ids that cannot carry markup. */
function anchor(id: string): string {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) ? `<a id="${id}"></a>\n\n` : '';
}

function renderSection(section: Section): string {
  return [`${anchor(section.id)}## ${escapeMarkdown(section.title)}`, ...section.blocks.map(renderBlock)].join('\n\n');
}

/** Renders the document as Markdown. */
export function renderMarkdown(doc: DocumentModel): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.subtitle) parts.push(`**${escapeMarkdown(doc.subtitle)}**`);
  if (doc.cover.length > 0) parts.push(doc.cover.map((line) => escapeLineStart(escapeMarkdown(line))).join('  \n'));
  parts.push(
    `## ${CONTENTS_TITLE}`,
    contentsOf(doc)
      .map((entry, index) => {
        const title = escapeMarkdown(entry.title);
        return `${index + 1}. ${/^[A-Za-z][A-Za-z0-9_-]*$/.test(entry.id) ? `[${title}](#${entry.id})` : title}`;
      })
      .join('\n'),
  );
  parts.push(...doc.sections.map(renderSection));
  if (doc.omitted.length > 0) {
    parts.push(
      `${anchor(OMITTED_SECTION_ID)}## ${OMITTED_SECTION_TITLE}`,
      'These parts do not apply to your organization, for the reason given.',
      doc.omitted.map((entry) => `- **${escapeMarkdown(entry.title)}**: ${escapeMarkdown(entry.reason)}`).join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
