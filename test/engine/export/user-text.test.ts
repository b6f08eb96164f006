/**
 * User text is isolated from the direction of the words around it in every format: a right-to-left override typed
 * in a name must not reverse the sentence it stands in (document/user-text.ts).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isolateUserText } from '../../../src/engine/answers/user-text.ts';
import { validateAnswers } from '../../../src/engine/answers/validate.ts';
import { isolatedRuns, userText, withoutBidiControls } from '../../../src/engine/document/user-text.ts';
import { renderDocx } from '../../../src/engine/export/docx.ts';
import { renderHtml } from '../../../src/engine/export/html.ts';
import { renderIcs } from '../../../src/engine/export/ics.ts';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { timelineFor, type Answers } from '../../../src/engine/index.ts';
import { planFor } from '../../../src/engine/index.ts';
import { fixture } from '../plan/fixtures.ts';

const FSI = '\u2068';
const PDI = '\u2069';

/** Every bidirectional control character: marks, embeddings, overrides and isolates. */
const CONTROLS = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const ISOLATE_CONTROLS = new Set(['\u2066', '\u2067', '\u2068', '\u2069']);

describe('userText', () => {
  it('wraps text in one isolate and drops isolate controls of its own', () => {
    expect(userText('Lakeside')).toBe(`${FSI}Lakeside${PDI}`);
    expect(userText(`A${PDI}\u202EB`)).toBe(`${FSI}A\u202EB${PDI}`);
    expect(userText('')).toBe('');
  });

  it('leaves no bidirectional control in a file name', () => {
    expect(withoutBidiControls(`plan-\u202Efdp.exe${FSI}x${PDI}`)).toBe('plan-fdp.exex');
  });
});

describe('isolatedRuns', () => {
  it('pairs each isolate, drops an unpaired close and closes an open isolate at the end', () => {
    expect(isolatedRuns(`a${FSI}b${PDI}c${PDI}d${FSI}e`)).toEqual([
      { text: 'a', isolated: false },
      { text: 'b', isolated: true },
      { text: 'cd', isolated: false },
      { text: 'e', isolated: true },
    ]);
  });
});

/** Every string in the answers, with its path. */
function strings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

function withValue(answers: Answers, path: (string | number)[], value: string): unknown {
  const copy = structuredClone(answers) as Record<string | number, unknown>;
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

const read = (value: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], value);

describe('isolateUserText', () => {
  it('isolates every answer that accepts free text, whatever field the schema gains', () => {
    for (const name of ['maximal', 'clinic-ransomware', 'billing-ba']) {
      const answers = fixture(name);
      for (const { path } of strings(answers)) {
        const probe = withValue(answers, path, 'x\u202Ey');
        const result = validateAnswers(probe);
        if (!result.ok) continue; // a format (date, choice, phone, email) that refuses bidirectional text
        expect(read(isolateUserText(result.answers), path), `${name}: ${path.join('.')}`).toBe(`${FSI}x\u202Ey${PDI}`);
      }
    }
  });
});

describe('every format', () => {
  for (const control of CONTROLS) {
    const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase()}`;
    it(`isolates a name typed with ${code}`, async () => {
      const base = fixture('clinic-ransomware');
      const answers: Answers = {
        ...base,
        organization: { ...base.organization, name: `Lake${control}side Clinic` },
        systems: { ...base.systems, backups: `Tapes${control} nightly` },
      };
      const inner = ISOLATE_CONTROLS.has(control) ? 'Lakeside Clinic' : `Lake${control}side Clinic`;
      const plan = planFor(answers, '2025-03-10');

      expect(renderMarkdown(plan)).toContain(`${FSI}${inner}${PDI}`);

      const html = renderHtml(plan);
      expect(html).toContain(`<bdi>${inner}</bdi>`);
      expect(html, 'every isolate becomes an element').not.toMatch(/[\u2066-\u2069]/);

      const docx = strFromU8(unzipSync(await renderDocx(plan))['word/document.xml']!);
      expect(docx).toContain(`${FSI}${inner}${PDI}`);

      const ics = renderIcs(timelineFor(answers, '2025-03-10'), { organization: answers.organization.name, now: '2025-03-10T08:00:00Z' });
      expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`X-WR-CALNAME:${FSI}${inner}${PDI}: breach notification deadlines`);
    });
  }
});
