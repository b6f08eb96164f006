/**
 * A return visit to /plan/: in place of step 1, the way back to the incident (when there is one) and to the plan,
 * then the plain ways into the answers: the check page, or the questions from the first.
 */
import type { Ref } from 'preact';
import { href } from '../../utils/site-path.ts';
import type { StepId } from './steps.ts';

export const RETURN_VISIT_TITLE = 'Continue where you left off';

function StepLink(props: { step: StepId; onGo: (step: StepId) => void; class?: string; children: string }) {
  return (
    <a
      href={`#step-${props.step}`}
      class={props.class}
      onClick={(event) => {
        event.preventDefault();
        props.onGo(props.step);
      }}
    >
      {props.children}
    </a>
  );
}

export function ReturnVisit(props: { incident: boolean; headingRef: Ref<HTMLHeadingElement>; onGo: (step: StepId) => void }) {
  return (
    <div class="return-visit">
      <h2 id="step-heading" class="step-heading" ref={props.headingRef} tabIndex={-1}>
        {RETURN_VISIT_TITLE}
      </h2>
      <p>Your answers are saved on this device.</p>
      <ul class="button-row">
        {props.incident ? (
          <li>
            <a class="button" href={href('/incident/')}>
              Continue the incident
            </a>
          </li>
        ) : null}
        <li>
          <StepLink step="plan" class={props.incident ? 'button button-secondary' : 'button'} onGo={props.onGo}>
            See your plan
          </StepLink>
        </li>
      </ul>
      <p>
        Or <StepLink step="check" onGo={props.onGo}>check and change your answers</StepLink>, or{' '}
        <StepLink step="organization" onGo={props.onGo}>go through the questions from the first</StepLink> (your answers are kept).
      </p>
    </div>
  );
}
