/**
 * The live incident view: the obligations counting down, their states, the dates that start the clocks, a
 * law-enforcement request, the decision log, notice packets and the incident's files. The incident is the saved
 * answers (one record, shared with the plan builder); the log and closed incidents have their own stores. The
 * engine (schema, rules, packets) runs in a worker, loaded after the first paint.
 */
import { href } from '../../utils/site-path.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NoticeState } from '../../engine/answers/schema.ts';
import { longDate } from '../../engine/dates/calendar.ts';
import { downloadName } from '../../engine/export/file-name.ts';
import { clockDateChangeWords, CLOCK_DATE_FIELDS, delayRequestWords, type ClockDateField } from '../../engine/incident/clock-dates.ts';
import { noticeStateWords } from '../../engine/incident/obligation-words.ts';
import { appendEntry, type LogEntry, type LogEntryInput } from '../../engine/log/decision-log.ts';
import type { Obligation } from '../../engine/timeline/types.ts';
import type { DelayDraft, Draft } from '../questionnaire/draft.ts';
import { documentHtml } from '../../security/trusted-types.ts';
import { downloadFile, readChosenFile } from '../shared/files.ts';
import { todayLocal } from '../shared/today.ts';
import { newIncidentId, withClockDates, withDelay, withFirstFacts, withIncidentId, withNextCalendarSequence, withNoticeState, withoutIncident, type FirstFacts } from './changes.ts';
import { ClockDates } from './ClockDates.tsx';
import { ClosedIncident } from './ClosedIncident.tsx';
import { DecisionLog } from './DecisionLog.tsx';
import { isIncidentKey, loadRecords, saveRecords, type Records, type TaskState } from './incident-store.ts';
import { importIncident, incidentFor, type IncidentOutput, type PacketView } from './jobs.ts';
import { LawEnforcement } from './LawEnforcement.tsx';
import { localInstant } from './local-instant.ts';
import { Obligations } from './Obligations.tsx';
import { recordDownloads } from './record-downloads.ts';
import { RecordIncident } from './RecordIncident.tsx';
import { Tasks } from './Tasks.tsx';

type Message = { tone: 'info' | 'problem'; text: string; items?: string[] } | null;

/** A notice packet, rendered when opened: a page of packets stays light until one is read. */
function Packet({ packet }: { packet: PacketView }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="packet" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{packet.title}</summary>
      {open ? <div class="plan-document" dangerouslySetInnerHTML={{ __html: documentHtml(packet.html) }} /> : null}
    </details>
  );
}

function defaultWho(draft: Draft | null): string {
  const person = draft?.team.find((contact) => contact.role === 'privacy-officer') ?? draft?.team.find((contact) => contact.role === 'incident-commander');
  return person?.name ?? '';
}

export default function IncidentView() {
  const [records, setRecords] = useState<Records | null>(null);
  const [output, setOutput] = useState<IncidentOutput | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const today = useMemo(() => todayLocal(), []);
  const draft = records?.draft ?? null;
  const incident = draft?.incident;

  useEffect(() => {
    setRecords(loadRecords());
    const changed = (event: StorageEvent) => {
      if (isIncidentKey(event.key)) setRecords(loadRecords());
    };
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }, []);

  useEffect(() => {
    if (!draft?.incident) return setOutput(null);
    let live = true;
    incidentFor(draft, today).then(
      (result) => live && setOutput(result),
      () => live && setMessage({ tone: 'problem', text: 'The deadlines could not be computed. Reload the page to try again.' }),
    );
    return () => {
      live = false;
    };
  }, [draft, today]);

  if (!records) return <p class="incident-loading holds-screen">Reading the incident kept on this device…</p>;

  const commit = (next: { draft?: Draft; log?: LogEntry[]; tasks?: Records['tasks']; closed?: Records['closed'] }, entries: LogEntryInput[], done: string) => {
    let log = next.log ?? records.log;
    try {
      for (const entry of entries) log = appendEntry(log, entry);
    } catch (error) {
      return setMessage({ tone: 'problem', text: error instanceof Error ? error.message : String(error) });
    }
    const updated: Records = { ...records, draft: next.draft ?? records.draft, log, tasks: next.tasks ?? records.tasks, closed: next.closed ?? records.closed };
    const problem = saveRecords({ draft: updated.draft, log: updated.log, tasks: updated.tasks, closed: updated.closed });
    setRecords(updated);
    setMessage(problem ? { tone: 'problem', text: problem } : { tone: 'info', text: done });
  };
  const who = defaultWho(draft) || 'Not named';
  const entry = (kind: string, what: string, why = ''): LogEntryInput => ({ at: localInstant(), who, what, why, kind });

  const record = (facts: FirstFacts) => {
    const next = withFirstFacts(draft, facts, newIncidentId(facts.discoveredOn));
    commit({ draft: next, log: [], tasks: {} }, [entry('declared', `Recorded the incident, discovered on ${longDate(facts.discoveredOn)}`)], 'The incident is recorded. Its deadlines are below.');
  };

  const setNotice = (obligation: Obligation, state: NoticeState | null) => {
    if (!draft) return;
    const words = noticeStateWords({
      ...obligation,
      notice: { state: state?.status ?? 'not-started', sentOn: state?.sentOn ?? null, method: state?.method ?? null, reference: state?.reference ?? null, reason: state?.reason ?? null },
    });
    const kind = state?.status === 'sent' ? 'notice-sent' : state?.status === 'not-required' ? 'not-notifying' : 'notice-state';
    commit({ draft: withNoticeState(draft, obligation.ruleId, state) }, [entry(kind, `Notice to ${obligation.recipientShort}: ${words}`)], `The notice to ${obligation.recipientShort} is now: ${words}.`);
  };

  const saveDates = (dates: Record<ClockDateField, string>, evidence: Record<ClockDateField, string>) => {
    if (!draft?.incident) return;
    const before = draft.incident;
    const entries = CLOCK_DATE_FIELDS.filter(({ field }) => (before[field] ?? '') !== dates[field].trim()).map(({ field }) =>
      entry('clock-date', clockDateChangeWords(field, before[field], dates[field].trim() || undefined), evidence[field].trim()),
    );
    commit({ draft: withClockDates(draft, dates, evidence) }, entries, entries.length > 0 ? 'The dates are saved and every deadline is recomputed.' : 'The evidence is saved.');
  };

  const saveDelay = (delay: DelayDraft) => {
    if (!draft) return;
    const words = delayRequestWords(delay);
    commit({ draft: withDelay(draft, delay) }, [entry('law-enforcement', words)], 'The request is recorded; the notices it holds back say so.');
  };

  const organization = draft?.organization.name ?? '';
  const fileName = (what: string, extension: string) => downloadName({ organization, what, date: today, extension });

  const downloadCalendar = async () => {
    if (!draft || !output?.ok) return;
    const withId = incident?.id ? draft : withIncidentId(draft, newIncidentId(draft.incident?.discoveredOn ?? today));
    const next = withNextCalendarSequence(withId);
    const files = await import('./files.ts');
    const ics = files.renderIcs(output.timeline, { organization, now: new Date().toISOString(), incidentId: next.incident?.id, sequence: next.incident?.calendarSequence });
    downloadFile(fileName('notification-deadlines', 'ics'), ics, 'text/calendar;charset=utf-8');
    commit({ draft: next }, [], 'The calendar file is downloaded. Import it again after any change: its events update in place.');
  };
  const downloads = recordDownloads(draft, records.log, today);
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readChosenFile(file);
    if (!read.ok) return setMessage({ tone: 'problem', text: read.problem });
    const result = await importIncident(read.text);
    if (!result.ok) return setMessage({ tone: 'problem', text: `${file.name} could not be loaded:`, items: result.problems });
    commit({ draft: result.draft, log: result.log }, [], `${file.name} is loaded: the incident and its log replace those on this device.`);
  };
  const close = () => {
    if (!draft) return;
    let log: LogEntry[];
    try {
      log = appendEntry(records.log, entry('closed', 'Closed the incident'));
    } catch {
      return;
    }
    commit({ draft: withoutIncident(draft), log: [], tasks: {}, closed: [...records.closed, { closedAt: localInstant(), draft, log }] }, [], 'The incident is closed and kept below, read-only, with its log.');
  };

  return (
    <div class="incident-view holds-screen">
      <div class={`notice${message?.tone === 'problem' ? ' notice-problem' : ''}`} role="status" aria-live="polite">
        {message ? (
          <>
            <p>{message.text}</p>
            {message.items ? <ul>{message.items.map((item) => <li key={item}>{item}</li>)}</ul> : null}
          </>
        ) : null}
      </div>
      {records.problem ? <p class="notice notice-problem">{records.problem}</p> : null}
      {!incident ? (
        <RecordIncident draft={draft} onRecord={record} />
      ) : (
        <>
          <section aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">Deadlines</h2>
            <p>
              {incident.codename || incident.id ? <>Incident <bdi>{incident.codename ?? incident.id}</bdi></> : 'The incident'}, discovered on {longDate(incident.discoveredOn ?? today)}. Days are counted from today, {longDate(today)}.
            </p>
            {output === null ? <p>Computing the deadlines…</p> : null}
            {output && !output.ok ? (
              <div class="notice notice-problem">
                <p>
                  The saved answers are not complete enough to compute the deadlines. <a href={href('/plan/#step-check')}>Finish them in the plan builder</a>:
                </p>
                <ul>
                  {output.problems.map((problem) => (
                    <li key={problem.path}>
                      <a href={href(`/plan/#step-${problem.step}`)}>{problem.question}</a> {problem.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {output?.ok ? <Obligations timeline={output.timeline} today={today} onNotice={setNotice} /> : null}
          </section>
          <section aria-labelledby="delay-heading">
            <h2 id="delay-heading">Law-enforcement request</h2>
            <p>If law enforcement asks you to delay notice because it would impede an investigation, record it here: the notices it holds back say so.</p>
            <LawEnforcement key={JSON.stringify(incident.lawEnforcementDelay ?? null)} delay={incident.lawEnforcementDelay} today={today} onSave={saveDelay} />
          </section>
          <section aria-labelledby="dates-heading">
            <h2 id="dates-heading">Dates that start the clocks</h2>
            <ClockDates key={JSON.stringify([incident.discoveredOn, incident.determinedOn, incident.confirmedOn, incident.awareAt, incident.secMaterialityDeterminedOn, incident.clockEvidence])} incident={incident} onSave={saveDates} />
          </section>
          <section aria-labelledby="log-heading">
            <h2 id="log-heading">Decision log</h2>
            <DecisionLog log={records.log} now={localInstant} defaultWho={defaultWho(draft)} onAdd={(input) => commit({}, [input], 'Added to the log.')} />
          </section>
          {output?.ok ? (
            <section aria-labelledby="tasks-heading">
              <h2 id="tasks-heading">Tasks from your plan</h2>
              <Tasks
                groups={output.tasks}
                states={records.tasks}
                onChange={(id: string, state: TaskState) => commit({ tasks: { ...records.tasks, [id]: state } }, [], 'The task is saved.')}
              />
            </section>
          ) : null}
          {output?.ok ? (
            <section aria-labelledby="packets-heading">
              <h2 id="packets-heading">Notice packets</h2>
              <p>For each notice: what the law requires it to contain, and a draft that fills in what your answers say. Review every draft with counsel.</p>
              {output.packets.map((packet) => (
                <Packet key={packet.obligationId} packet={packet} />
              ))}
            </section>
          ) : null}
          <section aria-labelledby="files-heading">
            <h2 id="files-heading">Files</h2>
            <div class="button-row">
              <button type="button" onClick={downloadCalendar} disabled={!output?.ok}>Download the deadlines for your calendar (.ics)</button>
              <button type="button" class="button-secondary" onClick={downloads.log}>Download the decision log (.json)</button>
              <button type="button" class="button-secondary" onClick={downloads.record}>Download the printable log (.html)</button>
              <button type="button" class="button-secondary" onClick={downloads.incident}>Download the whole incident (.json)</button>
            </div>
          </section>
          <section aria-labelledby="close-heading">
            <h2 id="close-heading">Close the incident</h2>
            <p>Closing keeps the incident and its log on this device, read-only, and clears the way for a new one. Download the whole incident first if someone else will need it.</p>
            <button type="button" class="button-warning" onClick={close}>Close this incident</button>
          </section>
        </>
      )}
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Load an incident file</h2>
        <label class="field-label" for="incident-import">Choose an incident file (.json) handed over by a colleague or counsel</label>
        <input id="incident-import" class="file-input" type="file" accept=".json,application/json" onChange={importFile} />
      </section>
      {records.closed.length > 0 ? (
        <section aria-labelledby="closed-heading">
          <h2 id="closed-heading">Closed incidents</h2>
          <p>Open one to see where each notice stood, its decision log, and its files.</p>
          {records.closed.map((closed, index) => (
            <ClosedIncident key={closed.closedAt} closed={closed} index={index} today={today} downloads={recordDownloads(closed.draft, closed.log, today)} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
