/** Form fields in the GOV.UK pattern: label, hint, the error beside the field, "(optional)" in the label. */
import type { ComponentChildren } from 'preact';
import { describedBy, FieldError, Hint, LengthLimit, useCutPaste } from './field-parts.tsx';

interface Common {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
}

export { describedBy, FieldError, Hint };

/** A field's label, hint and error, above the control, in that order. */
function FieldTop({ id, label, hint, error }: Common) {
  return (
    <>
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      <FieldError id={id} error={error} />
    </>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    maxLength?: number;
    width?: 'date' | 'number' | 'short' | 'full';
    autocomplete?: string;
    inputMode?: 'numeric' | 'tel' | 'email' | 'text';
    type?: 'text' | 'email' | 'tel' | 'datetime-local';
  },
) {
  const { id } = props;
  const date = props.width === 'date';
  const [cut, onPaste] = useCutPaste(props.maxLength);
  const limit = LengthLimit({ id, length: props.value.length, max: props.maxLength, cut });
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <FieldTop {...props} />
      <input
        type={props.type ?? 'text'}
        id={id}
        name={id}
        class={`input input-${props.width ?? 'full'}`}
        value={props.value}
        maxLength={props.maxLength}
        spellcheck={date || props.width === 'number' ? false : undefined}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete ?? 'off'}
        aria-describedby={describedBy(id, props.hint, props.error, limit ? `${id}-limit` : undefined)}
        aria-invalid={props.error ? 'true' : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onPaste={onPaste}
      />
      {limit}
    </div>
  );
}

export function TextArea(props: Common & { value: string; onInput: (value: string) => void; maxLength?: number; rows?: number }) {
  const { id } = props;
  const [cut, onPaste] = useCutPaste(props.maxLength);
  const limit = LengthLimit({ id, length: props.value.length, max: props.maxLength, cut });
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <FieldTop {...props} />
      <textarea
        id={id}
        name={id}
        class="input textarea"
        rows={props.rows ?? 4}
        value={props.value}
        maxLength={props.maxLength}
        aria-describedby={describedBy(id, props.hint, props.error, limit ? `${id}-limit` : undefined)}
        aria-invalid={props.error ? 'true' : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onPaste={onPaste}
      />
      {limit}
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** Radios in a fieldset; the first radio carries the field's id so the error summary can link to it. */
export function Radios<T extends string>(
  props: Common & {
    options: readonly Option<T>[];
    value: T | undefined;
    onChange: (value: T) => void;
    inline?: boolean;
    /** The id of the step heading, when the heading is this question (then there is no legend). */
    labelledBy?: string;
    legendClass?: string;
    children?: ComponentChildren;
  },
) {
  const { id } = props;
  return (
    <fieldset
      class={`field fieldset${props.error ? ' field-has-error' : ''}`}
      aria-labelledby={props.labelledBy}
      aria-describedby={describedBy(id, props.hint, props.error)}
    >
      {props.labelledBy ? null : <legend class={props.legendClass ?? 'field-label'}>{props.label}</legend>}
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={props.error} />
      <div class={props.inline ? 'choices choices-inline' : 'choices'}>
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div class="choice" key={option.value}>
              <input type="radio" id={optionId} name={id} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} />
              <label for={optionId}>
                {option.label}
                {option.hint ? <span class="choice-hint">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      {props.children}
    </fieldset>
  );
}

const YES_NO: Option<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** A yes-or-no question, as a boolean answer. */
export function YesNo(props: Common & { value: boolean | undefined; onChange: (value: boolean) => void }) {
  return (
    <Radios
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      inline
      options={YES_NO}
      value={props.value === undefined ? undefined : props.value ? 'yes' : 'no'}
      onChange={(value) => props.onChange(value === 'yes')}
    />
  );
}

export function Checkboxes<T extends string>(
  props: Common & { options: readonly Option<T>[]; checked: readonly string[]; onToggle: (value: T, checked: boolean) => void; columns?: boolean },
) {
  const { id } = props;
  return (
    <fieldset class={`field fieldset${props.error ? ' field-has-error' : ''}`} aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend class="field-label">{props.label}</legend>
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={props.error} />
      <div class={props.columns ? 'choices choices-columns' : 'choices'}>
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div class="choice" key={option.value}>
              <input
                type="checkbox"
                id={optionId}
                name={id}
                value={option.value}
                checked={props.checked.includes(option.value)}
                onChange={(event) => props.onToggle(option.value, event.currentTarget.checked)}
              />
              <label for={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A drop-down list; the first option, with an empty value, stands for no answer. */
export function Select<T extends string>(
  props: Common & { options: readonly Option<T>[]; value: T | undefined; empty: string; onChange: (value: T | undefined) => void },
) {
  const { id } = props;
  return (
    <div class={`field${props.error ? ' field-has-error' : ''}`}>
      <FieldTop {...props} />
      <select
        id={id}
        name={id}
        class="input select"
        value={props.value ?? ''}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(event) => props.onChange((event.currentTarget.value || undefined) as T | undefined)}
      >
        <option value="">{props.empty}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
