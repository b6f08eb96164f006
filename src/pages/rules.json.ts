/** `/rules.json`: the notification rules as a dataset for other tools, described by `/rules.schema.json`. */
import type { APIRoute } from 'astro';
import changelog from '../../content/rules/changelog.json' with { type: 'json' };
import { CATALOG_RULES, COVERAGE } from '../engine/rules/catalog.ts';
import { buildDataset, changelogSchema } from '../engine/rules/dataset.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildDataset(CATALOG_RULES, COVERAGE, changelogSchema.parse(changelog)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
