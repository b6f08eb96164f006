// Writes src/engine/rules/rule-files.generated.ts from the files in content/rules/ (run by `npm run rules:index`).
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleIndexSource } from '../engine/rules/index-source.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const paths = [
  'content/rules/federal.json',
  ...readdirSync(`${root}content/rules/states`).map((name) => `content/rules/states/${name}`),
];
writeFileSync(`${root}src/engine/rules/rule-files.generated.ts`, ruleIndexSource(paths));
