import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site.ts';
import { TEMPLATES, templatesOf } from '../support/templates.ts';

// The accessibility tests run every WCAG rule on one page per template: a page no template claims would escape them.
describe('page templates', () => {
  it.each(builtPages().map(([url]) => url))('%s comes from exactly one template', (url) => {
    expect(templatesOf(url).map((t) => t.name)).toHaveLength(1);
  });

  it('each template has a built page', () => {
    const pages = builtPages().map(([url]) => url);
    expect(TEMPLATES.filter((t) => !pages.some((url) => t.matches.test(url))).map((t) => t.name)).toEqual([]);
  });
});
