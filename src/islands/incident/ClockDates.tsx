/** The moments that start the clocks, each with its evidence: who learned what, and when. Saving recomputes every deadline. */
import { useState } from 'preact/hooks';
import { CLOCK_DATE_FIELDS, type ClockDateField } from '../../engine/incident/clock-dates.ts';
import type { IncidentDraft } from '../questionnaire/draft.ts';
import { deviceOffsetAt, formatOffset, fromInstant, offsetOf } from '../questionnaire/values.ts';
import { TextArea, TextField } from '../shared/fields.tsx';
import { instantFromLocal } from './changes.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

type Values = Record<ClockDateField, string>;

/** What each field shows: a date as saved, the moment of awareness as the date and time it was written in. */
function shown(incident: IncidentDraft): Values {
  return Object.fromEntries(CLOCK_DATE_FIELDS.map(({ field, kind }) => [field, kind === 'instant' ? fromInstant(incident[field]) : (incident[field] ?? '')])) as Values;
}

function problem(field: ClockDateField, kind: 'date' | 'instant', value: string): string | undefined {
  if (kind === 'instant') return value === '' || LOCAL_MOMENT.test(value) ? undefined : 'Enter the date and time, for example 2026-03-02 09:30.';
  return (field === 'discoveredOn' ? DATE.test(value) : value === '' || DATE.test(value)) ? undefined : 'Enter the date as YYYY-MM-DD, for example 2026-03-02.';
}

export function ClockDates(props: { incident: IncidentDraft; onSave: (dates: Values, evidence: Values) => void }) {
  const initialEvidence = Object.fromEntries(CLOCK_DATE_FIELDS.map(({ field }) => [field, props.incident.clockEvidence?.[field] ?? ''])) as Values;
  const [values, setValues] = useState(() => shown(props.incident));
  const [evidence, setEvidence] = useState(initialEvidence);
  const [errors, setErrors] = useState<Partial<Values>>({});
  const offset = offsetOf(props.incident.awareAt) ?? formatOffset(deviceOffsetAt(values.awareAt || new Date().toISOString().slice(0, 16)));
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Partial<Values> = {};
    for (const { field, kind } of CLOCK_DATE_FIELDS) {
      const message = problem(field, kind, values[field].trim());
      if (message) found[field] = message;
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(`clock-${first}`)?.focus();
    props.onSave({ ...values, awareAt: instantFromLocal(values.awareAt, props.incident.awareAt, deviceOffsetAt) }, evidence);
  };
  return (
    <form class="clock-dates" onSubmit={submit} noValidate>
      {CLOCK_DATE_FIELDS.map(({ field, kind, label, question }) => (
        <fieldset class="field fieldset clock-date" key={field}>
          <legend class="field-label">{label}</legend>
          {kind === 'instant' ? (
            <TextField
              id={`clock-${field}`}
              type="datetime-local"
              width="short"
              label={`${question} (optional)`}
              hint={`For the clocks counted in hours. In this device's time zone, UTC${offset}.`}
              value={values[field]}
              onInput={(value) => setValues({ ...values, [field]: value })}
              error={errors[field]}
            />
          ) : (
            <TextField
              id={`clock-${field}`}
              width="date"
              label={`${question}${field === 'discoveredOn' ? '' : ' (optional)'}`}
              hint="YYYY-MM-DD"
              value={values[field]}
              onInput={(value) => setValues({ ...values, [field]: value })}
              error={errors[field]}
            />
          )}
          <TextArea id={`clock-${field}-evidence`} label="Evidence: who learned what, and when (optional)" rows={2} maxLength={4000} value={evidence[field]} onInput={(value) => setEvidence({ ...evidence, [field]: value })} />
        </fieldset>
      ))}
      <button type="submit">Save the dates and recompute the deadlines</button>
    </form>
  );
}
