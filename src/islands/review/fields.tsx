/** Form fields in the GOV.UK pattern: label, hint, the error beside the field, "(optional)" in the label. */
import type { ComponentChildren } from 'preact';
import { fieldId } from '../../engine/review/draft.ts';
import { describedBy, FieldError, Hint } from '../shared/field-parts.tsx';

interface Common {
  /** The answer's path in the draft, which names the field's id (`review-…`). */
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  optional?: boolean;
  error?: string;
}


function Label({ id, label, optional }: { id: string; label: ComponentChildren; optional?: boolean }) {
  return (
    <label class="field-label" for={id}>
      {label}
      {optional ? ' (optional)' : ''}
    </label>
  );
}

export { FieldError, Hint };

export function TextField(props: Common & { value: string; onInput: (value: string) => void; maxLength: number; width?: 'date' | 'short' | 'full'; autocomplete?: string }) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <Label id={id} label={props.label} optional={props.optional} />
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={props.error} />
      <input
        type="text"
        id={id}
        name={id}
        class={`input input-${props.width ?? 'full'}`}
        value={props.value}
        maxLength={props.maxLength}
        spellcheck={props.width === 'date' ? false : undefined}
        autocomplete={props.autocomplete ?? 'off'}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

export function TextArea(props: Common & { value: string; onInput: (value: string) => void; maxLength: number; rows?: number }) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <Label id={id} label={props.label} optional={props.optional} />
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={props.error} />
      <textarea
        id={id}
        name={id}
        class="input textarea"
        rows={props.rows ?? 5}
        value={props.value}
        maxLength={props.maxLength}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/** Radios in a fieldset; the first radio carries the field's id so the error summary can link to it. */
export function Radios<T extends string>(
  props: Common & { options: readonly T[]; labels: Record<T, string>; value: string; onChange: (value: T) => void; inline?: boolean; legendClass?: string },
) {
  const id = fieldId(props.path);
  return (
    <fieldset class={`field fieldset${props.error ? ' field-has-error' : ''}`} aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend class={props.legendClass ?? 'field-label'}>
        {props.label}
        {props.optional ? ' (optional)' : ''}
      </legend>
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={props.error} />
      <div class={props.inline ? 'choices choices-inline' : 'choices'}>
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option}`;
          return (
            <div class="choice" key={option}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option}
                checked={props.value === option}
                onChange={() => props.onChange(option)}
              />
              <label for={optionId}>{props.labels[option]}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Select<T extends string>(props: Common & { options: readonly T[]; labels: Record<T, string>; value: T; onChange: (value: T) => void }) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <Label id={id} label={props.label} optional={props.optional} />
      <FieldError id={id} error={props.error} />
      <select
        id={id}
        name={id}
        class="input select"
        aria-describedby={describedBy(id, undefined, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option} value={option} selected={props.value === option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkboxes<T extends string>(
  props: Common & { options: readonly T[]; labels: Record<T, string>; checked: readonly T[]; onToggle: (value: T, checked: boolean) => void },
) {
  const id = fieldId(props.path);
  return (
    <fieldset class={`field fieldset${props.error ? ' field-has-error' : ''}`} aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend class="field-label">
        {props.label}
        {props.optional ? ' (optional)' : ''}
      </legend>
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={props.error} />
      <div class="choices choices-columns">
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option}`;
          return (
            <div class="choice" key={option}>
              <input
                type="checkbox"
                id={optionId}
                name={id}
                value={option}
                checked={props.checked.includes(option)}
                onChange={(event) => props.onToggle(option, event.currentTarget.checked)}
              />
              <label for={optionId}>{props.labels[option]}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
