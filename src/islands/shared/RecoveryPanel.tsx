/**
 * Saved data that cannot be opened: say so, keep it, and offer a copy or a fresh start. Never a blank page. Data
 * that could not be checked (the page's code did not load) is not known to be wrong: reload, not a fresh start.
 */
import { useEffect, useRef } from 'preact/hooks';
import { downloadFile } from './files.ts';

export function RecoveryPanel(props: {
  /** What was saved, as it reads in "Your saved … could not be opened": "answers", "review". */
  what: string;
  /** The download's file name. */
  filename: string;
  raw: string;
  problem: string;
  /** The check could not run: the data may be fine. */
  unchecked?: boolean;
  onStartOver: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const them = props.what.endsWith('s') ? 'them' : 'it';
  return (
    <div class="recovery-panel" aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={heading} tabIndex={-1}>
        Your saved {props.what} could not be {props.unchecked ? 'checked' : 'opened'}
      </h2>
      <p>{props.problem}</p>
      {props.unchecked ? (
        <p>
          {them === 'them' ? 'They are' : 'It is'} still on this device, unchanged. Reload the page to open {them}, or download {them} to keep a
          copy.
        </p>
      ) : (
        <p>
          {them === 'them' ? 'They are' : 'It is'} still on this device, unchanged. Download {them} to keep a copy (someone technical may be
          able to repair {them}), or start over with an empty form, which deletes {them}.
        </p>
      )}
      <div class="button-row">
        {props.unchecked ? (
          <button type="button" onClick={() => location.reload()}>
            Reload the page
          </button>
        ) : null}
        <button type="button" class={props.unchecked ? 'button-secondary' : undefined} onClick={() => downloadFile(props.filename, props.raw, 'text/plain;charset=utf-8')}>
          Download the saved data
        </button>
        {props.unchecked ? null : (
          <button type="button" class="button-warning" onClick={props.onStartOver}>
            Start over
          </button>
        )}
      </div>
    </div>
  );
}
