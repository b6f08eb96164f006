/** What the files panel says after an action (FilesPanel.tsx): a status line, and a list of problems when there are some. */
import type { ReviewProblem } from '../../engine/review/parse.ts';

export type Notice = { tone: 'ok' | 'problem'; text: string; problems?: ReviewProblem[] } | null;

/** When neither the review worker nor the page could run a check: the answers stay in the form and on this device. */
export const CHECK_FAILED = 'The review could not be checked just now. Reload the page and try again; your answers are kept.';

export function FilesNotice({ notice }: { notice: Notice }) {
  return (
    <div class={notice?.tone === 'problem' ? 'notice notice-problem' : 'notice'} role="status" aria-live="polite">
      {notice ? <p>{notice.text}</p> : null}
      {notice?.problems ? (
        <ul>
          {notice.problems.map((problem) => (
            <li key={problem.path}>
              {problem.field}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
