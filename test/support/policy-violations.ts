/**
 * Content Security Policy and Trusted Types violations, as the pages report them (`securitypolicyviolation`
 * events): every context of a browser is watched, and a test file fails on any violation its journeys cause.
 */
import { afterEach, expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';

const MARK = '[policy violation]';
const recorded = new WeakMap<Browser, string[]>();

async function watch(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript((mark) => {
    addEventListener('securitypolicyviolation', (e) =>
      console.error(`${mark} ${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
    );
  }, MARK);
  context.on('console', (message) => {
    if (message.text().startsWith(MARK)) violations.push(`${message.page()?.url() ?? ''}: ${message.text().slice(MARK.length + 1)}`);
  });
}

/** Watches every context this browser opens from now on (pages from `browser.newPage()` included). */
export function recordPolicyViolations(browser: Browser): Browser {
  const violations: string[] = [];
  recorded.set(browser, violations);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watch(context, violations);
    return context;
  };
  return browser;
}

/** For a browser test file: after each test, no page of `browser()` has reported a violation. */
export function failOnPolicyViolations(browser: () => Browser | undefined): void {
  afterEach(() => {
    const current = browser();
    expect(current ? (recorded.get(current)?.splice(0) ?? []) : [], 'Content Security Policy violations').toEqual([]);
  });
}
