/**
 * Puts a tailoring into the server-rendered pack: names and systems go into marked spans with `textContent`, and the
 * deadlines list is rendered with JSX, so whatever the saved answers hold stays text.
 */
import { render } from 'preact';
import type { DeadlineLine, Tailoring } from './tailor.ts';
import { href } from '../../utils/site-path.ts';

/** Marks in the pack's HTML: spans to fill, and the deadlines panel with its generic and tailored halves. */
export const MARKS = {
  token: 'data-tailor',
  role: 'data-tailor-role',
  generic: 'data-tailor-generic',
  deadlines: 'data-tailor-deadlines',
} as const;

function DeadlineItem({ line }: { line: DeadlineLine }) {
  const when = line.day === null ? 'No fixed day' : `Day ${line.day}`;
  return (
    <li>
      <strong>{when}:</strong> {line.recipient} ({line.jurisdiction}).{' '}
      {line.targetDay !== null ? `Plan for day ${line.targetDay}. ` : ''}
      {line.day === null && line.waitingFor ? `${line.waitingFor} ` : ''}
      Deadline: {line.deadline}. <span class="citation">{line.citation}</span>
    </li>
  );
}

function Deadlines({ tailoring }: { tailoring: Tailoring }) {
  const { deadlines, notCovered } = tailoring;
  if (deadlines === null) {
    return (
      <p>
        Your saved answers do not yet say enough about the organization (its role and states) to compute deadlines.
        Finish them in <a href={href('/plan/')}>Build your plan</a>, or use the <a href={href('/requirements/')}>notification requirements</a>.
      </p>
    );
  }
  return (
    <>
      <p>
        Counted from discovery (day 0), for {tailoring.organization ?? 'your organization'} with this scenario's incident.
        Breachline computed these from your saved answers and its rules data; confirm them with counsel.
      </p>
      {deadlines.length ? (
        <ul class="deadline-list">
          {deadlines.map((line) => (
            <DeadlineItem line={line} />
          ))}
        </ul>
      ) : (
        <p>The rules Breachline covers give no notice for this incident and these answers.</p>
      )}
      {notCovered.length > 0 && (
        <ul class="not-covered">
          {notCovered.map((text) => (
            <li>{text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Fills the pack with the tailoring. Spans without an answer keep their generic text. */
export function applyTailoring(root: ParentNode, tailoring: Tailoring): void {
  const tokens: Record<string, string | null> = { organization: tailoring.organization, ehr: tailoring.ehr };
  for (const span of root.querySelectorAll<HTMLElement>(`[${MARKS.token}]`)) {
    const value = tokens[span.getAttribute(MARKS.token) ?? ''];
    if (value) {
      span.textContent = value;
      span.classList.add('tailored');
    }
  }
  for (const span of root.querySelectorAll<HTMLElement>(`[${MARKS.role}]`)) {
    const names = tailoring.people[span.getAttribute(MARKS.role) as keyof Tailoring['people']];
    if (names?.length) {
      span.textContent = names.join(', ');
      span.classList.add('tailored');
    }
  }
  for (const generic of root.querySelectorAll<HTMLElement>(`[${MARKS.generic}]`)) generic.hidden = true;
  for (const container of root.querySelectorAll<HTMLElement>(`[${MARKS.deadlines}]`)) {
    container.hidden = false;
    render(<Deadlines tailoring={tailoring} />, container);
  }
}
