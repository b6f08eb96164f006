/**
 * Keeping answers: "Saved on this device at 14:05", "Start over" (asked first, in the page), answers to and from a
 * file, and the way out when the saved data cannot be read.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isolatedRuns } from '../../engine/document/user-text.ts';
import { clockTime } from './values.ts';

export function SaveStatus(props: { savedAt: string | null; problem: string | null; cleared: boolean; keepWarning?: string | null }) {
  const text = props.problem
    ? props.problem
    : props.savedAt
      ? `Saved on this device at ${clockTime(props.savedAt)}.`
      : props.cleared
        ? 'Started over: nothing is saved on this device.'
        : 'Your answers are saved on this device as you go. Nothing is sent anywhere.';
  return (
    <>
      <p class={props.problem ? 'save-status save-status-problem' : 'save-status'} id="save-status" role="status" tabIndex={-1}>
        {text}
      </p>
      {props.keepWarning ? <p class="save-warning" id="save-warning">{props.keepWarning}</p> : null}
    </>
  );
}

export function StartOver(props: { onConfirm: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) button.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" class="button-secondary button-small" ref={button} onClick={() => setConfirming(true)}>
        Start over
      </button>
    );
  }
  return (
    <div class="confirm-panel" role="group" aria-labelledby="start-over-question">
      <h2 id="start-over-question" ref={question} tabIndex={-1}>
        Delete your answers and start over?
      </h2>
      <p>This deletes every answer saved on this device. It cannot be undone: download your answers first if you may need them.</p>
      <div class="button-row">
        <button
          type="button"
          class="button-warning"
          onClick={() => {
            wasConfirming.current = false;
            setConfirming(false);
            props.onConfirm();
          }}
        >
          Yes, delete my answers
        </button>
        <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
          No, keep them
        </button>
      </div>
    </div>
  );
}

export interface ImportNotice {
  tone: 'ok' | 'problem';
  /** A value from the user (a file's name) sits between U+2068 and U+2069 here, in any line, and shows in a `<bdi>`. */
  text: string;
  details?: string[];
  /** Lists under their own lead-in: the values an import left out, the questions still to answer. */
  lists?: { title: string; items: string[] }[];
}

/** The answers files; `keepWarning`, when the browser will not promise to keep saved work, sits beside the download that answers it. */
export function AnswersFiles(props: { onExport: () => void; onImport: (file: File) => void; keepWarning?: string | null }) {
  return (
    <section class="answers-files" aria-labelledby="answers-files-title">
      <h2 id="answers-files-title">Keep your answers in a file</h2>
      <p>
        Answers stay in this browser only. Download them to keep a copy, to continue on another device, or to update the plan next year.
        An unfinished answers file imports too: Breachline keeps its valid answers, says which values it left out and why, and
        lists the questions still to answer.
      </p>
      {props.keepWarning ? <p class="save-warning" id="save-warning">{props.keepWarning}</p> : null}
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={props.onExport}>
          Download your answers (.json)
        </button>
      </div>
      <div class="field">
        <label class="field-label" for="answers-import">
          Import an answers file
        </label>
        <p class="field-hint" id="answers-import-hint">
          An answers file (.json) downloaded from Breachline. It replaces the answers on this device; a file that is not JSON, or not a set of answers, changes nothing.
        </p>
        <input
          type="file"
          id="answers-import"
          class="file-input"
          accept=".json,application/json"
          aria-describedby="answers-import-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
      </div>
    </section>
  );
}

/** A line of a notice, each isolated run of it (a file's name, a value from the file) in its own `<bdi>`. */
function NoticeLine({ text }: { text: string }) {
  return <>{isolatedRuns(text).map((run, index) => (run.isolated ? <bdi key={index}>{run.text}</bdi> : run.text))}</>;
}

function NoticeList({ lines }: { lines: readonly string[] }) {
  return (
    <ul>
      {lines.map((line, index) => (
        <li key={index}>
          <NoticeLine text={line} />
        </li>
      ))}
    </ul>
  );
}

export function Notice({ notice }: { notice: ImportNotice | null }) {
  return (
    <div class={notice?.tone === 'problem' ? 'notice notice-problem' : 'notice'} id="questionnaire-notice" role="status" aria-live="polite">
      {notice ? (
        <p>
          <NoticeLine text={notice.text} />
        </p>
      ) : null}
      {notice?.details && notice.details.length > 0 ? <NoticeList lines={notice.details} /> : null}
      {notice?.lists?.map((list) => (
        <Fragment key={list.title}>
          <p>{list.title}</p>
          <NoticeList lines={list.items} />
        </Fragment>
      ))}
    </div>
  );
}
