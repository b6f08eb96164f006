/** "Check your answers": every answer, "Not provided" when skipped, and a Change link that says what it changes. */
import type { Draft } from './draft.ts';
import type { QuestionnaireText } from './questions.ts';
import type { StepId } from './steps.ts';
import { NOT_PROVIDED, summarySections } from './summary-rows.ts';

export function CheckAnswers(props: { draft: Draft; text: QuestionnaireText; onChange: (step: StepId) => void }) {
  return (
    <>
      <p class="step-intro">Check your answers before you build the plan. Change any of them now or later: the plan is rebuilt from them each time.</p>
      {summarySections(props.draft, props.text).map((section) => (
        <section class="summary-section" key={section.step} aria-labelledby={`summary-${section.step}`}>
          <h3 id={`summary-${section.step}`}>{section.title}</h3>
          <dl class="summary-list">
            {section.rows.map((row) => (
              <div class="summary-row" key={row.key}>
                <dt>{row.question}</dt>
                <dd class={row.answer.length === 0 ? 'summary-empty' : undefined}>
                  {row.answer.length === 0 ? NOT_PROVIDED : row.answer.map((line, index) => <span class="summary-line" key={index}>{line}</span>)}
                </dd>
                <dd class="summary-action">
                  <a
                    href={`#step-${row.step}`}
                    onClick={(event) => {
                      event.preventDefault();
                      props.onChange(row.step);
                    }}
                  >
                    Change<span class="visually-hidden"> {row.changes}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
