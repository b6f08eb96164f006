/** The parts every form field shares, in the GOV.UK pattern: hint, the error beside the field, and focus. */
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { cutText, insertionCut, remainingText } from './length-limit.ts';

/** The aria-describedby value for a field with an optional hint, error and extra description. */
export function describedBy(id: string, hint: unknown, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function Hint({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <div class="field-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p class="field-error" id={`${id}-error`}>
      <span class="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

/** Moves focus to a field and brings its label or legend into view, as the GOV.UK error summary does. */
export function focusFieldById(id: string): boolean {
  const field = document.getElementById(id) as HTMLInputElement | null;
  if (!field) return false;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = field.type === 'radio' || field.type === 'checkbox' ? legend : document.querySelector(`label[for="${field.id}"]`);
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
  return true;
}

/**
 * The field's length limit in words, below the field: the characters left once near it, and that a paste was cut.
 * Null (nothing shown) while the text is short. Polite, so a screen reader hears it after the keystroke.
 */
export function LengthLimit({ id, length, max, cut }: { id: string; length: number; max: number | undefined; cut: boolean }) {
  const remaining = remainingText(length, max);
  if (!remaining && !cut) return null;
  return (
    <p class={`field-limit${cut ? ' field-limit-cut' : ''}`} id={`${id}-limit`} aria-live="polite">
      {cut && max !== undefined ? `${cutText(max)} ` : ''}
      {remaining}
    </p>
  );
}

/** Whether the last paste into the field was cut by its maxlength, and the paste handler that finds out. */
export function useCutPaste(max: number | undefined): [boolean, (event: JSX.TargetedClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void] {
  const [cut, setCut] = useState(false);
  return [
    cut,
    (event) => {
      const field = event.currentTarget;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      setCut(insertionCut(field.value, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, pasted, max));
    },
  ];
}
