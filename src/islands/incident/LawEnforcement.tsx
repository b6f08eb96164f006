/** A law-enforcement request to delay notice: recorded in the answers (the engine holds the notices it covers) and in the log. */
import { useState } from 'preact/hooks';
import type { DelayDraft } from '../questionnaire/draft.ts';
import { TextField } from '../shared/fields.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function LawEnforcement(props: { delay: DelayDraft | undefined; today: string; onSave: (delay: DelayDraft) => void }) {
  const current = props.delay;
  const [kind, setKind] = useState<'written' | 'oral'>(current?.kind === 'oral' ? 'oral' : 'written');
  const [statedOn, setStatedOn] = useState(current && current.kind !== 'none' ? (current.statedOn ?? props.today) : props.today);
  const [endsOn, setEndsOn] = useState(current?.kind === 'written' ? (current.endsOn ?? '') : '');
  const [who, setWho] = useState(current?.kind === 'written' ? (current.agency ?? '') : current?.kind === 'oral' ? (current.official ?? '') : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!DATE.test(statedOn)) found['delay-stated'] = 'Enter the date of the request as YYYY-MM-DD.';
    if (kind === 'written' && !DATE.test(endsOn)) found['delay-ends'] = 'Enter the date the statement asks you to delay until, as YYYY-MM-DD.';
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(first)?.focus();
    const named = who.trim();
    props.onSave(
      kind === 'written'
        ? { kind, statedOn, endsOn, ...(named ? { agency: named } : {}) }
        : { kind, statedOn, ...(named ? { official: named } : {}) },
    );
  };
  return (
    <form class="law-enforcement" onSubmit={submit} noValidate>
      <fieldset class="field fieldset">
        <legend class="field-label">How was the request made?</legend>
        <div class="choices">
          {(['written', 'oral'] as const).map((value) => (
            <div class="choice" key={value}>
              <input type="radio" id={value === 'written' ? 'delay-kind' : 'delay-kind-oral'} name="delay-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              <label for={value === 'written' ? 'delay-kind' : 'delay-kind-oral'}>{value === 'written' ? 'In writing' : 'Orally (by phone or in person)'}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField id="delay-stated" width="date" label="On what date was the request made?" hint="YYYY-MM-DD" value={statedOn} onInput={setStatedOn} error={errors['delay-stated']} />
      {kind === 'written' ? <TextField id="delay-ends" width="date" label="Until what date does it ask you to delay notice?" hint="YYYY-MM-DD" value={endsOn} onInput={setEndsOn} error={errors['delay-ends']} /> : null}
      <TextField id="delay-who" label={kind === 'written' ? 'Which agency made the request? (optional)' : 'Who asked, and for which agency? (optional)'} value={who} onInput={setWho} maxLength={120} />
      <button type="submit">Record the request</button>
    </form>
  );
}
