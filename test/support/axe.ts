/** Runs axe-core in a page with the WCAG 2.2 A and AA rules, and returns the violations in a readable form. */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose result depends on rendered colour, size, position or scrolling, so on the theme and the
 * layout. Every other WCAG rule (names, labels, landmarks, ids, alt text, ARIA, lists, tables, language) reads the
 * document's structure alone.
 */
export const LAYOUT_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];

/** Loads axe into every page the context opens from now on: sent to the browser once, not once per page. */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/**
 * Every WCAG 2.2 A and AA rule; with `structureOnly` the rules that do not depend on layout, with `layoutOnly` the
 * rules that do (all a second theme can change, once the first theme has had every rule). Only violations are
 * collected: axe skips gathering the passing nodes, which is most of its time on a long page.
 */
export async function axeViolations(page: Page, { structureOnly = false, layoutOnly = false } = {}): Promise<string[]> {
  // Evaluated rather than added as a <script>, which the site's Content Security Policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    ([tags, disabled, only]) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: only.length > 0 ? { type: 'rule', values: only } : { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      }),
    [WCAG_TAGS, structureOnly ? LAYOUT_RULES : [], layoutOnly ? LAYOUT_RULES : []] as const,
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
  );
}
