/** Line breaks typed in a long answer survive into every format, and cannot start a block of their own. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/engine/export/docx.ts';
import { renderHtml } from '../../../src/engine/export/html.ts';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import type { Answers } from '../../../src/engine/index.ts';
import { planFor } from '../../../src/engine/index.ts';
import { fixture } from '../plan/fixtures.ts';

const base = fixture('clinic');
const answers: Answers = { ...base, systems: { ...base.systems, backups: 'Nightly tapes\nWeekly copy offsite\n\n\n- tested in May\n# not a heading' } };
const plan = planFor(answers, '2025-03-10');

describe('line breaks in a long answer', () => {
  it('become hard breaks in Markdown, each line escaped so it starts no list or heading', () => {
    const markdown = renderMarkdown(plan);
    expect(markdown).toContain('Nightly tapes\\\nWeekly copy offsite\\\n\\- tested in May\\\n\\# not a heading');
  });

  it('become <br> in HTML', () => {
    expect(renderHtml(plan)).toContain('Nightly tapes<br>\nWeekly copy offsite<br>\n- tested in May<br>\n# not a heading');
  });

  it('become line breaks in Word', async () => {
    const xml = strFromU8(unzipSync(await renderDocx(plan))['word/document.xml']!);
    expect(xml).toMatch(/Nightly tapes<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Weekly copy offsite/);
  });
});
