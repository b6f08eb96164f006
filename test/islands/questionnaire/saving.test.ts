/** The answers-file section of /plan/, rendered in Node: where the browser's refusal to keep saved work is said. */
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { AnswersFiles } from '../../../src/islands/questionnaire/saving.tsx';

const view = (keepWarning?: string | null) => parse(render(h(AnswersFiles, { onExport: () => {}, onImport: () => {}, keepWarning })));

describe('AnswersFiles', () => {
  it('says the keep warning before the download that answers it', () => {
    const root = view('This browser did not agree to keep your saved work.');
    const section = root.querySelector('section.answers-files');
    expect(section?.querySelector('#save-warning')?.textContent).toBe('This browser did not agree to keep your saved work.');
    const order = section?.querySelectorAll('#save-warning, button').map((element) => element.tagName.toLowerCase());
    expect(order).toEqual(['p', 'button']);
  });

  it('says nothing of keeping when the browser keeps the work or cannot say', () => {
    expect(view(null).querySelector('#save-warning')).toBeNull();
    expect(view().querySelector('#save-warning')).toBeNull();
  });
});
