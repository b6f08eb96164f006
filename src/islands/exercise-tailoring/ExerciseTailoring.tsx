/**
 * The one script on an exercise pack page. When answers are saved in this browser, it loads the engine (a dynamic
 * import, so generic visits never download it) and fills the pack with the organization's names, systems and
 * deadlines. Nothing is sent anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSaved } from '../shared/saved-state.ts';
import type { IncidentProfile } from '../../schemas/exercise.ts';

/** Where the questionnaire keeps its answers. */
export const ANSWERS_KEY = 'breachline:answers';

interface Props {
  /** The scenario's incident, as the engine needs it. */
  profile: IncidentProfile;
}

const anyObject = (data: unknown) =>
  typeof data === 'object' && data !== null
    ? ({ ok: true, value: data } as const)
    : ({ ok: false, problem: 'The saved answers are not an object.' } as const);

export default function ExerciseTailoring({ profile }: Props) {
  const [organization, setOrganization] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    const saved = loadSaved<object>(ANSWERS_KEY, anyObject);
    if (saved.status !== 'ok') return;
    let live = true;
    Promise.all([import('./tailor.ts'), import('./apply.tsx')]).then(([{ tailorPack }, { applyTailoring }]) => {
      const tailoring = tailorPack(saved.value, profile);
      if (!live || !tailoring) return;
      applyTailoring(document, tailoring);
      setOrganization(tailoring.organization);
    });
    return () => {
      live = false;
    };
  }, []);

  if (organization === undefined) return null;
  return (
    <p class="tailoring-note" role="status">
      Tailored {organization ? <>for <strong>{organization}</strong> </> : ''}from the answers saved in this browser.
      Nothing was sent anywhere. <a href="/plan/">Change the answers</a>.
    </p>
  );
}
