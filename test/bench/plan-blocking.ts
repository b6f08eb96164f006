/**
 * Lighthouse's total blocking time for /plan/ with a finished plan shown: the clinic answers saved on the device,
 * the page opened at the plan step, the mobile profile (Lighthouse's default: simulated slow 4G and a 4x slower
 * CPU). Each run gets a fresh Chromium (Debian's, never a downloaded one) so no run inherits the last one's cache
 * or offline worker. Prints the median of the runs; exits 1 over the budget.
 *
 * Run on its own against a built dist/: node_modules/.bin/node test/bench/plan-blocking.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 3;
export const PLAN_TBT_BUDGET_MS = 200;
const ANSWERS_KEY = 'breachline:answers';
const clinic: unknown = JSON.parse(readFileSync(`${ROOT}/test/fixtures/answers/clinic.json`, 'utf8'));

export interface PlanBlocking {
  runs: number[];
  median: number;
  /** Lighthouse's measure of this machine's speed at the time (higher is faster): a busy machine blocks longer. */
  benchmarkIndex: number;
}

async function once(origin: string): Promise<{ tbt: number; benchmarkIndex: number }> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    // Saved from a page that runs no script, so no offline worker is registered before the measured load.
    await page.goto(`${origin}/answers.schema.json`);
    await page.evaluate((key, value) => localStorage.setItem(key, JSON.stringify({ savedAt: '2024-03-01T09:00:00.000Z', value })), ANSWERS_KEY, clinic as never);
    const result = await lighthouse(`${origin}/plan/#step-plan`, { onlyCategories: ['performance'], disableStorageReset: true, logLevel: 'error' }, undefined, page);
    if (!result) throw new Error('Lighthouse returned no result.');
    // Else the figure would not be the finished plan's.
    if (!(await page.$('.plan-document[aria-busy="false"] h3'))) throw new Error('Lighthouse finished before the whole plan was shown.');
    const tbt = result.lhr.audits['total-blocking-time']?.numericValue;
    if (tbt === undefined) throw new Error(`Lighthouse gave no total blocking time: ${result.lhr.runtimeError?.message ?? 'no reason given'}`);
    return { tbt, benchmarkIndex: result.lhr.environment.benchmarkIndex };
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

export async function measurePlanBlocking(origin: string, runs = RUNS): Promise<PlanBlocking> {
  const results: { tbt: number; benchmarkIndex: number }[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await once(origin));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { runs: results.map((r) => r.tbt), median: median(results.map((r) => r.tbt)), benchmarkIndex: median(results.map((r) => r.benchmarkIndex)) };
}

export function blockingLine({ runs, median, benchmarkIndex }: PlanBlocking): string {
  return `/plan/ with the clinic plan shown, Lighthouse mobile profile: total blocking time median ${Math.round(median)} ms over ${runs.length} runs (${runs.map((t) => Math.round(t)).join(', ')} ms; budget < ${PLAN_TBT_BUDGET_MS} ms; machine benchmark index ${Math.round(benchmarkIndex)})`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startStaticServer(`${ROOT}/dist`);
  try {
    const blocking = await measurePlanBlocking(server.origin);
    console.log(blockingLine(blocking));
    if (blocking.median >= PLAN_TBT_BUDGET_MS) process.exitCode = 1;
  } finally {
    await server.close();
  }
}
