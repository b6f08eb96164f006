/** The parts every form field shares, in the GOV.UK pattern: hint, the error beside the field, and focus. */
import type { ComponentChildren } from 'preact';

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
