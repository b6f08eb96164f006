/**
 * The rules as a dataset for other tools (`/rules.json`): every rule with its verification, the coverage list (so a
 * missing rule never reads as "no obligation"), the changelog and the licence. Maintainers' notes stay out.
 */
import { z } from 'zod';
import { coverageSchema, ruleObjectSchema, type Rule } from './schema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** One change: in the law itself (an amendment), or in our reading of it (a correction), or in the data's form. */
const changeSchema = z
  .object({
    kind: z.enum(['law', 'reading', 'data']),
    /** Jurisdiction codes (`US`, `EU`, `TX` ...) the change concerns. */
    jurisdictions: z.array(z.string().min(2)).min(1),
    /** Rule ids the change concerns, where there are any. */
    rules: z.array(z.string()).optional(),
    summary: z.string().min(10),
  })
  .strict();

export const changelogSchema = z
  .object({
    releases: z
      .array(z.object({ version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/), date: isoDate, changes: z.array(changeSchema).min(1) }).strict())
      .min(1),
  })
  .strict();
export type Changelog = z.infer<typeof changelogSchema>;

const publishedRuleSchema = ruleObjectSchema.omit({ maintainerNotes: true });

export const datasetSchema = z
  .object({
    name: z.literal('Breachline notification rules'),
    /** The newest release in the changelog. */
    version: z.string(),
    licence: z.object({ name: z.string(), url: z.url() }).strict(),
    notice: z.string(),
    rules: z.array(publishedRuleSchema),
    notCovered: coverageSchema.shape.notCovered,
    changelog: changelogSchema.shape.releases,
  })
  .strict();
export type Dataset = z.infer<typeof datasetSchema>;

/** As LICENSE says of content/rules/. */
export const DATASET_LICENCE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/** The dataset; the newest release comes first in the changelog. */
export function buildDataset(rules: readonly Rule[], coverage: z.infer<typeof coverageSchema>, changelog: Changelog): Dataset {
  const releases = [...changelog.releases].sort((a, b) => b.date.localeCompare(a.date));
  return {
    name: 'Breachline notification rules',
    version: releases[0]!.version,
    licence: DATASET_LICENCE,
    notice:
      'General information, not legal advice. A jurisdiction or topic listed in notCovered has not been checked: it is not a finding that nothing applies.',
    rules: rules.map(({ maintainerNotes: _notes, ...rule }) => rule),
    notCovered: coverage.notCovered.map(({ maintainerNotes: _notes, ...entry }) => entry),
    changelog: releases,
  };
}

/** The dataset's JSON Schema (draft 2020-12), published beside it. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
}
