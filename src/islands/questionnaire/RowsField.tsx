/**
 * A list the person builds row by row (clients, critical systems): each row a small group of fields, with buttons
 * to add a row, remove one and, where order matters, move one up or down. Focus follows the change: to the new
 * row, to the row that takes a removed one's place (or the Add button), to the moved row's same button.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { describedBy, FieldError, Hint, TextField } from '../shared/fields.tsx';

export interface RowColumn<F extends string> {
  field: F;
  label: string;
  width: 'short' | 'number';
  maxLength: number;
  numeric?: boolean;
}

export function RowsField<F extends string>(props: {
  /** The list's id ("q-systems-critical"); rows' fields are `${id}-${index}-${field}`, the Add button `${id}-add`. */
  id: string;
  legend: string;
  hint?: ComponentChildren;
  /** What one row is, for its legend and buttons: "Client", "System". */
  noun: string;
  rows: readonly Partial<Record<F, string | number>>[];
  columns: readonly RowColumn<F>[];
  errors: ReadonlyMap<string, string>;
  /** Offer Move up and Move down: the order of the rows means something. */
  ordered?: boolean;
  onAdd: () => void;
  onChange: (index: number, field: F, value: string) => void;
  onRemove: (index: number) => void;
  onMove?: (index: number, by: -1 | 1) => void;
}) {
  const { id, rows, columns, noun } = props;
  const pendingFocus = useRef<string | null>(null);
  // Right after the render that shows the change; a render from before it (the element not there yet) leaves the request waiting.
  useLayoutEffect(() => {
    const target = pendingFocus.current && document.getElementById(pendingFocus.current);
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  });
  const first = (index: number) => `${id}-${index}-${columns[0].field}`;
  const listError = props.errors.get(`${id}-add`);
  const rowName = (index: number) => {
    const name = rows[index]?.[columns[0].field];
    return `${noun.toLowerCase()} ${index + 1}${name ? ` (${name})` : ''}`;
  };

  return (
    <fieldset class={`field fieldset rows${listError ? ' field-has-error' : ''}`} aria-describedby={describedBy(id, props.hint, listError)}>
      <legend class="field-label">{props.legend}</legend>
      {props.hint ? <Hint id={id}>{props.hint}</Hint> : null}
      <FieldError id={id} error={listError} />
      {rows.map((row, index) => (
        <fieldset class="contact row" key={index}>
          <legend class="contact-legend">
            {noun} {index + 1}
          </legend>
          <div class="contact-grid">
            {columns.map((column) => {
              const fieldId = `${id}-${index}-${column.field}`;
              const value = row[column.field];
              return (
                <TextField
                  key={column.field}
                  id={fieldId}
                  label={column.label}
                  value={value === undefined ? '' : String(value)}
                  width={column.width}
                  inputMode={column.numeric ? 'numeric' : undefined}
                  maxLength={column.maxLength}
                  error={props.errors.get(fieldId)}
                  onInput={(next) => props.onChange(index, column.field, next)}
                />
              );
            })}
          </div>
          <div class="button-row row-actions">
            {props.ordered && props.onMove && index > 0 ? (
              <button
                type="button"
                class="button-secondary button-small"
                id={`${id}-${index}-up`}
                onClick={() => {
                  props.onMove?.(index, -1);
                  pendingFocus.current = index - 1 > 0 ? `${id}-${index - 1}-up` : `${id}-${index - 1}-down`;
                }}
              >
                Move up<span class="visually-hidden"> {rowName(index)}</span>
              </button>
            ) : null}
            {props.ordered && props.onMove && index < rows.length - 1 ? (
              <button
                type="button"
                class="button-secondary button-small"
                id={`${id}-${index}-down`}
                onClick={() => {
                  props.onMove?.(index, 1);
                  pendingFocus.current = index + 1 < rows.length - 1 ? `${id}-${index + 1}-down` : `${id}-${index + 1}-up`;
                }}
              >
                Move down<span class="visually-hidden"> {rowName(index)}</span>
              </button>
            ) : null}
            <button
              type="button"
              class="button-secondary button-small"
              onClick={() => {
                props.onRemove(index);
                pendingFocus.current = rows.length === 1 ? `${id}-add` : first(Math.min(index, rows.length - 2));
              }}
            >
              Remove<span class="visually-hidden"> {rowName(index)}</span>
            </button>
          </div>
        </fieldset>
      ))}
      <div class="add-another">
        <button
          type="button"
          class="button-secondary"
          id={`${id}-add`}
          onClick={() => {
            props.onAdd();
            pendingFocus.current = first(rows.length);
          }}
        >
          {rows.length === 0 ? `Add a ${noun.toLowerCase()}` : `Add another ${noun.toLowerCase()}`}
        </button>
      </div>
    </fieldset>
  );
}
