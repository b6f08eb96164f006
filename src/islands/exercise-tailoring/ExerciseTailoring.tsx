/**
 * The one script on an exercise pack page. When answers are saved in this browser, it loads the engine (a dynamic
 * import, so generic visits never download it) and fills the pack with the organization's names, systems and
 * deadlines. Nothing is sent anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSavedAnswers } from '../shared/saved-answers.ts';
import type { IncidentProfile } from '../../schemas/exercise.ts';

interface Props {
  /** The scenario's incident, as the engine needs it. */
  profile: IncidentProfile;
}

export default function ExerciseTailoring({ profile }: Props) {
  const [organization, setOrganization] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    const saved = loadSavedAnswers();
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
