/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1, loads each kind of page in headless Chromium and
 * prints what it transferred, Lighthouse's total blocking time for /plan/ with a finished plan and every page kind's
 * best-practices score, then the engine's timeline and plan-preview benchmarks. Exits 1 when /plan/ or /review/ loads
 * more JavaScript than its budget, /plan/ blocks for longer than its budget or a best-practices score is under 100;
 * budgets are in README.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';
import { weighPage } from './page-weight.ts';
import { bestPractices } from './best-practices.ts';
import { INCIDENT_JS_BUDGET_BYTES, weighIncidentView } from './incident-weight.ts';
import { blockingLine, measurePlanBlocking, PLAN_TBT_BUDGET_MS } from './plan-blocking.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES: [string, string][] = [
  ['home', '/'],
  ['guide page', '/guide/respond-in-time/'],
  ['guide index', '/guide/'],
  ['search results', '/search/?q=four-factor'],
  ['requirements', '/requirements/'],
  ['jurisdiction', '/requirements/tx/'],
  ['about', '/about/'],
  ['plan builder', '/plan/'],
  ['incident view', '/incident/'],
  ['review form', '/review/'],
  ['exercise pack part', '/exercises/ransomware-ehr-downtime/facilitator-guide/'],
  ['live exercise', '/exercises/ransomware-ehr-downtime/run/'],
];

/** JavaScript (gzip) a page may load before the first interaction, nothing saved. */
const PAGE_JS_BUDGETS: Record<string, number> = { '/plan/': 40 * 1024, '/review/': 40 * 1024 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const server = await startStaticServer(`${ROOT}/dist`);
const browser = await launchBrowser();
const rows: Record<string, string | number>[] = [];
let blocking: Awaited<ReturnType<typeof measurePlanBlocking>>;
let incident: Awaited<ReturnType<typeof weighIncidentView>>;
let practices: Awaited<ReturnType<typeof bestPractices>>;
const overBudget: string[] = [];
try {
  for (const [kind, path] of PAGES) {
    const w = await weighPage(browser, `${server.origin}${path}`);
    const budget = PAGE_JS_BUDGETS[path];
    if (budget !== undefined && w.jsGzipBytes > budget) overBudget.push(`${path}: ${kb(w.jsGzipBytes)} gzip of JavaScript at load (budget ${kb(budget)})`);
    rows.push({
      page: kind,
      path,
      requests: w.requests,
      raw: kb(w.rawBytes),
      gzip: kb(w.gzipBytes),
      'JS files': w.jsFiles,
      'JS gzip': kb(w.jsGzipBytes),
      'inline JS': `${w.inlineJsBytes} B`,
    });
  }
  incident = await weighIncidentView(browser, server.origin);
  await browser.close();
  blocking = await measurePlanBlocking(server.origin);
  practices = await bestPractices(server.origin, PAGES.map(([, path]) => path));
} finally {
  if (browser.isConnected()) await browser.close();
  await server.close();
}

console.log(`Build (astro build, search index, offline worker): ${buildSeconds.toFixed(1)} s`);
console.table(rows);
for (const line of overBudget) console.log(`Over budget: ${line}`);
if (overBudget.length > 0) process.exitCode = 1;
console.log(
  `/incident/ with an incident saved: ${kb(incident.pageJsGzip)} gzip of JavaScript before the first interaction (budget ${kb(INCIDENT_JS_BUDGET_BYTES)}), ${kb(incident.workerJsGzip)} in its engine worker after the first paint`,
);
if (incident.pageJsGzip > INCIDENT_JS_BUDGET_BYTES) process.exitCode = 1;
console.log(blockingLine(blocking));
if (blocking.median >= PLAN_TBT_BUDGET_MS) process.exitCode = 1;
for (const { path, score, failed } of practices) {
  console.log(`Lighthouse best practices ${path}: ${score}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`);
  if (score < 100) process.exitCode = 1;
}
spawnSync(process.execPath, [`${ROOT}/test/bench/timeline.ts`], { cwd: ROOT, stdio: 'inherit' });
spawnSync(process.execPath, [`${ROOT}/test/bench/plan-preview.ts`], { cwd: ROOT, stdio: 'inherit' });
