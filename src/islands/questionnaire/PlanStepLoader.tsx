/**
 * The plan step's code (the timeline view, the preview, the downloads) is fetched when the plan is first shown:
 * answering the questions does not need it, and /plan/ keeps within its JavaScript budget at load.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../engine/answers/schema.ts';

type PlanStepModule = typeof import('./PlanStep.tsx');
let planStepModule: Promise<PlanStepModule> | null = null;

/** While the plan is built: a screen high, so the footer does not show below it and then move away (a layout shift). */
export function BuildingPlan({ text = 'Building your plan…' }: { text?: string }) {
  return (
    <p class="plan-building holds-screen" aria-busy="true">
      {text}
    </p>
  );
}

export const PLAN_NOT_BUILT = "The plan could not be built: the page's code did not load. Reload the page to try again; your answers are kept.";

export function PlanStepLoader(props: { answers: Answers; today: string }) {
  const [loaded, setLoaded] = useState<PlanStepModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    planStepModule ??= import('./PlanStep.tsx');
    planStepModule.then(
      (module) => live && setLoaded(module),
      () => {
        planStepModule = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      {/* Shown with the step, before the plan: the first screen has its words at once. */}
      <p class="step-intro">
        Your plan, built from your answers: print it for the binder, and download the Word or Markdown file to edit. Review it with your team and
        counsel; it is rebuilt whenever you change an answer.
      </p>
      {failed ? <p class="notice notice-problem">{PLAN_NOT_BUILT}</p> : loaded ? <loaded.PlanStep {...props} /> : <BuildingPlan />}
    </>
  );
}
