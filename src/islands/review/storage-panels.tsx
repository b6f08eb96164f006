/** "Saved on this device", "Start over" (asked first, in the page), and the way out when saved data is damaged. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { longDate } from '../../engine/dates/calendar.ts';
import { clockTime, todayLocal } from '../questionnaire/values.ts';

/** " at 14:05 on November 27, 2026", in this device's time; empty when it is not a date. */
function savedTime(savedAt: string): string {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? '' : ` at ${clockTime(savedAt)} on ${longDate(todayLocal(date))}`;
}

export function SaveBar(props: { savedAt: string | null; problem: string | null; keepWarning?: string | null; ready: boolean; onStartOver: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current && !cleared) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const status = props.problem
    ? props.problem
    : props.savedAt
      ? `Saved on this device${savedTime(props.savedAt)}.`
      : cleared
        ? 'Started over: nothing is saved on this device.'
        : 'Your answers are saved on this device as you type.';

  return (
    <div class="save-bar">
      <p class={props.problem ? 'save-status save-status-problem' : 'save-status'} id="review-save-status" tabIndex={-1}>
        {props.ready ? status : 'Loading any review saved on this device…'}
      </p>
      {props.keepWarning ? <p class="save-warning" id="review-save-warning">{props.keepWarning}</p> : null}
      {confirming ? (
        <div class="confirm-panel" role="group" aria-labelledby="review-start-over-question">
          <h2 id="review-start-over-question" ref={question} tabIndex={-1}>
            Delete this review and start over?
          </h2>
          <p>This empties the form and deletes the review saved on this device. It cannot be undone: download the review file first if you may need it.</p>
          <div class="button-row">
            <button
              type="button"
              class="button-warning"
              onClick={() => {
                props.onStartOver();
                setCleared(true);
                setConfirming(false);
                document.getElementById('review-save-status')?.focus();
              }}
            >
              Yes, delete it and start over
            </button>
            <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
              No, keep my review
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button-secondary"
          ref={startButton}
          disabled={!props.ready}
          onClick={() => {
            setCleared(false);
            setConfirming(true);
          }}
        >
          Start over
        </button>
      )}
    </div>
  );
}

