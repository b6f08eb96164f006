/** `/rules.schema.json`: the JSON Schema of `/rules.json`. */
import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../engine/rules/dataset.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
