/**
 * The decision log: quick entries for the usual decisions, a form for any entry, the entries (never edited: a
 * correction is a new entry), and the latest hash to record elsewhere.
 */
import { useRef, useState } from 'preact/hooks';
import { checkEntry, latestHash, type LogEntry, type LogEntryInput } from '../../engine/log/decision-log.ts';
import { momentWords } from '../../engine/log/log-record.ts';
import { INCIDENT_LOG_KINDS, QUICK_ENTRY_KINDS, incidentKindLabel, type IncidentLogKind } from '../../engine/incident/log-kinds.ts';
import { TextArea, TextField } from '../shared/fields.tsx';

export function DecisionLog(props: { log: LogEntry[]; now: () => string; defaultWho: string; onAdd: (input: LogEntryInput) => void }) {
  const [kind, setKind] = useState<IncidentLogKind>('decision');
  const [who, setWho] = useState(props.defaultWho);
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [corrects, setCorrects] = useState<number | undefined>(undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const whatField = useRef<HTMLDivElement>(null);

  const quick = (chosen: IncidentLogKind) => {
    setKind(chosen);
    setCorrects(undefined);
    setWhat(INCIDENT_LOG_KINDS[chosen].quick ?? '');
    whatField.current?.querySelector('textarea')?.focus();
  };
  const correct = (entry: LogEntry) => {
    setKind(entry.kind in INCIDENT_LOG_KINDS ? (entry.kind as IncidentLogKind) : 'decision');
    setCorrects(entry.seq);
    setWhat(entry.what);
    setWhy('');
    whatField.current?.querySelector('textarea')?.focus();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const input: LogEntryInput = { at: props.now(), who, what, why, kind, ...(corrects === undefined ? {} : { corrects }) };
    const problems = checkEntry(props.log, input);
    setErrors(Object.fromEntries(problems.map((problem) => [problem.field, problem.message])));
    if (problems.length > 0) return document.getElementById(problems[0].field === 'who' ? 'log-who' : 'log-what')?.focus();
    props.onAdd(input);
    setWhat('');
    setWhy('');
    setCorrects(undefined);
  };

  return (
    <div class="decision-log">
      <p>
        Entries are never changed: to correct one, add a correction. Each entry carries a SHA-256 hash chained to the one before. Anyone can
        recompute a chain, so record the latest hash somewhere else (read it out on the daily call, write it in counsel’s file): that is what
        makes a later change evident.
      </p>
      <p class="latest-hash">
        Latest hash: <code id="latest-hash">{latestHash(props.log)}</code>
      </p>
      <div class="button-row" role="group" aria-label="Quick entries">
        {QUICK_ENTRY_KINDS.filter((value) => value !== 'decision').map((value) => (
          <button type="button" class="button-secondary" key={value} onClick={() => quick(value)}>
            {INCIDENT_LOG_KINDS[value].label}
          </button>
        ))}
      </div>
      <form onSubmit={submit} noValidate>
        {corrects !== undefined ? <p class="notice">This entry corrects entry {corrects}.</p> : null}
        <TextField id="log-who" label="Who decided or recorded this?" value={who} onInput={setWho} error={errors.who} maxLength={120} />
        <div ref={whatField}>
          <TextArea id="log-what" label="What was decided, or what happened?" rows={2} value={what} onInput={setWhat} error={errors.what} maxLength={1000} />
        </div>
        <TextArea id="log-why" label="Why? (optional)" rows={2} value={why} onInput={setWhy} maxLength={4000} />
        <button type="submit">Add to the log</button>
      </form>
      <LogEntries log={props.log} onCorrect={correct} />
    </div>
  );
}

/** The entries, newest first, each with its hash; a Correct button on each when the log is still open. */
export function LogEntries(props: { log: LogEntry[]; onCorrect?: (entry: LogEntry) => void }) {
  if (props.log.length === 0) return <p>No entries yet.</p>;
  return (
    <ol class="log-entries" reversed>
      {[...props.log].reverse().map((entry) => (
        <li key={entry.seq} class="log-entry">
          <p>
            <strong>
              {entry.seq}. {incidentKindLabel(entry.kind)}
            </strong>{' '}
            — {momentWords(entry.at)}, {entry.who}
            {entry.corrects !== undefined ? ` (corrects entry ${entry.corrects})` : ''}
          </p>
          <p>{entry.what}</p>
          {entry.why ? <p>Why: {entry.why}</p> : null}
          <p class="log-hash">
            Hash: <code>{entry.hash}</code>
          </p>
          {props.onCorrect ? (
            <button type="button" class="button-secondary button-small" onClick={() => props.onCorrect!(entry)}>
              Correct entry {entry.seq}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
