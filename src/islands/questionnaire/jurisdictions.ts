/** The 56 US jurisdictions grouped for the state picker (the Census Bureau's regions, then DC and the territories). */
import { US_JURISDICTIONS, type UsJurisdiction } from '../../engine/vocabulary.ts';

export interface JurisdictionGroup {
  id: string;
  name: string;
  codes: UsJurisdiction[];
}

// By code unit, not Intl.Collator: the names are plain ASCII, where the two orders agree (a test checks every name),
// and a browser's first collator loads its locale data in one long task at the page's start.
export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (codes: UsJurisdiction[]) => [...codes].sort((a, b) => compareNames(US_JURISDICTIONS[a], US_JURISDICTIONS[b]));

export const JURISDICTION_GROUPS: readonly JurisdictionGroup[] = [
  { id: 'northeast', name: 'Northeast', codes: byName(['CT', 'ME', 'MA', 'NH', 'RI', 'VT', 'NJ', 'NY', 'PA']) },
  { id: 'midwest', name: 'Midwest', codes: byName(['IL', 'IN', 'MI', 'OH', 'WI', 'IA', 'KS', 'MN', 'MO', 'NE', 'ND', 'SD']) },
  {
    id: 'south',
    name: 'South',
    codes: byName(['DE', 'FL', 'GA', 'MD', 'NC', 'SC', 'VA', 'WV', 'AL', 'KY', 'MS', 'TN', 'AR', 'LA', 'OK', 'TX']),
  },
  { id: 'west', name: 'West', codes: byName(['AZ', 'CO', 'ID', 'MT', 'NV', 'NM', 'UT', 'WY', 'AK', 'CA', 'HI', 'OR', 'WA']) },
  { id: 'dc-territories', name: 'District of Columbia and territories', codes: ['DC', 'PR', 'GU', 'VI', 'AS', 'MP'] },
];

/** Whether a jurisdiction matches the filter text, by name or two-letter code ("tex", "TX", "new"). */
export function matchesFilter(code: UsJurisdiction, filter: string): boolean {
  const query = filter.trim().toLowerCase();
  if (query === '') return true;
  if (code.toLowerCase() === query) return true;
  const name = US_JURISDICTIONS[code].toLowerCase();
  return name.startsWith(query) || name.includes(` ${query}`) || name.replace(/\./g, '').includes(query);
}

/** Codes sorted by the jurisdiction's name, so a selection reads the same way wherever it is listed. */
export function sortCodes(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => compareNames(jurisdictionName(a), jurisdictionName(b)));
}

/** The name of a code, or the code itself when it is not one of the 56. */
export function jurisdictionName(code: string): string {
  return (US_JURISDICTIONS as Record<string, string>)[code] ?? code;
}
