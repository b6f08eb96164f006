/**
 * The shipped provisions (`content/rules/provisions.json`) as plain data, for the plan in the browser and the command
 * line; test/engine/rules/provisions.test.ts validates the file against provision-schema.ts.
 */
import provisionData from '../../../content/rules/provisions.json' with { type: 'json' };
import type { Provision, ProvisionId } from './provision-schema.ts';

export const SHIPPED_PROVISIONS: readonly Provision[] = provisionData.provisions as Provision[];

/** The provision with this id; throws when the data lacks it (the schema test guarantees it does not). */
export function provisionById(provisions: readonly Provision[], id: ProvisionId): Provision {
  const found = provisions.find((provision) => provision.id === id);
  if (!found) throw new Error(`The provisions data has no ${id}.`);
  return found;
}
