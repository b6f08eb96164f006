/** "There is a problem": the list of problems at the top, which takes focus and links to each field. */
import type { Ref } from 'preact';
import { fieldId } from '../../engine/review/draft.ts';
import type { ReviewProblem } from '../../engine/review/parse.ts';
import { focusFieldById } from '../shared/field-parts.tsx';

/** Moves focus to the field for an answer's path. */
export function focusField(path: string): void {
  focusFieldById(fieldId(path));
}

export function ErrorSummary({ problems, summaryRef }: { problems: ReviewProblem[]; summaryRef: Ref<HTMLDivElement> }) {
  return (
    <div class="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="review-error-summary-title">
      <h2 id="review-error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.path}>
            <a
              href={`#${fieldId(problem.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.path);
              }}
            >
              {problem.field}: {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
