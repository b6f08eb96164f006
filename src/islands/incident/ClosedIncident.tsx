/**
 * A closed incident, kept read-only: where each notice stood, its decision log with the latest hash, and its
 * files. Its deadlines are computed when it is first opened, so a list of closed incidents stays light.
 */
import { useEffect, useState } from 'preact/hooks';
import { longDate } from '../../engine/dates/calendar.ts';
import { latestHash } from '../../engine/log/decision-log.ts';
import { momentWords } from '../../engine/log/log-record.ts';
import { LogEntries } from './DecisionLog.tsx';
import type { ClosedIncident as Closed } from './incident-store.ts';
import { incidentFor, type IncidentOutput } from './jobs.ts';
import { Obligations } from './Obligations.tsx';
import type { RecordDownloads } from './record-downloads.ts';

function Notices(props: { closed: Closed; today: string; idPrefix: string }) {
  const [output, setOutput] = useState<IncidentOutput | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    incidentFor(props.closed.draft, props.today).then(
      (result) => live && setOutput(result),
      () => live && setOutput('failed'),
    );
    return () => {
      live = false;
    };
  }, [props.closed, props.today]);
  if (output === null) return <p>Reading where each notice stood…</p>;
  if (output === 'failed' || !output.ok) return <p>Where each notice stood cannot be shown from this incident’s answers; its log and files below are complete.</p>;
  return <Obligations timeline={output.timeline} today={props.today} idPrefix={props.idPrefix} level={4} />;
}

export function ClosedIncident(props: { closed: Closed; index: number; today: string; downloads: RecordDownloads }) {
  const [open, setOpen] = useState(false);
  const { closed, index } = props;
  const incident = closed.draft.incident;
  const name = incident?.codename ?? incident?.id ?? 'Incident';
  const discovered = incident?.discoveredOn ? `, discovered on ${longDate(incident.discoveredOn)}` : '';
  const entries = `${closed.log.length} log ${closed.log.length === 1 ? 'entry' : 'entries'}`;
  const of = <span class="visually-hidden"> of {name}</span>;
  return (
    <details class="closed-incident" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <bdi>{name}</bdi>
        {discovered}, closed {momentWords(closed.closedAt)}: {entries}
      </summary>
      {open ? (
        <div class="closed-incident-record">
          <p>This incident is closed: it is kept here read-only, as it stood when it was closed.</p>
          <h3>Notices</h3>
          <Notices closed={closed} today={props.today} idPrefix={`closed-${index}-`} />
          <h3>Decision log</h3>
          <p class="latest-hash">
            Latest hash: <code>{latestHash(closed.log)}</code>
          </p>
          <LogEntries log={closed.log} />
          <h3>Files</h3>
          <div class="button-row">
            <button type="button" class="button-secondary" onClick={props.downloads.log}>
              Download the decision log{of} (.json)
            </button>
            <button type="button" class="button-secondary" onClick={props.downloads.record}>
              Download the printable log{of} (.html)
            </button>
            <button type="button" class="button-secondary" onClick={props.downloads.incident}>
              Download the whole incident{of} (.json)
            </button>
          </div>
        </div>
      ) : null}
    </details>
  );
}
