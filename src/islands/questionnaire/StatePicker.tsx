/**
 * The states and territories where patients or members live: 56 checkboxes in five groups, with a filter that
 * narrows the list as you type and a running count of what is chosen (announced politely, not on every key).
 */
import { useState } from 'preact/hooks';
import { US_JURISDICTIONS } from '../../engine/vocabulary.ts';
import { FieldError } from '../shared/fields.tsx';
import { JURISDICTION_GROUPS, jurisdictionName, matchesFilter, sortCodes } from './jurisdictions.ts';
import { href } from '../../utils/site-path.ts';

export function StatePicker(props: { id: string; labelledBy: string; selected: readonly string[]; error?: string; onChange: (codes: string[]) => void }) {
  const [filter, setFilter] = useState('');
  const { id } = props;
  const selected = new Set(props.selected);
  const toggle = (code: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(code);
    else next.delete(code);
    props.onChange(sortCodes([...next]));
  };
  const visibleGroups = JURISDICTION_GROUPS.map((group) => ({ ...group, shown: group.codes.filter((code) => matchesFilter(code, filter)) }));
  const nothingShown = visibleGroups.every((group) => group.shown.length === 0);
  const names = sortCodes(props.selected).map(jurisdictionName);
  let first = true;

  return (
    <fieldset class={`field fieldset state-picker${props.error ? ' field-has-error' : ''}`} aria-labelledby={props.labelledBy} aria-describedby={[`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
      <div class="field-hint" id={`${id}-hint`}>
        Choose every state or territory where people whose records you hold live, even a few. Each has its own breach notification law: see the{' '}
        <a href={href('/requirements/')}>notification requirements by state</a>.
      </div>
      <FieldError id={id} error={props.error} />
      <div class="field state-filter">
        <label class="field-label" for={`${id}-filter`}>
          Filter the list (optional)
        </label>
        <input
          type="search"
          id={`${id}-filter`}
          class="input input-short"
          value={filter}
          autocomplete="off"
          aria-describedby={`${id}-count`}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
      </div>
      <p class="state-count" id={`${id}-count`} aria-live="polite">
        {names.length === 0 ? 'None chosen yet.' : `${names.length} chosen: ${names.join(', ')}.`}
      </p>
      {nothingShown ? <p>No state or territory matches “{filter}”.</p> : null}
      <div class="state-groups">
        {visibleGroups.map((group) => (
          <fieldset class="state-group" key={group.id} hidden={group.shown.length === 0}>
            <legend>{group.name}</legend>
            <div class="choices">
              {group.codes.map((code) => {
                const shown = group.shown.includes(code);
                // The first visible box carries the field's id, so the error summary can link to it.
                const optionId = shown && first ? id : `${id}-${code}`;
                if (shown) first = false;
                return (
                  <div class="choice" key={code} hidden={!shown}>
                    <input type="checkbox" id={optionId} name={id} value={code} checked={selected.has(code)} onChange={(event) => toggle(code, event.currentTarget.checked)} />
                    <label for={optionId}>{US_JURISDICTIONS[code]}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
