import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { cutText, insertionCut, remainingText } from '../../../src/islands/shared/length-limit.ts';
import { TextArea, TextField } from '../../../src/islands/shared/fields.tsx';

describe('remainingText', () => {
  it('says nothing while the text is short of the limit', () => {
    expect(remainingText(0, 200)).toBeNull();
    expect(remainingText(159, 200)).toBeNull();
  });

  it('counts what is left from 80% of the limit, and says when the limit is reached', () => {
    expect(remainingText(160, 200)).toBe('You have 40 characters left.');
    expect(remainingText(199, 200)).toBe('You have 1 character left.');
    expect(remainingText(200, 200)).toBe('You have reached the limit of 200 characters.');
    expect(remainingText(3_500, 4_000)).toBe('You have 500 characters left.');
  });

  it('says nothing for a field without a limit', () => {
    expect(remainingText(10_000, undefined)).toBeNull();
  });
});

describe('insertionCut', () => {
  it('finds a paste that the limit cuts, counting the selection it replaces', () => {
    expect(insertionCut('', 0, 0, 'x'.repeat(20_000), 200)).toBe(true);
    expect(insertionCut('abc', 3, 3, 'x'.repeat(197), 200)).toBe(false);
    expect(insertionCut('abc', 3, 3, 'x'.repeat(198), 200)).toBe(true);
    expect(insertionCut('x'.repeat(200), 0, 200, 'y'.repeat(200), 200)).toBe(false);
    expect(insertionCut('', 0, 0, 'x'.repeat(20_000), undefined)).toBe(false);
  });
});

describe('a text field near its limit', () => {
  it('shows the characters left below the field and points the field at it', () => {
    const html = render(h(TextField, { id: 'q-name', label: 'Name', value: 'x'.repeat(190), maxLength: 200, onInput: () => undefined }));
    expect(html).toContain('<p class="field-limit" id="q-name-limit" aria-live="polite">You have 10 characters left.</p>');
    expect(html).toMatch(/<input[^>]*aria-describedby="q-name-limit"/);
  });

  it('shows nothing about the limit while the text is short', () => {
    const html = render(h(TextArea, { id: 'q-notes', label: 'Notes', value: 'Short.', maxLength: 4_000, onInput: () => undefined }));
    expect(html).not.toContain('field-limit');
    expect(html).not.toContain('aria-describedby');
  });

  it('names the limit in the message for a cut paste', () => {
    expect(cutText(4_000)).toContain('only the first 4,000 characters were kept');
  });
});
