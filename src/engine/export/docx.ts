/**
 * A DocumentModel as a Word document (.docx), with the `docx` package. The site loads this module only on demand
 * (a dynamic import), so `docx` stays out of the page's first JavaScript. Text goes in as text runs: `docx` writes the
 * XML and escapes it. The package properties carry no timestamps, so the same model gives the same document parts.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, DocumentModel, Inline, Section } from '../document/model.ts';
import { CONTENTS_TITLE, OMITTED_SECTION_ID, OMITTED_SECTION_TITLE, contentsOf, isAbsoluteHref, printable, safeHref } from './text.ts';

/** The box printed before each checklist item. */
export const CHECKBOX = '\u2610';

const ORDERED = 'breachline-ordered';

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40 characters. */
function bookmarkNames(doc: DocumentModel): Map<string, string> {
  return new Map(contentsOf(doc).map((entry, index) => [entry.id, `section_${index + 1}`]));
}

function runs(text: string, options: { bold?: boolean; style?: string } = {}): TextRun[] {
  return printable(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, bold: options.bold, style: options.style, break: index > 0 ? 1 : undefined }));
}

function inlineChildren(content: readonly Inline[], bookmarks: Map<string, string>): ParagraphChild[] {
  return content.flatMap((part): ParagraphChild[] => {
    if (typeof part === 'string') return runs(part);
    const href = part.href === undefined ? null : safeHref(part.href);
    if (href !== null && isAbsoluteHref(href)) {
      return [new ExternalHyperlink({ link: href, children: runs(part.text, { bold: part.strong, style: 'Hyperlink' }) })];
    }
    const internal = href?.startsWith('#') ? bookmarks.get(href.slice(1)) : undefined;
    if (internal) return [new InternalHyperlink({ anchor: internal, children: runs(part.text, { bold: part.strong, style: 'Hyperlink' }) })];
    return runs(part.text, { bold: part.strong });
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '555555' } as const;

function table(block: Extract<Block, { kind: 'table' }>, bookmarks: Map<string, string>): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map(
      (text) =>
        new TableCell({
          shading: { fill: 'EEEEEE' },
          children: [new Paragraph({ children: runs(text, { bold: true }) })],
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.header.map(
          (_, index) =>
            new TableCell({
              children: [
                new Paragraph({ children: inlineChildren(row[index] ?? [], bookmarks) }),
              ],
            }),
        ),
      }),
  );
  return [
    new Paragraph({ keepNext: true, children: runs(block.caption, { bold: true }) }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: CELL_BORDER,
        bottom: CELL_BORDER,
        left: CELL_BORDER,
        right: CELL_BORDER,
        insideHorizontal: CELL_BORDER,
        insideVertical: CELL_BORDER,
      },
      rows: [header, ...rows],
    }),
    new Paragraph({ children: [] }),
  ];
}

function blockParts(block: Block, bookmarks: Map<string, string>, nextList: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_1 : block.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: runs(block.text),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: inlineChildren(block.content, bookmarks) })];
    case 'list': {
      const instance = nextList();
      return block.items.map((item) =>
        block.ordered
          ? new Paragraph({ numbering: { reference: ORDERED, level: 0, instance }, children: inlineChildren(item, bookmarks) })
          : new Paragraph({ bullet: { level: 0 }, children: inlineChildren(item, bookmarks) }),
      );
    }
    case 'checklist':
      return block.items.map(
        (item) =>
          new Paragraph({
            indent: { left: 360, hanging: 360 },
            children: [new TextRun({ text: `${CHECKBOX}\t` }), ...inlineChildren(item, bookmarks)],
          }),
      );
    case 'table':
      return table(block, bookmarks);
    case 'note':
      return [
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: block.tone === 'warning' ? 'B58105' : '1D70B8', space: 8 } },
          indent: { left: 240 },
          children: [new TextRun({ text: block.tone === 'warning' ? 'Important: ' : 'Note: ', bold: true }), ...inlineChildren(block.content, bookmarks)],
        }),
      ];
    case 'write-in':
      return [
        new Paragraph({ keepNext: true, children: runs(block.label, { bold: true }) }),
        ...Array.from(
          { length: Math.max(1, block.lines) },
          (_, index) =>
            new Paragraph({
              keepNext: index < block.lines - 1,
              spacing: { before: 240 },
              border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '777777', space: 1 } },
              children: [],
            }),
        ),
      ];
  }
}

function sectionParts(section: Section, bookmarks: Map<string, string>, nextList: () => number): (Paragraph | Table)[] {
  const name = bookmarks.get(section.id) ?? '';
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: section.pageBreakBefore === true,
      children: [new Bookmark({ id: name, children: runs(section.title) })],
    }),
    ...section.blocks.flatMap((block) => blockParts(block, bookmarks, nextList)),
  ];
}

function escapeXml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);
}

/** Package properties with a title and no dates, in place of docx's own (which stamp the current time). */
function coreProperties(doc: DocumentModel): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(doc.title)}</dc:title>`,
    '<dc:creator>Breachline</dc:creator>',
    '<cp:lastModifiedBy>Breachline</cp:lastModifiedBy>',
    '</cp:coreProperties>',
  ].join('');
}

/** Builds the Word document object (exported for tests that look inside it). */
export function buildWordDocument(doc: DocumentModel): Document {
  const bookmarks = bookmarkNames(doc);
  let lists = 0;
  const nextList = () => {
    lists += 1;
    return lists;
  };
  const cover: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400 }, children: runs(doc.title) }),
    ...(doc.subtitle ? [new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: printable(doc.subtitle), size: 32 })] })] : []),
    ...doc.cover.map((line) => new Paragraph({ children: runs(line) })),
  ];
  const contents: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs(CONTENTS_TITLE) }),
    ...contentsOf(doc).map((entry, index) => {
      const anchor = bookmarks.get(entry.id) ?? '';
      return new Paragraph({
        children: [
          new TextRun({ text: `${index + 1}.\t` }),
          new InternalHyperlink({ anchor, children: runs(entry.title, { style: 'Hyperlink' }) }),
        ],
      });
    }),
  ];
  const omitted: Paragraph[] =
    doc.omitted.length > 0
      ? [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            children: [new Bookmark({ id: bookmarks.get(OMITTED_SECTION_ID) ?? '', children: runs(OMITTED_SECTION_TITLE) })],
          }),
          new Paragraph({ children: runs('These parts do not apply to your organization, for the reason given.') }),
          ...doc.omitted.map(
            (entry) =>
              new Paragraph({ bullet: { level: 0 }, children: [...runs(entry.title, { bold: true }), ...runs(`: ${entry.reason}`)] }),
          ),
        ]
      : [];
  return new Document({
    title: printable(doc.title),
    creator: 'Breachline',
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        children: [...cover, ...contents, ...doc.sections.flatMap((section) => sectionParts(section, bookmarks, nextList)), ...omitted],
      },
    ],
  });
}

/** Renders the document as the bytes of a .docx file. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const word = buildWordDocument(doc);
  const buffer = await Packer.toArrayBuffer(word, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
  return new Uint8Array(buffer);
}
