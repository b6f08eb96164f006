/** "There is a problem": the list of problems at the top, which takes focus and links to each field. */
import type { Ref } from 'preact';
import { fieldId } from '../../engine/review/draft.ts';
import type { ReviewProblem } from '../../engine/review/parse.ts';

/** Moves focus to a field and brings its label or legend into view, as the GOV.UK error summary does. */
export function focusField(path: string): void {
  const field = document.getElementById(fieldId(path)) as HTMLInputElement | null;
  if (!field) return;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = field.type === 'radio' || field.type === 'checkbox' ? legend : document.querySelector(`label[for="${field.id}"]`);
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
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
