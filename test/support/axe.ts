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
  const run = () =>
    page.evaluate(
      ([tags, disabled, only]) => {
        const { axe: loaded } = window as unknown as { axe?: typeof axe };
        return loaded
          ? loaded.run(document, {
              runOnly: only.length > 0 ? { type: 'rule', values: only } : { type: 'tag', values: tags },
              rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
              resultTypes: ['violations'],
            })
          : null;
      },
      [WCAG_TAGS, structureOnly ? LAYOUT_RULES : [], layoutOnly ? LAYOUT_RULES : []] as const,
    );
  // One call when the context preloaded axe; otherwise axe is evaluated first, rather than added as a <script>,
  // which the site's Content Security Policy refuses.
  let results = await run();
  if (!results) {
    await page.evaluate(axe.source);
    results = await run();
  }
  if (!results) throw new Error('axe did not load in the page');
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
  );
}
