/**
 * Median time to rebuild the plan preview after an answer changes: the timeline once, buildPlan and renderHtml on
 * the clinic answers (what /plan/ runs each time), over 200 runs after warm-up. Run: node_modules/.bin/node test/bench/plan-preview.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAnswers } from '../../src/engine/index.ts';
import { planOutput } from '../../src/islands/questionnaire/plan-output.ts';

const WARM_UP = 30;
const RUNS = 200;
const TARGET_MS = 50;
const TODAY = '2024-03-01';

const parsed = parseAnswers(JSON.parse(readFileSync(new URL('../fixtures/answers/clinic.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(`clinic.json is invalid: ${JSON.stringify(parsed.problems)}`);
const answers = parsed.answers;

// Each run changes one answer, as typing does, so nothing is reused from the run before.
const rebuild = (i: number) => planOutput({ ...answers, systems: { ...answers.systems, ehrName: `Example EHR ${i}` } }, TODAY).html;

let bytes = 0;
for (let i = 0; i < WARM_UP; i += 1) bytes = rebuild(i).length;

const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  rebuild(i);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
const p95 = times[Math.floor(RUNS * 0.95)];

console.log(
  `plan preview (clinic answers, timeline, buildPlan and renderHtml, ${(bytes / 1024).toFixed(1)} KB of HTML): median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${RUNS} runs (target < ${TARGET_MS} ms)`,
);
if (median >= TARGET_MS) process.exitCode = 1;
