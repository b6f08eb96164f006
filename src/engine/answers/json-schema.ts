/** The answers schema as JSON Schema (draft 2020-12), for other tools and for documentation. */
import { z } from 'zod';
import { answersSchema } from './schema.ts';

export function answersJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(answersSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
