/**
 * What a pack prints for an organization type no version of the scenario is written for: why it does not fit, and
 * the scenario to use instead. Nothing of the scenario itself, so no fact that cannot be true for the organization.
 */
import { ORGANIZATION_TYPE_LABELS, type OrganizationType } from '../../../engine/vocabulary.ts';
import { packUrl } from '../pack.ts';
import type { PointerSummary } from '../version-choice.ts';
import type { ScenarioVersion } from '../versions.ts';
import { html } from './html.ts';
import type { SiteLink } from './site-links.ts';
import { tailored } from './text.ts';
import type { Tailoring } from '../../../islands/exercise-tailoring/tailor.ts';

export function useInsteadPage(
  version: Pick<ScenarioVersion, 'title'>,
  type: OrganizationType,
  pointer: PointerSummary,
  tailoring: Tailoring | null,
  link: SiteLink,
): string {
  return html`<section class="pack-cover use-instead"><h1>${version.title}</h1><p class="pack-label">${tailored(
    'Tabletop exercise for {organization}',
    tailoring,
  )}</p><p>This scenario is not written for this kind of organization (${ORGANIZATION_TYPE_LABELS[type]}). ${pointer.why}</p><p>Use instead: <strong>${
    pointer.title
  }</strong>, written for: ${pointer.label}. Its pack is on the site (${link(packUrl(pointer.slug), pointer.title)}), and the command line writes it: <code>npx breachline exercise ${
    pointer.slug
  } answers.json --out pack.html</code>.</p></section>`.value;
}
