/** The dates that start the clocks, each with its evidence: who learned what, and when. Saving recomputes every deadline. */
import { useState } from 'preact/hooks';
import { CLOCK_DATE_FIELDS, type ClockDateField } from '../../engine/incident/clock-dates.ts';
import type { IncidentDraft } from '../questionnaire/draft.ts';
import { TextArea, TextField } from '../shared/fields.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ClockDates(props: { incident: IncidentDraft; onSave: (dates: Record<ClockDateField, string>, evidence: Record<ClockDateField, string>) => void }) {
  const initial = Object.fromEntries(CLOCK_DATE_FIELDS.map(({ field }) => [field, props.incident[field] ?? ''])) as Record<ClockDateField, string>;
  const initialEvidence = Object.fromEntries(CLOCK_DATE_FIELDS.map(({ field }) => [field, props.incident.clockEvidence?.[field] ?? ''])) as Record<ClockDateField, string>;
  const [dates, setDates] = useState(initial);
  const [evidence, setEvidence] = useState(initialEvidence);
  const [errors, setErrors] = useState<Partial<Record<ClockDateField, string>>>({});
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Partial<Record<ClockDateField, string>> = {};
    for (const { field } of CLOCK_DATE_FIELDS) {
      const value = dates[field].trim();
      if (field === 'discoveredOn' ? !DATE.test(value) : value !== '' && !DATE.test(value)) found[field] = 'Enter the date as YYYY-MM-DD, for example 2026-03-02.';
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(`clock-${first}`)?.focus();
    props.onSave(dates, evidence);
  };
  return (
    <form class="clock-dates" onSubmit={submit} noValidate>
      {CLOCK_DATE_FIELDS.map(({ field, label, question }) => (
        <fieldset class="field fieldset clock-date" key={field}>
          <legend class="field-label">{label}</legend>
          <TextField id={`clock-${field}`} width="date" label={`${question}${field === 'discoveredOn' ? '' : ' (optional)'}`} hint="YYYY-MM-DD" value={dates[field]} onInput={(value) => setDates({ ...dates, [field]: value })} error={errors[field]} />
          <TextArea id={`clock-${field}-evidence`} label="Evidence: who learned what, and when (optional)" rows={2} maxLength={4000} value={evidence[field]} onInput={(value) => setEvidence({ ...evidence, [field]: value })} />
        </fieldset>
      ))}
      <button type="submit">Save the dates and recompute the deadlines</button>
    </form>
  );
}
