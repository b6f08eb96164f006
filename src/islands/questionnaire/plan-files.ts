/** The files made from the plan on the page: small exporters, loaded when the plan is shown. Word loads on its own. */
import type { DocumentModel } from '../../engine/document/model.ts';
import { renderHtml } from '../../engine/export/html.ts';

export { renderIcs } from '../../engine/export/ics.ts';
export { answersToJson } from '../../engine/export/json.ts';
export { renderMarkdown } from '../../engine/export/markdown.ts';

/** The plan as a page of its own, to keep or open without Breachline. */
export function standaloneHtml(doc: DocumentModel): string {
  return renderHtml(doc, { standalone: true });
}
