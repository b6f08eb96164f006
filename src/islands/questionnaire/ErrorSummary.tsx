/** "There is a problem": the list at the top of a step, which takes focus and links to each field. */
import type { Ref } from 'preact';
import type { StepProblem } from './check.ts';

export { focusFieldById as focusField } from '../shared/field-parts.tsx';

export function ErrorSummary(props: { problems: readonly Pick<StepProblem, 'fieldId' | 'question' | 'message' | 'path'>[]; summaryRef: Ref<HTMLDivElement>; onSelect: (index: number) => void }) {
  return (
    <div class="error-summary" ref={props.summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {props.problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                props.onSelect(index);
              }}
            >
              {problem.question ? `${problem.question} ` : ''}
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
