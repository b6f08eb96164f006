/** Counting affected people from the answers, and naming places and numbers in words. */
import type { Answers } from '../answers/schema.ts';
import { US_JURISDICTIONS, US_JURISDICTION_CODES, type Jurisdiction, type UsJurisdiction } from '../vocabulary.ts';
import type { Threshold } from './schema.ts';
import { countWords } from '../words.ts';

type Affected = NonNullable<Answers['incident']>['affected'];

export function residentsOf(affected: Affected, jurisdiction: Jurisdiction): number {
  if (jurisdiction === 'EU') return affected.EU ?? 0;
  if (jurisdiction === 'US') return totalAffected(affected);
  return affected.byJurisdiction[jurisdiction] ?? 0;
}

/** Everyone affected: every US jurisdiction, the EU/EEA and those with no known location. */
export function totalAffected(affected: Affected): number {
  let total = (affected.EU ?? 0) + (affected.unknownLocation ?? 0);
  for (const code of US_JURISDICTION_CODES) total += affected.byJurisdiction[code] ?? 0;
  return total;
}

/** US jurisdictions with at least one affected resident, in the vocabulary's order. */
export function affectedJurisdictions(affected: Affected): UsJurisdiction[] {
  return US_JURISDICTION_CODES.filter((code) => (affected.byJurisdiction[code] ?? 0) > 0);
}

export function jurisdictionName(jurisdiction: Jurisdiction): string {
  if (jurisdiction === 'US') return 'United States (federal)';
  if (jurisdiction === 'EU') return 'European Union / EEA';
  return US_JURISDICTIONS[jurisdiction];
}

export function meetsThreshold(count: number, threshold: Threshold): boolean {
  switch (threshold.comparison) {
    case 'at-least':
      return count >= threshold.value;
    case 'more-than':
      return count > threshold.value;
    case 'fewer-than':
      return count < threshold.value;
  }
}

export function people(count: number, noun = 'person', plural = 'people'): string {
  return `${countWords(count)} ${count === 1 ? noun : plural}`;
}

/** "301 Texas residents", "1 Texas resident", "12 people in the EU/EEA". */
export function residentsWords(count: number, jurisdiction: Jurisdiction): string {
  if (jurisdiction === 'EU') return `${people(count)} in the EU/EEA`;
  return `${countWords(count)} ${jurisdictionName(jurisdiction)} ${count === 1 ? 'resident' : 'residents'}`;
}
