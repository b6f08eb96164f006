/**
 * The one script on an exercise pack page. When answers are saved in this browser, it loads the engine (a dynamic
 * import, so generic visits never download it) and fills the pack with the organization's names, systems and
 * deadlines. Nothing is sent anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSavedAnswers } from '../shared/saved-answers.ts';
import type { IncidentProfile } from '../../schemas/exercise.ts';
import { chooseVersion, pointerFor, type PointerSummary, type VersionSummary } from '../../components/exercises/version-choice.ts';
import { href } from '../../utils/site-path.ts';

interface Props {
  /** The scenario's incident, as the engine needs it. */
  profile: IncidentProfile;
  /** This page's version of the scenario, and all of them (none when the scenario has one). */
  current?: string;
  versions?: VersionSummary[];
  /** Where to go instead, for the organization types no version of the scenario is written for. */
  instead?: PointerSummary[];
}

/** The organization's type and size in saved answers, if they hold them. */
const organizationOf = (value: object): { type?: string | null; size?: string | null } => {
  const organization = (value as { organization?: unknown }).organization;
  if (typeof organization !== 'object' || organization === null) return {};
  const { type, size } = organization as Record<string, unknown>;
  return { type: typeof type === 'string' ? type : null, size: typeof size === 'string' ? size : null };
};

export default function ExerciseTailoring({ profile, current, versions = [], instead = [] }: Props) {
  const [organization, setOrganization] = useState<string | null | undefined>(undefined);
  const [better, setBetter] = useState<VersionSummary | null>(null);
  const [unfit, setUnfit] = useState<VersionSummary | null>(null);
  const [away, setAway] = useState<PointerSummary | null>(null);

  useEffect(() => {
    const saved = loadSavedAnswers();
    if (saved.status !== 'ok') return;
    const organizationType = organizationOf(saved.value);
    const pointer = pointerFor(instead, organizationType.type);
    if (pointer) setAway(pointer);
    else if (versions.length) {
      const fits = chooseVersion(versions, organizationType);
      if (fits.slug !== current) setBetter(fits);
      else if (organizationType.type && !fits.organizationTypes.includes(organizationType.type)) setUnfit(fits);
    }
    let live = true;
    const modules = [import('./tailor.ts'), import('./apply.ts'), import('../../engine/document/user-text.ts')] as const;
    Promise.all(modules).then(([{ tailorPack }, { applyTailoring }, { withoutIsolateControls }]) => {
      const tailoring = tailorPack(saved.value, profile);
      if (!live || !tailoring) return;
      applyTailoring(document, tailoring);
      // Isolated in <bdi> below; its own isolate controls could end the isolate early.
      setOrganization(tailoring.organization && withoutIsolateControls(tailoring.organization));
    });
    return () => {
      live = false;
    };
  }, []);

  if (organization === undefined) return null;
  return (
    <p class="tailoring-note" role="status">
      Tailored {organization ? <>for <strong><bdi>{organization}</bdi></strong> </> : ''}from the answers saved in this browser.
      Nothing was sent anywhere. <a href={href('/plan/')}>Change the answers</a>.
      {better && (
        <>
          {' '}A version of this scenario is written for your kind of organization:{' '}
          <a href={location.pathname.replace(`/exercises/${current}/`, `/exercises/${better.slug}/`)}>{better.label}</a>.
        </>
      )}
      {unfit && <> This scenario is written for: {unfit.label}. Adapt the roles and services it assumes to your organization.</>}
      {away && (
        <>
          {' '}This scenario is not written for your kind of organization: {away.why} Use{' '}
          <a href={location.pathname.replace(/\/exercises\/[^/]+\/.*$/, `/exercises/${away.slug}/`)}>{away.title}</a> ({away.label}) instead.
        </>
      )}
    </p>
  );
}
