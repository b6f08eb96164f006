import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/engine/document/model.ts';
import { escapeMarkdown, renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { planFor } from '../../../src/engine/index.ts';
import { fixture } from '../plan/fixtures.ts';

/** A link or image that a Markdown reader would make live: `[text](target)` whose `[` and `]` are not escaped. */
const LIVE_LINK = /(?<!\\)\[(?:[^\]\\]|\\.)*(?<!\\)\]\(/g;

function liveLinkTargets(markdown: string): string[] {
  return [...markdown.matchAll(new RegExp(`${LIVE_LINK.source}([^)\\s]*)`, 'g'))].map((match) => match[1]);
}

describe('renderMarkdown', () => {
  const plan = planFor(fixture('clinic-ransomware'), '2025-03-10');
  const markdown = renderMarkdown(plan);

  it('writes the title, a contents list linking each section, and each section as a heading', () => {
    expect(markdown.startsWith('# Incident Response Plan: \u2068Gulf Coast Family Medicine\u2069\n')).toBe(true);
    for (const section of plan.sections) {
      expect(markdown).toContain(`](#${section.id})`);
      expect(markdown).toContain(`<a id="${section.id}"></a>`);
    }
  });

  it('writes checklists as task items and tables with a header rule', () => {
    expect(markdown).toContain('- [ ] ');
    expect(markdown).toMatch(/\| Activity \| Incident commander: \u2068Maria Gonzalez\u2069 \|/);
    expect(markdown).toContain('| --- |');
  });

  it('turns newlines and pipes in table cells into spaces and escaped pipes', () => {
    const doc: DocumentModel = {
      title: 'T',
      cover: [],
      omitted: [],
      sections: [{ id: 's', title: 'S', blocks: [{ kind: 'table', caption: 'C', header: ['H'], rows: [[['a | b\nc']]] }] }],
    };
    expect(renderMarkdown(doc)).toContain('| a \\| b c |');
  });

  it('leaves every hostile value inert: no raw HTML, no live link but the plan’s own', () => {
    const hostile = renderMarkdown(planFor(fixture('hostile'), '2025-03-10'));
    expect(hostile).not.toMatch(/<img/i);
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain('\\](javascript:alert(1))');
    for (const target of liveLinkTargets(hostile)) expect(target, target).toMatch(/^(#|https?:|mailto:|tel:)/);
    expect(hostile).not.toMatch(/^(- not a list|1\. not a list)/m);
  });
});

describe('escapeMarkdown', () => {
  it('escapes emphasis, code, brackets, headings, pipes and HTML', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) # f | g <h> ~i~ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\# f \\| g &lt;h&gt; \\~i\\~ \\\\');
  });

  it('escapes an ampersand only where it would start an entity', () => {
    expect(escapeMarkdown('Tex. Bus. & Com. Code &lt;')).toBe('Tex. Bus. & Com. Code &amp;lt;');
  });
});
