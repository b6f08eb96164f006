/**
 * A list of rows the reader adds and removes (participants, timeline entries, lessons, improvements). Adding a row
 * moves focus to its first field; removing one moves focus to the row that took its place, or to the add button,
 * and says what happened in the live region, so keyboard and screen reader users never lose their place.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from './draft.ts';

interface Props<T extends { key: string }> {
  /** The list's path in the draft: `participants`, `timeline`, … */
  list: string;
  rows: T[];
  /** What one row is called, with its number: "Participant 2". */
  rowName: (index: number) => string;
  /** The path of a row's first field, which gets focus when the row is added. */
  firstField: (index: number) => string;
  addLabel: string;
  emptyText: string;
  max: number;
  onAdd: () => void;
  onRemove: (key: string) => void;
  announce: (message: string) => void;
  renderRow: (row: T, index: number) => ComponentChildren;
}

type Pending = { kind: 'added' } | { kind: 'removed'; index: number } | null;

export function RowList<T extends { key: string }>(props: Props<T>) {
  const pending = useRef<Pending>(null);
  const addId = `review-${props.list}-add`;

  useEffect(() => {
    const request = pending.current;
    pending.current = null;
    if (!request) return;
    const target =
      request.kind === 'added'
        ? fieldId(props.firstField(props.rows.length - 1))
        : request.index < props.rows.length
          ? fieldId(props.firstField(request.index))
          : addId;
    document.getElementById(target)?.focus();
  }, [props.rows.length]);

  return (
    <div class="row-list">
      {props.rows.length === 0 ? <p class="row-list-empty">{props.emptyText}</p> : null}
      {props.rows.map((row, index) => (
        <fieldset class="row" key={row.key}>
          <legend class="row-legend">{props.rowName(index)}</legend>
          {props.renderRow(row, index)}
          <button
            type="button"
            class="button-secondary button-small"
            onClick={() => {
              pending.current = { kind: 'removed', index };
              props.onRemove(row.key);
              props.announce(`${props.rowName(index)} removed.`);
            }}
          >
            Remove<span class="visually-hidden"> {props.rowName(index).toLowerCase()}</span>
          </button>
        </fieldset>
      ))}
      {props.rows.length < props.max ? (
        <button
          type="button"
          id={addId}
          class="button-secondary"
          onClick={() => {
            pending.current = { kind: 'added' };
            props.onAdd();
          }}
        >
          {props.addLabel}
        </button>
      ) : (
        <p id={addId} tabIndex={-1}>
          This list is full ({props.max}).
        </p>
      )}
    </div>
  );
}
