/**
 * Puts a tailoring into the server-rendered pack with the pack renderer's own markup (the same HTML
 * `breachline exercise` writes): names, systems and the deadlines panel come from its functions, which escape and
 * isolate every value from the answers, and reach the page through the Trusted Types door for the engine's HTML.
 */
import type { Tailoring } from './tailor.ts';
import type { Html } from '../../components/exercises/render/html.ts';
import { relativeLinks } from '../../components/exercises/render/site-links.ts';
import { tailoredDeadlines } from '../../components/exercises/render/tailored-deadlines.ts';
import { userValue, userValues } from '../../components/exercises/render/user-value.ts';
import { documentHtml } from '../../security/trusted-types.ts';

/** Marks in the pack's HTML: spans to fill, and the deadlines panel's generic half and the container for the tailored one. */
export const MARKS = {
  token: 'data-tailor',
  role: 'data-tailor-role',
  generic: 'data-tailor-generic',
  deadlines: 'data-tailor-deadlines',
} as const;

const fill = (element: HTMLElement, markup: Html): void => {
  element.innerHTML = documentHtml(markup.value);
};

/** Fills the pack with the tailoring. Spans without an answer keep their generic text. */
export function applyTailoring(root: ParentNode, tailoring: Tailoring): void {
  const tokens: Record<string, string | null> = { organization: tailoring.organization, ehr: tailoring.ehr };
  for (const span of root.querySelectorAll<HTMLElement>(`[${MARKS.token}]`)) {
    const value = tokens[span.getAttribute(MARKS.token) ?? ''];
    if (value) {
      fill(span, userValue(value));
      span.classList.add('tailored');
    }
  }
  for (const span of root.querySelectorAll<HTMLElement>(`[${MARKS.role}]`)) {
    const names = tailoring.people[span.getAttribute(MARKS.role) as keyof Tailoring['people']];
    if (names?.length) {
      fill(span, userValues(names));
      span.classList.add('tailored');
    }
  }
  for (const generic of root.querySelectorAll<HTMLElement>(`[${MARKS.generic}]`)) generic.remove();
  for (const container of root.querySelectorAll<HTMLElement>(`[${MARKS.deadlines}]`)) {
    container.hidden = false;
    fill(container, tailoredDeadlines(tailoring, relativeLinks));
  }
}
