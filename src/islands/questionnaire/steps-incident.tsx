/** The live incident: when it was found, who and what it affected, and any request to delay notice. */
import { useRef, useState } from 'preact/hooks';
import { DATA_KIND_LABELS, DATA_KINDS, DELAY_KIND_LABELS, FEDERAL_AGENCY_LABEL, US_JURISDICTION_CODES } from '../../engine/vocabulary.ts';
import { Checkboxes, describedBy, FieldError, Hint, Radios, Select, TextField, YesNo, type Option } from '../shared/fields.tsx';
import { jurisdictionName, sortCodes } from './jurisdictions.ts';
import { labelFor, type StepProps } from './step-props.ts';
import { deviceOffsetAt, formatOffset, fromInstant, offsetOf, toInstant } from './values.ts';
import { href } from '../../utils/site-path.ts';

const DATE_HINT = 'Year, month and day, for example 2024-02-10.';

type IncidentDate = 'discoveredOn' | 'determinedOn' | 'confirmedOn' | 'secMaterialityDeterminedOn';

function DateField({ field, props, hint }: { field: IncidentDate; props: StepProps; hint?: string }) {
  const { draft, dispatch, errors, text } = props;
  const id = `q-incident-${field}`;
  return (
    <TextField
      id={id}
      label={labelFor(text, `incident.${field}`)}
      hint={hint ? `${hint} ${DATE_HINT}` : DATE_HINT}
      value={draft.incident?.[field] ?? ''}
      maxLength={10}
      width="date"
      error={errors.get(id)}
      onInput={(value) => dispatch({ type: 'incident', field, value })}
    />
  );
}

export function IncidentStep(props: StepProps & { choice: 'yes' | 'no' | undefined; onChoice: (choice: 'yes' | 'no') => void }) {
  const { draft, dispatch, errors, text } = props;
  const awareAt = draft.incident?.awareAt;
  const local = fromInstant(awareAt);
  const offset = offsetOf(awareAt) ?? formatOffset(deviceOffsetAt(local || new Date().toISOString().slice(0, 16)));
  return (
    <>
      <Radios
        id="q-has-incident"
        label="Are you responding to a data breach now?"
        labelledBy="step-heading"
        hint={
          <>
            Answer yes to add a notification timeline with dates for this incident. Answer no to build the plan alone; you can add an incident
            later. The first hours are in <a href={href('/guide/respond-in-time/')}>respond in time</a>.
          </>
        }
        options={[
          { value: 'yes', label: 'Yes, add this incident and its deadlines' },
          { value: 'no', label: 'No, build the plan only' },
        ]}
        value={props.choice}
        error={errors.get('q-has-incident')}
        onChange={props.onChoice}
      />
      {props.choice === 'yes' ? (
        <div class="conditional">
          <DateField field="discoveredOn" props={props} hint="Most breach clocks start on this day, even if nobody realised how serious it was." />
          <DateField field="determinedOn" props={props} hint="Some state laws count from the day you determined a breach occurred." />
          <DateField field="confirmedOn" props={props} />
          <TextField
            id="q-incident-awareAt"
            type="datetime-local"
            label={labelFor(text, 'incident.awareAt')}
            hint={`Only needed for laws whose clock counts in hours. In this device's time zone, UTC${offset}.`}
            value={local}
            width="short"
            error={errors.get('q-incident-awareAt')}
            onInput={(value) => dispatch({ type: 'incident', field: 'awareAt', value: value ? toInstant(value, deviceOffsetAt(value)) : undefined })}
          />
        </div>
      ) : null}
    </>
  );
}

function AffectedCounts({ draft, dispatch, errors, text }: StepProps) {
  const incident = draft.incident;
  const chosen = draft.organization.states ?? [];
  const counts = incident?.affected.byJurisdiction ?? {};
  const listed = sortCodes([...new Set([...chosen, ...Object.keys(counts)])]);
  const addable = sortCodes(US_JURISDICTION_CODES.filter((code) => !listed.includes(code)));
  const [adding, setAdding] = useState('');
  const addSelect = useRef<HTMLSelectElement>(null);
  const id = 'q-incident-affected-byJurisdiction';
  const groupError = errors.get(id);

  const add = () => {
    const code = adding || addSelect.current?.value || '';
    if (!code) return;
    dispatch({ type: 'affected', jurisdiction: code, value: '' });
    setAdding('');
    // Focus moves to the new field once it is on the page.
    requestAnimationFrame(() => document.getElementById(`${id}-${code}`)?.focus());
  };

  return (
    <fieldset class={`field fieldset${groupError ? ' field-has-error' : ''}`} aria-describedby={describedBy(id, true, groupError)}>
      <legend class="field-label">{labelFor(text, 'incident.affected.byJurisdiction')}</legend>
      <Hint id={id}>
        Count people by where they live, not where they were treated. Enter 0 where nobody was affected; leave a box empty if you do not know
        yet. The states listed are the ones you chose earlier.
      </Hint>
      <FieldError id={id} error={groupError} />
      {listed.length === 0 ? <p>You have not chosen any state or territory yet. Add one below.</p> : null}
      <div class="count-list">
        {listed.map((code) => {
          const fieldId = `${id}-${code}`;
          const error = errors.get(fieldId);
          const extra = !chosen.includes(code);
          return (
            <div class={`field count-row${error ? ' field-has-error' : ''}`} key={code}>
              <label class="field-label" for={fieldId}>
                {jurisdictionName(code)}
              </label>
              <FieldError id={fieldId} error={error} />
              <div class="count-input">
                <input
                  type="text"
                  inputMode="numeric"
                  id={fieldId}
                  class="input input-number"
                  value={counts[code] === undefined ? '' : String(counts[code])}
                  maxLength={14}
                  autocomplete="off"
                  spellcheck={false}
                  aria-describedby={error ? `${fieldId}-error` : undefined}
                  aria-invalid={error ? 'true' : undefined}
                  onInput={(event) => dispatch({ type: 'affected', jurisdiction: code, value: event.currentTarget.value })}
                />
                {extra ? (
                  <button
                    type="button"
                    class="button-secondary button-small"
                    onClick={() => {
                      dispatch({ type: 'remove-affected', jurisdiction: code });
                      document.getElementById(`${id}-add`)?.focus();
                    }}
                  >
                    Remove<span class="visually-hidden"> {jurisdictionName(code)}</span>
                  </button>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <div class="field add-another">
        <label class="field-label" for={`${id}-add`}>
          Add another state or territory (optional)
        </label>
        <div class="count-input">
          <select id={`${id}-add`} class="input select" ref={addSelect} value={adding} onChange={(event) => setAdding(event.currentTarget.value)}>
            <option value="">Choose a state or territory</option>
            {addable.map((code) => (
              <option key={code} value={code}>
                {jurisdictionName(code)}
              </option>
            ))}
          </select>
          <button type="button" class="button-secondary" onClick={add}>
            Add
          </button>
        </div>
      </div>
    </fieldset>
  );
}

export function AffectedStep(props: StepProps) {
  const { draft, dispatch, errors, text } = props;
  const incident = draft.incident;
  const eu = draft.organization.euDataSubjects === true;
  const count = (field: 'EU' | 'unknownLocation') => {
    const value = incident?.affected[field];
    const id = `q-incident-affected-${field}`;
    return (
      <TextField
        id={id}
        label={labelFor(text, `incident.affected.${field}`)}
        value={value === undefined ? '' : String(value)}
        width="number"
        inputMode="numeric"
        maxLength={14}
        error={errors.get(id)}
        onInput={(next) => dispatch({ type: 'affected-other', field, value: next })}
      />
    );
  };
  return (
    <>
      <p class="step-intro">
        These answers decide which laws apply and who you must tell. See <a href={href('/guide/report-and-communicate/')}>report and communicate</a>.
      </p>
      <AffectedCounts {...props} />
      {eu ? count('EU') : null}
      {count('unknownLocation')}
      <Checkboxes
        id="q-incident-dataKinds"
        label={labelFor(text, 'incident.dataKinds')}
        hint="Choose every kind you know or suspect was involved. State laws are triggered by a name together with one of these."
        options={DATA_KINDS.map((kind) => ({ value: kind, label: DATA_KIND_LABELS[kind] }))}
        checked={incident?.dataKinds ?? []}
        error={errors.get('q-incident-dataKinds')}
        onToggle={(kind, checked) => {
          const current = incident?.dataKinds ?? [];
          const next = checked ? [...current.filter((k) => k !== kind), kind] : current.filter((k) => k !== kind);
          dispatch({ type: 'incident', field: 'dataKinds', value: DATA_KINDS.filter((k) => next.includes(k)) });
        }}
      />
      <YesNo
        id="q-incident-secured"
        label={labelFor(text, 'incident.secured')}
        hint="Answer no if any of it was unencrypted, or if the key could have been taken too. If unsure, answer no."
        value={incident?.secured}
        error={errors.get('q-incident-secured')}
        onChange={(value) => dispatch({ type: 'incident', field: 'secured', value })}
      />
      {eu ? (
        <YesNo
          id="q-incident-euHighRisk"
          label={labelFor(text, 'incident.euHighRisk')}
          hint="If it is, the GDPR requires telling the people affected as well as the supervisory authority."
          value={incident?.euHighRisk}
          error={errors.get('q-incident-euHighRisk')}
          onChange={(value) => dispatch({ type: 'incident', field: 'euHighRisk', value })}
        />
      ) : null}
    </>
  );
}

/** Federal, then the states and territories by name. */
const AGENCY_JURISDICTIONS: Option<string>[] = [
  { value: 'federal', label: FEDERAL_AGENCY_LABEL },
  ...sortCodes([...US_JURISDICTION_CODES]).map((code) => ({ value: code, label: jurisdictionName(code) })),
];

export function DelaysStep(props: StepProps) {
  const { draft, dispatch, errors, text } = props;
  const delay = draft.incident?.lawEnforcementDelay;
  const jurisdiction = (kind: 'written' | 'oral') => (
    <Select
      id="q-incident-lawEnforcementDelay-jurisdiction"
      label={labelFor(text, `incident.lawEnforcementDelay.${kind}.jurisdiction`)}
      hint="A state's law may let only its own officers, or only a federal agency, hold back its notices."
      options={AGENCY_JURISDICTIONS}
      empty="Not known"
      value={delay && delay.kind !== 'none' ? delay.jurisdiction : undefined}
      error={errors.get('q-incident-lawEnforcementDelay-jurisdiction')}
      onChange={(value) => dispatch({ type: 'delay', field: 'jurisdiction', value: value ?? '' })}
    />
  );
  const delayField = (field: 'statedOn' | 'endsOn' | 'official' | 'agency', question: string, date: boolean) => {
    const id = `q-incident-lawEnforcementDelay-${field}`;
    const value = delay && delay.kind !== 'none' ? ((delay as Record<string, string | undefined>)[field] ?? '') : '';
    return (
      <TextField
        id={id}
        label={labelFor(text, question)}
        hint={date ? DATE_HINT : undefined}
        value={value}
        maxLength={date ? 10 : text.limits.short}
        width={date ? 'date' : 'short'}
        error={errors.get(id)}
        onInput={(next) => dispatch({ type: 'delay', field, value: next })}
      />
    );
  };
  return (
    <>
      <Radios
        id="q-incident-lawEnforcementDelay"
        label={labelFor(text, 'incident.lawEnforcementDelay')}
        hint="A delay applies only to the notices the law lets you hold back, and only for as long as it allows. The timeline marks each notice held back."
        options={(['none', 'written', 'oral'] as const).map((kind) => ({ value: kind, label: DELAY_KIND_LABELS[kind] }))}
        value={delay?.kind}
        error={errors.get('q-incident-lawEnforcementDelay')}
        onChange={(kind) => dispatch({ type: 'delay-kind', kind })}
      />
      {delay?.kind === 'written' ? (
        <div class="conditional">
          {delayField('statedOn', 'incident.lawEnforcementDelay.written.statedOn', true)}
          {delayField('endsOn', 'incident.lawEnforcementDelay.written.endsOn', true)}
          {delayField('agency', 'incident.lawEnforcementDelay.written.agency', false)}
          {jurisdiction('written')}
        </div>
      ) : null}
      {delay?.kind === 'oral' ? (
        <div class="conditional">
          {delayField('statedOn', 'incident.lawEnforcementDelay.oral.statedOn', true)}
          {delayField('official', 'incident.lawEnforcementDelay.oral.official', false)}
          {jurisdiction('oral')}
        </div>
      ) : null}
      {draft.organization.publiclyTraded ? (
        <DateField
          field="secMaterialityDeterminedOn"
          props={props}
          hint="The investor disclosure clock starts on the day you determine the incident is material."
        />
      ) : null}
    </>
  );
}
