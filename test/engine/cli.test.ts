import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = join(root, 'node_modules/.bin/node');
const scratch = mkdtempSync(join(tmpdir(), 'breachline-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The command as `src/bin/breachline.mjs` runs it, in this process: each Node start costs a second on this machine. */
async function breachline(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFile(resolve(root, path), 'utf8'),
    writeFile: (path, data) => writeFile(path, data),
  });
  return { status, stdout, stderr };
}

/** The installed command itself, in its own Node process: its exit code and streams are the bin's, not main's. */
function breachlineProcess(...args: string[]) {
  const child = spawnSync(node, ['src/bin/breachline.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('breachline timeline', () => {
  it('prints the timeline as JSON on stdout and exits 0 for a valid answers file', async () => {
    const result = await breachline('timeline', 'test/fixtures/answers/clinic.json');
    expect(result.status, result.stderr).toBe(0);
    const timeline = JSON.parse(result.stdout);
    expect(timeline.discoveredOn).toBe('2024-02-10');
    expect(timeline.obligations.find((o: { ruleId: string }) => o.ruleId === 'hipaa-individuals').limit.date).toBe('2024-04-10');
  });

  it('adds days left with --today', async () => {
    const result = await breachline('timeline', 'test/fixtures/answers/clinic.json', '--today', '2024-04-01');
    const timeline = JSON.parse(result.stdout);
    expect(timeline.obligations.find((o: { ruleId: string }) => o.ruleId === 'hipaa-individuals').daysLeft).toBe(9);
  });

  it('lists each field problem on stderr and exits 1 for invalid answers', async () => {
    const result = await breachline('timeline', 'test/fixtures/answers/invalid.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/need fixing/);
    expect(result.stderr).toMatch(/- incident\.discoveredOn \(.*\): Enter a real date as YYYY-MM-DD/);
    expect(result.stderr).toMatch(/- organization\.role/);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
  });

  it('reports invalid JSON on stderr and exits 1', async () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "schemaVersion": 1, ');
    const result = await breachline('timeline', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not valid JSON/);
  });

  it('accepts a version 0 draft and notes what it assumed', async () => {
    const file = join(scratch, 'draft.json');
    writeFileSync(
      file,
      JSON.stringify({ organizationName: 'Draft Clinic', role: 'covered-entity-provider', discoveryDate: '2024-02-10', affectedByState: { TX: 3 }, dataTypes: ['medical'], encrypted: false }),
    );
    const result = await breachline('timeline', file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Note: /m);
  });

  it('exits 2 with a message for a missing file', async () => {
    const result = await breachline('timeline', 'no-such-file.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Cannot find the answers file: no-such-file\.json/);
  });

  it('exits 2 with usage for no arguments, an unknown command, or a missing file argument', async () => {
    for (const args of [[], ['plan-everything'], ['timeline'], ['timeline', 'a.json', 'b.json'], ['timeline', '--today', 'soon', 'a.json']]) {
      const result = await breachline(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.length).toBeGreaterThan(0);
    }
  });

  it('prints usage on stdout and exits 0 for --help, as the installed command', () => {
    const result = breachlineProcess('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/breachline timeline <answers\.json>/);
  });

  it('exits 1 as the installed command when the answers are invalid', () => {
    expect(breachlineProcess('timeline', 'test/fixtures/answers/invalid.json').status).toBe(1);
  });
});

describe('a closed output pipe', () => {
  /** Runs the command with its stdout already closed by the reader, as `| head -1` does once it has its line. */
  function withClosedStdout(...args: string[]): Promise<{ status: number | null; stderr: string }> {
    const child = spawn(node, ['src/bin/breachline.mjs', ...args], { cwd: root, env: { ...process.env, TZ: 'UTC' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
  }

  it('ends timeline quietly with exit code 0, without an EPIPE stack', async () => {
    const result = await withClosedStdout('timeline', 'test/fixtures/answers/clinic.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('ends plan quietly too', async () => {
    const result = await withClosedStdout('plan', 'test/fixtures/answers/clinic.json', '--today', '2024-02-12');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('breachline plan', () => {
  it('prints the plan as Markdown with the organization and its people', async () => {
    const result = await breachline('plan', 'test/fixtures/answers/clinic.json', '--today', '2024-02-12');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Lakeside Family Clinic');
    expect(result.stdout).toContain('Dana Ortiz');
  });

  it('writes a Word file with --format docx --out, and a calendar with --format ics', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const docx = join(scratch, 'plan.docx');
    expect((await breachline('plan', 'test/fixtures/answers/clinic.json', '--format', 'docx', '--out', docx)).status).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!)).toContain('Lakeside Family Clinic');
    const ics = await breachline('plan', 'test/fixtures/answers/clinic.json', '--format', 'ics', '--today', '2024-02-12');
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20240410');
  });

  it('exits 1 with the field problems for invalid answers, like timeline', async () => {
    const result = await breachline('plan', 'test/fixtures/answers/invalid.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('organization.name');
  });
});
