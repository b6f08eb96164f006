/**
 * The after-action report as it will print: the one place this form puts HTML into the page. The HTML comes from
 * the engine's renderer, which escapes every text it is given; headings move down two levels so the report sits
 * under the page's own headings.
 */
import { useMemo } from 'preact/hooks';
import type { DocumentModel } from '../../engine/document/model.ts';
import { demoteHeadings, renderHtml } from '../../engine/export/html.ts';
import { documentHtml } from '../../security/trusted-types.ts';

export function ReportPreview({ doc }: { doc: DocumentModel }) {
  const html = useMemo(() => documentHtml(demoteHeadings(renderHtml(doc))), [doc]);
  // Focusable so a keyboard can scroll a wide table on a narrow screen.
  return <div class="review-report" role="region" aria-label="After-action report preview" tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />;
}
