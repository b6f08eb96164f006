import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { exerciseSchema } from './schemas/exercise.ts';

const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
  schema: guideSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/exercises' }),
  schema: exerciseSchema,
});

export const collections = { guide, exercises };
