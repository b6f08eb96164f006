/**
 * The review's fields: the shared form fields (src/islands/shared/fields.tsx), named by the answer's path in the
 * draft and with "(optional)" in the label where the question may be left out.
 */
import type { ComponentChildren } from 'preact';
import { fieldId } from './draft.ts';
import { describedBy, FieldError, Hint } from '../shared/field-parts.tsx';
import * as shared from '../shared/fields.tsx';

interface Common {
  /** The answer's path in the draft, which names the field's id (`review-…`). */
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  optional?: boolean;
  error?: string;
}

export { FieldError, Hint };

function label(props: Pick<Common, 'label' | 'optional'>): ComponentChildren {
  return props.optional ? (
    <>
      {props.label}
      {' (optional)'}
    </>
  ) : (
    props.label
  );
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): shared.Option<T>[] =>
  values.map((value) => ({ value, label: labels[value] }));

export function TextField(props: Common & { value: string; onInput: (value: string) => void; maxLength: number; width?: 'date' | 'short' | 'full'; autocomplete?: string }) {
  const { path, optional, ...rest } = props;
  return <shared.TextField {...rest} id={fieldId(path)} label={label(props)} />;
}

export function TextArea(props: Common & { value: string; onInput: (value: string) => void; maxLength: number; rows?: number }) {
  const { path, optional, ...rest } = props;
  return <shared.TextArea {...rest} id={fieldId(path)} label={label(props)} rows={props.rows ?? 5} />;
}

/** Radios in a fieldset; the first radio carries the field's id so the error summary can link to it. */
export function Radios<T extends string>(
  props: Common & { options: readonly T[]; labels: Record<T, string>; value: string; onChange: (value: T) => void; inline?: boolean; legendClass?: string },
) {
  const { path, optional, labels, value, ...rest } = props;
  return <shared.Radios {...rest} id={fieldId(path)} label={label(props)} options={options(props.options, labels)} value={value as T} />;
}

export function Select<T extends string>(props: Common & { options: readonly T[]; labels: Record<T, string>; value: T; onChange: (value: T) => void }) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <label class="field-label" for={id}>
        {label(props)}
      </label>
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
  const { path, optional, labels, ...rest } = props;
  return <shared.Checkboxes {...rest} id={fieldId(path)} label={label(props)} options={options(props.options, labels)} columns />;
}
