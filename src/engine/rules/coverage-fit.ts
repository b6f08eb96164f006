/** Whether a gap in Breachline's coverage can concern this organization (coverage.json's `appliesTo`). */
import type { Answers } from '../answers/schema.ts';
import type { CoverageConditions } from './schema.ts';

/**
 * True unless the gap's conditions rule the organization out. `discoveredOn` is the incident's discovery date; with
 * no incident, the day the plan is made, since a plan prepares for breaches discovered from then on.
 */
export function coverageFits(appliesTo: CoverageConditions | undefined, answers: Answers, discoveredOn: string): boolean {
  if (!appliesTo) return true;
  const { organization } = answers;
  if (appliesTo.roles && !appliesTo.roles.includes(organization.role)) return false;
  if (appliesTo.publiclyTraded !== undefined && appliesTo.publiclyTraded !== organization.publiclyTraded) return false;
  if (appliesTo.insurer !== undefined && appliesTo.insurer !== organization.insurer) return false;
  if (appliesTo.discoveredBefore !== undefined && discoveredOn >= appliesTo.discoveredBefore) return false;
  return true;
}
