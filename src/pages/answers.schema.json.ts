/** `/answers.schema.json`: the engine's answers schema as JSON Schema, so people can validate saved answers. */
import type { APIRoute } from 'astro';
import { answersJsonSchema } from '../engine/index.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
