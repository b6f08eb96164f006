/**
 * On a return visit to /plan/: the way back to the incident and to the plan, at the top, before the first question.
 * Small on purpose: it reads the saved answers' shape only.
 */
import { href } from '../../utils/site-path.ts';
import { useEffect, useState } from 'preact/hooks';
import { loadSavedAnswers } from '../shared/saved-answers.ts';

type Visit = 'first' | 'plan' | 'incident';

export default function ReturnVisit() {
  const [visit, setVisit] = useState<Visit>('first');
  useEffect(() => {
    const saved = loadSavedAnswers();
    if (saved.status !== 'ok' || !saved.value.organization.name) return;
    setVisit(saved.value.incident ? 'incident' : 'plan');
  }, []);
  if (visit === 'first') return null;
  return (
    <nav class="return-visit" aria-label="Continue where you left off">
      <p>Your answers are saved on this device.</p>
      <ul class="button-row">
        {visit === 'incident' ? (
          <li>
            <a class="button" href={href('/incident/')}>
              Continue the incident
            </a>
          </li>
        ) : null}
        <li>
          <a class={visit === 'incident' ? 'button button-secondary' : 'button'} href={href('/plan/#step-plan')}>
            See your plan
          </a>
        </li>
      </ul>
    </nav>
  );
}
