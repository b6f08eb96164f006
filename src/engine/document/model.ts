/**
 * A document as plain data: what the plan, the exercise packs and the after-action report are made of before they
 * become HTML, Markdown or Word. Text here is always plain text (never markup): each renderer escapes it for its
 * own format, so a hostile value typed into a field comes out inert everywhere.
 */

/** Inline text: plain strings, with optional emphasis or a link. */
export type Inline = string | { text: string; strong?: boolean; href?: string };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  /** Items with an empty box to tick on paper. */
  | { kind: 'checklist'; items: Inline[][] }
  | { kind: 'table'; caption: string; header: string[]; rows: Inline[][][] }
  /** A call-out: a warning or an explanation the reader must not miss. */
  | { kind: 'note'; tone: 'info' | 'warning'; content: Inline[] }
  /** Lines to write on by hand (a form field on paper). */
  | { kind: 'write-in'; label: string; lines: number };

export interface Section {
  /** Stable id, used for anchors and the table of contents. */
  id: string;
  title: string;
  blocks: Block[];
  /** Start this section on a new page when printed. */
  pageBreakBefore?: boolean;
}

export interface DocumentModel {
  title: string;
  subtitle?: string;
  /** Lines for the cover page: organization, version, dates. */
  cover: string[];
  sections: Section[];
  /** Sections left out because they do not apply, with the reason: the document says why. */
  omitted: { title: string; reason: string }[];
}
