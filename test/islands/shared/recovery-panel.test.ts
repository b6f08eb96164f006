/** The recovery panel rendered in Node: data that cannot be opened, and data whose check could not run. */
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { RecoveryPanel } from '../../../src/islands/shared/RecoveryPanel.tsx';

const panel = (unchecked: boolean) =>
  parse(render(h(RecoveryPanel, { what: 'review', filename: 'saved.txt', raw: '{}', problem: 'The problem.', unchecked, onStartOver: () => undefined })));
const buttons = (root: ReturnType<typeof parse>) => root.querySelectorAll('button').map((button) => button.textContent.trim());

describe('RecoveryPanel', () => {
  it('offers a copy or a fresh start for data that cannot be opened', () => {
    const root = panel(false);
    expect(root.querySelector('h2')?.textContent).toBe('Your saved review could not be opened');
    expect(buttons(root)).toEqual(['Download the saved data', 'Start over']);
  });
  it('offers a reload or a copy, and no fresh start, for data whose check could not run', () => {
    const root = panel(true);
    expect(root.querySelector('h2')?.textContent).toBe('Your saved review could not be checked');
    expect(root.textContent).toContain('The problem.');
    expect(buttons(root)).toEqual(['Reload the page', 'Download the saved data']);
  });
});
