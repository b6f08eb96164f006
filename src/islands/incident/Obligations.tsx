/** Every obligation of the incident: recipient, law, target and limit, the countdown, its state, and a form to update it. */
import { useState } from 'preact/hooks';
import type { NoticeState } from '../../engine/answers/schema.ts';
import { countdownWords, holdWords, noticeStateWords } from '../../engine/incident/obligation-words.ts';
import { dueWords } from '../../engine/timeline/due-words.ts';
import { NOTICE_STATUS_LABELS } from '../../engine/vocabulary.ts';
import type { Obligation, Timeline } from '../../engine/timeline/types.ts';
import { TextField } from '../shared/fields.tsx';

type Status = NoticeState['status'] | 'not-started';

function NoticeForm(props: { obligation: Obligation; today: string; onSave: (state: NoticeState | null) => void }) {
  const { obligation } = props;
  const id = `notice-${obligation.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const [status, setStatus] = useState<Status>(obligation.notice.state);
  const [sentOn, setSentOn] = useState(obligation.notice.sentOn ?? props.today);
  const [method, setMethod] = useState(obligation.notice.method ?? '');
  const [reference, setReference] = useState(obligation.notice.reference ?? '');
  const [reason, setReason] = useState(obligation.notice.reason ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: Event) => {
    event.preventDefault();
    if (status === 'sent' && !/^\d{4}-\d{2}-\d{2}$/.test(sentOn)) return setError('Enter the date it was sent as YYYY-MM-DD.');
    setError(undefined);
    if (status === 'not-started') return props.onSave(null);
    const state: NoticeState = { status };
    if (status === 'sent') Object.assign(state, { sentOn }, method.trim() ? { method: method.trim() } : {}, reference.trim() ? { reference: reference.trim() } : {});
    if (status === 'not-required' && reason.trim()) state.reason = reason.trim();
    props.onSave(state);
  };
  const labels: Record<Status, string> = { 'not-started': 'Not started', ...NOTICE_STATUS_LABELS };
  return (
    <details class="notice-update">
      <summary>Update the notice to {obligation.recipientShort}</summary>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label class="field-label" for={`${id}-status`}>Where does this notice stand?</label>
          <select id={`${id}-status`} class="input" value={status} onChange={(event) => setStatus(event.currentTarget.value as Status)}>
            {(Object.keys(labels) as Status[]).map((value) => <option value={value} key={value}>{labels[value]}</option>)}
          </select>
        </div>
        {status === 'sent' ? (
          <>
            <TextField id={`${id}-sent-on`} width="date" label="On what date was it sent?" hint="YYYY-MM-DD" value={sentOn} onInput={setSentOn} error={error} />
            <TextField id={`${id}-method`} label="How was it sent? (optional)" hint="First-class mail, email, the regulator’s portal" value={method} onInput={setMethod} maxLength={120} />
            <TextField id={`${id}-reference`} label="Reference or confirmation number (optional)" value={reference} onInput={setReference} maxLength={120} />
          </>
        ) : null}
        {status === 'not-required' ? <TextField id={`${id}-reason`} label="Why is this notice not required? (optional)" value={reason} onInput={setReason} maxLength={4000} /> : null}
        <button type="submit">Save the notice’s status</button>
      </form>
    </details>
  );
}

/**
 * Without `onNotice`, read-only (a closed incident): no countdown and no form. `idPrefix` keeps ids apart when a
 * closed incident shows beside the live one; `level` is the heading level of each recipient.
 */
export function Obligations(props: {
  timeline: Timeline;
  today: string;
  onNotice?: (obligation: Obligation, state: NoticeState | null) => void;
  idPrefix?: string;
  level?: 3 | 4;
}) {
  const { obligations } = props.timeline;
  const { onNotice } = props;
  const Heading = props.level === 4 ? 'h4' : 'h3';
  if (obligations.length === 0) return <p>No notification duty applies to these answers. Check the notes below and confirm with counsel.</p>;
  return (
    <ol class="obligations">
      {obligations.map((obligation) => {
        const hold = holdWords(obligation);
        const late = obligation.passed.length > 0;
        return (
          <li class="obligation" key={obligation.id} id={`${props.idPrefix ?? ''}obligation-${obligation.id.replace(/[^a-z0-9-]/gi, '-')}`}>
            <Heading>{obligation.recipientName}</Heading>
            <dl class="obligation-facts">
              <dt>Law</dt>
              <dd>
                {obligation.regime}, <a href={obligation.sourceUrl}>{obligation.citation}</a>
              </dd>
              <dt>Planning target</dt>
              <dd>{obligation.target ? dueWords(obligation.target) : 'None set'}</dd>
              <dt>Legal limit</dt>
              <dd>{obligation.limit ? dueWords(obligation.limit) : obligation.timing}</dd>
              {onNotice ? (
                <>
                  <dt>Days left</dt>
                  <dd class={late ? 'status-overdue' : undefined}>{countdownWords(obligation)}</dd>
                </>
              ) : null}
              <dt>Status</dt>
              <dd class="notice-state">{hold ?? noticeStateWords(obligation)}</dd>
            </dl>
            {obligation.warnings.length > 0 ? (
              <ul class="obligation-warnings">
                {obligation.warnings.map((warning) => <li key={warning}>{warning}</li>)}
              </ul>
            ) : null}
            {onNotice ? <NoticeForm key={`${obligation.id}-${obligation.notice.state}`} obligation={obligation} today={props.today} onSave={(state) => onNotice(obligation, state)} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
