/**
 * Median time to compute the timeline for the maximal answers file (every jurisdiction affected, every kind of
 * data), over 200 runs after warm-up. Run: node_modules/.bin/node bench/timeline.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAnswers, timelineFor } from '../../src/engine/index.ts';

const WARM_UP = 50;
const RUNS = 200;
const TARGET_MS = 5;

const parsed = parseAnswers(JSON.parse(readFileSync(new URL('../fixtures/answers/maximal.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(`maximal.json is invalid: ${JSON.stringify(parsed.problems)}`);
const answers = parsed.answers;

let obligations = 0;
for (let i = 0; i < WARM_UP; i += 1) obligations = timelineFor(answers).obligations.length;

const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  timelineFor(answers);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
const p95 = times[Math.floor(RUNS * 0.95)];

console.log(
  `timeline (maximal answers, ${obligations} obligations): median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${RUNS} runs (target < ${TARGET_MS} ms)`,
);
if (median >= TARGET_MS) process.exitCode = 1;
