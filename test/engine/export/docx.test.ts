import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CHECKBOX, renderDocx } from '../../../src/engine/export/docx.ts';
import { planFor } from '../../../src/engine/index.ts';
import { fixture } from '../plan/fixtures.ts';

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

describe('renderDocx', () => {
  it('writes a Word document with heading styles, a contents list, named people, tables and checkboxes', async () => {
    const plan = planFor(fixture('clinic-ransomware'), '2025-03-10');
    const files = await parts(await renderDocx(plan));
    const xml = files['word/document.xml'];
    expect(xml).toBeDefined();
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('Contents');
    for (const section of plan.sections) expect(xml).toContain(section.title);
    expect(xml).toContain('Maria Gonzalez');
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('<w:pageBreakBefore');
    expect(xml).toContain(CHECKBOX);
    expect(files['docProps/core.xml']).toContain('<dc:title>Incident Response Plan: \u2068Gulf Coast Family Medicine\u2069</dc:title>');
  });

  it('writes hostile values only as escaped text', async () => {
    const files = await parts(await renderDocx(planFor(fixture('hostile'), '2025-03-10')));
    const xml = files['word/document.xml'];
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).toContain('](javascript:alert(1))');
    const rels = files['word/_rels/document.xml.rels'] ?? '';
    expect(rels).not.toMatch(/javascript:/i);
    expect(files['docProps/core.xml']).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives the same document parts for the same plan, up to the random ids docx gives hyperlinks', async () => {
    // docx names each hyperlink relationship with a random id (nanoid) and numbers bookmarks with a counter that
    // runs on across documents: renumber both in order of appearance.
    const normalize = (files: Record<string, string>) => {
      const ids = new Map<string, string>();
      const renumber = (id: string) => {
        if (!ids.has(id)) ids.set(id, String(ids.size + 1));
        return ids.get(id) ?? id;
      };
      return Object.fromEntries(
        Object.entries(files).map(([path, text]) => [
          path,
          text
            .replace(/rId[A-Za-z0-9_-]{21}/g, (id) => `rIdLink${renumber(id)}`)
            .replace(/(<w:bookmark(?:Start|End)[^>]*?w:id=")(\d+)"/g, (_, head: string, id: string) => `${head}b${renumber(`b${id}`)}"`),
        ]),
      );
    };
    const plan = planFor(fixture('billing-ba'), '2025-01-15');
    const [first, second] = [await parts(await renderDocx(plan)), await parts(await renderDocx(plan))];
    expect(Object.keys(first)).toEqual(Object.keys(second));
    expect(normalize(first)).toEqual(normalize(second));
    expect(first['docProps/core.xml']).not.toMatch(/dcterms:(created|modified)/);
  });
});
