/** Whose data an organization holds, from its answers: its own, its clients', or both. No zod, so islands can load it. */
import type { DataHolding, Role } from '../vocabulary.ts';

/** A business associate holds its clients' data unless its answers say otherwise; anyone else, its own. */
export function dataHoldingOf(organization: { holdsDataFor?: DataHolding; role?: Role }): DataHolding {
  return organization.holdsDataFor ?? (organization.role === 'business-associate' ? 'clients' : 'itself');
}
