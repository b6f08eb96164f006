/** Answers fixtures for the plan and export tests, read and validated like the command line does. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAnswersJson, type Answers } from '../../../src/engine/index.ts';

export function fixture(name: string): Answers {
  const path = fileURLToPath(new URL(`../../fixtures/answers/${name}.json`, import.meta.url));
  const parsed = parseAnswersJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.json is not valid: ${JSON.stringify(parsed.problems)}`);
  return parsed.answers;
}

/** Hostile strings the hostile fixture puts in its text fields. */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  link: '](javascript:alert(1))',
  quotes: `"quotes" & 'apostrophes'`,
} as const;
