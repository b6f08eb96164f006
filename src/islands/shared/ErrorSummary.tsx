/**
 * "There is a problem": the list at the top of a form, in the GOV.UK pattern. It is announced (role="alert"),
 * takes focus when shown (the form moves focus to `summaryRef`), and links each problem to its field.
 */
import type { Ref } from 'preact';

export interface SummaryProblem {
  /** The id of the field the link goes to. */
  fieldId: string;
  /** What the link says: the question or field, then how to fix the answer. */
  text: string;
}

export function ErrorSummary(props: {
  problems: readonly SummaryProblem[];
  summaryRef: Ref<HTMLDivElement>;
  /** Follows a link; the form decides how (the field may be on another step). */
  onSelect: (index: number) => void;
}) {
  return (
    <div class="error-summary" ref={props.summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {props.problems.map((problem, index) => (
          <li key={`${problem.fieldId}-${index}`}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                props.onSelect(index);
              }}
            >
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
