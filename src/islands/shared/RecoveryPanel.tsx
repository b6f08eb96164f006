/** Saved data that cannot be opened: say so, keep it, and offer a copy or a fresh start. Never a blank page. */
import { useEffect, useRef } from 'preact/hooks';
import { downloadFile } from './files.ts';

export function RecoveryPanel(props: {
  /** What was saved, as it reads in "Your saved … could not be opened": "answers", "review". */
  what: string;
  /** The download's file name. */
  filename: string;
  raw: string;
  problem: string;
  onStartOver: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const them = props.what.endsWith('s') ? 'them' : 'it';
  return (
    <div class="recovery-panel" aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={heading} tabIndex={-1}>
        Your saved {props.what} could not be opened
      </h2>
      <p>{props.problem}</p>
      <p>
        {them === 'them' ? 'They are' : 'It is'} still on this device, unchanged. Download {them} to keep a copy (someone technical may be
        able to repair {them}), or start over with an empty form, which deletes {them}.
      </p>
      <div class="button-row">
        <button type="button" onClick={() => downloadFile(props.filename, props.raw, 'text/plain;charset=utf-8')}>
          Download the saved data
        </button>
        <button type="button" class="button-warning" onClick={props.onStartOver}>
          Start over
        </button>
      </div>
    </div>
  );
}
