import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/engine/document/model.ts';
import { escapeHtml, renderHtml } from '../../../src/engine/export/html.ts';
import { safeHref } from '../../../src/engine/export/text.ts';
import { planFor } from '../../../src/engine/index.ts';
import { fixture, HOSTILE } from '../plan/fixtures.ts';

const plan = planFor(fixture('clinic-ransomware'), '2025-03-10');

const sample: DocumentModel = {
  title: 'T',
  cover: ['c'],
  sections: [
    {
      id: 's1',
      title: 'One',
      pageBreakBefore: true,
      blocks: [
        { kind: 'table', caption: 'Cap', header: ['A', 'B'], rows: [[['a'], ['b']]] },
        { kind: 'checklist', items: [['tick']] },
        { kind: 'note', tone: 'warning', content: ['careful'] },
        { kind: 'write-in', label: 'Write', lines: 3 },
        {
          kind: 'paragraph',
          content: [
            { text: 'ok', href: 'https://example.org/a?b=1&c=2' },
            { text: 'bad', href: 'javascript:alert(1)' },
            { text: 'bad2', href: ' JaVaScRiPt:alert(1)' },
            { text: 'bad3', href: 'java\tscript:alert(1)' },
            { text: 'data', href: 'data:text/html,<script>alert(1)</script>' },
            { text: 'rel', href: '#s1' },
          ],
        },
      ],
    },
  ],
  omitted: [{ title: 'Gone', reason: 'Because' }],
};

describe('renderHtml', () => {
  it('returns a fragment with a title, a contents nav and one section per model section', () => {
    const html = renderHtml(plan);
    expect(html).not.toContain('<!doctype html>');
    expect(html).toContain('<h1>Incident Response Plan: <bdi>Gulf Coast Family Medicine</bdi></h1>');
    expect(html).toMatch(/<nav class="toc"[^>]*>/);
    for (const section of plan.sections) {
      expect(html).toContain(`<section id="${section.id}"`);
      expect(html).toContain(`<a href="#${section.id}">`);
    }
  });

  it('renders tables with caption and scoped headers, checklists without inputs, notes and write-in lines', () => {
    const html = renderHtml(sample);
    expect(html).toContain('<caption>Cap</caption>');
    expect(html).toContain('<th scope="col">A</th>');
    expect(html).toContain('<th scope="row">a</th>');
    expect(html).toContain('<ul class="checklist"><li>tick</li></ul>');
    expect(html).not.toContain('<input');
    expect(html).toContain('role="note"');
    expect(html.match(/class="write-in-line"/g)).toHaveLength(3);
    expect(html).toContain('<section id="s1" class="page-break">');
    expect(html).toContain('<strong>Gone</strong>: Because');
  });

  it('keeps http(s) and relative links and prints any other scheme as text', () => {
    const html = renderHtml(sample);
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">ok</a>');
    expect(html).toContain('<a href="#s1">rel</a>');
    expect(html).not.toMatch(/href="\s*(javascript|data|java)/i);
    expect(html).toContain('bad2');
  });

  it('writes a full printable page with standalone', () => {
    const html = renderHtml(plan, { standalone: true });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Incident Response Plan: \u2068Gulf Coast Family Medicine\u2069</title>');
    expect(html).toContain('@media print');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('display: table-header-group');
    expect(html).toContain('break-before: page');
  });

  it('leaves every hostile value inert', () => {
    const html = renderHtml(planFor(fixture('hostile'), '2025-03-10'), { standalone: true });
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script>alert/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain(escapeHtml(HOSTILE.img));
    expect(html).toContain('&quot;quotes&quot; &amp; &#39;apostrophes&#39;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('safeHref', () => {
  it('allows http, https, mailto, tel and relative references', () => {
    for (const href of ['http://a.example', 'HTTPS://a.example', 'mailto:a@example.org', 'tel:+15550100', '#x', '/guide', 'page.html']) {
      expect(safeHref(href), href).toBe(href);
    }
  });

  it('refuses other schemes, including disguised ones', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:x', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '']) {
      expect(safeHref(href), href).toBeNull();
    }
  });
});
