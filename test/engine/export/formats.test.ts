import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/engine/export/docx.ts';
import { renderHtml } from '../../../src/engine/export/html.ts';
import { answersToJson, renderJson } from '../../../src/engine/export/json.ts';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { planFor } from '../../../src/engine/index.ts';
import { fixture } from '../plan/fixtures.ts';

describe('every format from the same plan', () => {
  const answers = fixture('clinic-ransomware');
  const plan = planFor(answers, '2025-03-10');

  it('carries every section title and the incident commander’s name', async () => {
    const xml = strFromU8(unzipSync(await renderDocx(plan))['word/document.xml']);
    const outputs = [renderHtml(plan), renderHtml(plan, { standalone: true }), renderMarkdown(plan), renderJson(plan), xml];
    for (const output of outputs) {
      expect(output).toContain('Maria Gonzalez');
      for (const section of plan.sections) expect(output).toContain(section.title);
    }
  });

  it('gives identical text output for the same answers and today', () => {
    const again = planFor(answers, '2025-03-10');
    expect(renderHtml(again, { standalone: true })).toBe(renderHtml(plan, { standalone: true }));
    expect(renderMarkdown(again)).toBe(renderMarkdown(plan));
    expect(renderJson(again)).toBe(renderJson(plan));
  });

  it('round-trips the document model and the answers through JSON', () => {
    expect(JSON.parse(renderJson(plan))).toEqual(plan);
    expect(JSON.parse(answersToJson(answers))).toEqual(answers);
    expect(answersToJson(answers)).toMatch(/^\{\n {2}"schemaVersion": 2,/);
  });
});
