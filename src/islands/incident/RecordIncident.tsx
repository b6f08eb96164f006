/** The few facts a live incident needs when the plan builder has none: who, when, whose data, what kind. */
import { useState } from 'preact/hooks';
import { DATA_KIND_LABELS, DATA_KINDS, ROLE_LABELS, ROLES, US_JURISDICTIONS } from '../../engine/vocabulary.ts';
import type { Draft } from '../questionnaire/draft.ts';
import { Checkboxes, TextField } from '../shared/fields.tsx';
import type { FirstFacts } from './changes.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function RecordIncident(props: { draft: Draft | null; onRecord: (facts: FirstFacts) => void }) {
  const known = props.draft?.organization ?? {};
  const [name, setName] = useState(known.name ?? '');
  const [role, setRole] = useState(known.role ?? '');
  const [discoveredOn, setDiscoveredOn] = useState('');
  const [rows, setRows] = useState<{ code: string; count: string }[]>([{ code: known.states?.[0] ?? '', count: '' }]);
  const [kinds, setKinds] = useState<string[]>([]);
  const [secured, setSecured] = useState<'yes' | 'no' | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found['incident-organization'] = 'Enter the name of your organization.';
    if (!role) found['incident-role'] = 'Choose what your organization is under HIPAA and related law.';
    if (!DATE.test(discoveredOn)) found['incident-discovered'] = 'Enter the discovery date as YYYY-MM-DD, for example 2026-03-02.';
    const residents: Record<string, number> = {};
    rows.forEach((row, index) => {
      const count = Number(row.count);
      if (!row.code && !row.count) return;
      if (!row.code) found[`incident-state-${index}`] = 'Choose the state or territory.';
      else if (!/^\d+$/.test(row.count.trim()) || !Number.isSafeInteger(count)) found[`incident-count-${index}`] = 'Enter a whole number of people, 0 or more.';
      else residents[row.code] = (residents[row.code] ?? 0) + count;
    });
    if (Object.keys(residents).length === 0 && !found['incident-state-0']) found['incident-state-0'] = 'Enter where the affected people live, and how many.';
    if (kinds.length === 0) found['incident-kinds'] = 'Choose at least one kind of data involved.';
    if (!secured) found['incident-secured'] = 'Say whether all the data was secured.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(Object.keys(found)[0])?.focus();
      return;
    }
    props.onRecord({ organizationName: name.trim(), role, discoveredOn, residents, dataKinds: kinds, secured: secured === 'yes' });
  };

  return (
    <form class="record-incident" onSubmit={submit} noValidate>
      <h2>Record the incident</h2>
      <p>A few facts start the clocks. The plan builder asks the rest; everything stays on this device.</p>
      {known.name ? null : <TextField id="incident-organization" label="What is the name of your organization?" value={name} onInput={setName} error={errors['incident-organization']} maxLength={200} />}
      {known.role ? null : (
        <div class={`field${errors['incident-role'] ? ' field-has-error' : ''}`}>
          <label class="field-label" for="incident-role">Which best describes your organization under HIPAA and related law?</label>
          {errors['incident-role'] ? <p class="field-error" id="incident-role-error">{errors['incident-role']}</p> : null}
          <select id="incident-role" class="input" value={role} onChange={(event) => setRole(event.currentTarget.value)} aria-describedby={errors['incident-role'] ? 'incident-role-error' : undefined}>
            <option value="">Choose one</option>
            {ROLES.map((value) => <option value={value} key={value}>{ROLE_LABELS[value]}</option>)}
          </select>
        </div>
      )}
      <TextField id="incident-discovered" width="date" label="On what date was the breach discovered?" hint="YYYY-MM-DD, for example 2026-03-02" value={discoveredOn} onInput={setDiscoveredOn} error={errors['incident-discovered']} />
      <fieldset class="field fieldset">
        <legend class="field-label">Where do the affected people live, and how many?</legend>
        {rows.map((row, index) => (
          <div class="residents-row" key={index}>
            <div class="field">
              <label class="field-label" for={`incident-state-${index}`}>State or territory {index + 1}</label>
              {errors[`incident-state-${index}`] ? <p class="field-error">{errors[`incident-state-${index}`]}</p> : null}
              <select id={`incident-state-${index}`} class="input" value={row.code} onChange={(event) => setRows(rows.map((r, i) => (i === index ? { ...r, code: event.currentTarget.value } : r)))}>
                <option value="">Choose one</option>
                {Object.entries(US_JURISDICTIONS).map(([code, label]) => <option value={code} key={code}>{label}</option>)}
              </select>
            </div>
            <TextField id={`incident-count-${index}`} width="number" inputMode="numeric" label={`Affected residents of state ${index + 1}`} value={row.count} onInput={(value) => setRows(rows.map((r, i) => (i === index ? { ...r, count: value } : r)))} error={errors[`incident-count-${index}`]} />
          </div>
        ))}
        <button type="button" class="button-secondary" onClick={() => setRows([...rows, { code: '', count: '' }])}>Add another state</button>
      </fieldset>
      <Checkboxes id="incident-kinds" label="What kinds of information were involved?" options={DATA_KINDS.map((value) => ({ value, label: DATA_KIND_LABELS[value] }))} checked={kinds} onToggle={(value, on) => setKinds(on ? [...kinds, value] : kinds.filter((kind) => kind !== value))} error={errors['incident-kinds']} />
      <fieldset class={`field fieldset${errors['incident-secured'] ? ' field-has-error' : ''}`}>
        <legend class="field-label">Was all the data encrypted to NIST standards with the key kept safe, or destroyed?</legend>
        {errors['incident-secured'] ? <p class="field-error">{errors['incident-secured']}</p> : null}
        <div class="choices">
          {(['no', 'yes'] as const).map((value, index) => (
            <div class="choice" key={value}>
              <input type="radio" name="incident-secured" id={index === 0 ? 'incident-secured' : `incident-secured-${value}`} value={value} checked={secured === value} onChange={() => setSecured(value)} />
              <label for={index === 0 ? 'incident-secured' : `incident-secured-${value}`}>{value === 'yes' ? 'Yes, all of it' : 'No, or not sure'}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit">Record the incident</button>
    </form>
  );
}
