/**
 * `breachline plan <answers.json> [--format md|html|docx|ics|json] [--out FILE] [--today YYYY-MM-DD]`: the tailored
 * Incident Response Plan (or, with `ics`, the incident's deadlines as a calendar). Text formats go to stdout unless
 * --out is given; docx needs --out. All I/O goes through `io`, so tests call it with fakes.
 *
 * Exit codes as in src/cli.ts: 0 success; 1 the answers are not valid; 2 usage errors and files that cannot be read
 * or written.
 */
import { EXIT, readAnswers, writeOutput, type CliIo } from './answers-file.ts';
import { planFor, timelineFor } from '../engine/index.ts';
import { isIsoDate } from '../engine/dates/calendar.ts';
import { renderDocx } from '../engine/export/docx.ts';
import { renderHtml } from '../engine/export/html.ts';
import { renderIcs } from '../engine/export/ics.ts';
import { renderJson } from '../engine/export/json.ts';
import { renderMarkdown } from '../engine/export/markdown.ts';

export type PlanIo = CliIo;

export const PLAN_FORMATS = ['md', 'html', 'docx', 'ics', 'json'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export const PLAN_USAGE = 'breachline plan <answers.json> [--format md|html|docx|ics|json] [--out FILE] [--today YYYY-MM-DD]';
export const PLAN_DESCRIBE =
  'Write the Incident Response Plan for an answers file (md, standalone html, docx or the document model as json), or the incident deadlines as a calendar (ics).';

interface PlanArgs {
  file: string;
  format: PlanFormat;
  out: string | null;
  today: string | null;
}

function parseArgs(args: readonly string[]): PlanArgs | string {
  const files: string[] = [];
  let format: PlanFormat = 'md';
  let out: string | null = null;
  let today: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--format') {
      if (!PLAN_FORMATS.includes(value as PlanFormat)) return `--format needs one of: ${PLAN_FORMATS.join(', ')}.`;
      format = value as PlanFormat;
      i += 1;
    } else if (arg === '--out') {
      if (!value || value.startsWith('-')) return '--out needs a file name.';
      out = value;
      i += 1;
    } else if (arg === '--today') {
      if (!value || !isIsoDate(value)) return '--today needs a date as YYYY-MM-DD.';
      today = value;
      i += 1;
    } else if (arg.startsWith('-')) return `Unknown option: ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return 'Give exactly one answers file.';
  if (format === 'docx' && out === null) return 'A .docx file is binary: give --out FILE to write it.';
  return { file: files[0], format, out, today };
}

/** Runs `breachline plan`; returns the exit code. */
export async function planCommand(args: string[], io: PlanIo): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (typeof parsedArgs === 'string') {
    io.stderr(`${parsedArgs}\nUsage: ${PLAN_USAGE}\n`);
    return EXIT.usage;
  }
  const { file, format, out } = parsedArgs;
  const read = await readAnswers(file, io);
  if (!read.ok) return read.exit;
  // The command line may read the clock; the engine never does.
  const today = parsedArgs.today ?? new Date().toISOString().slice(0, 10);
  const { answers } = read;

  let output: string | Uint8Array;
  if (format === 'ics') {
    if (!answers.incident) {
      io.stderr(`The answers in ${file} record no incident, so there are no deadlines for a calendar. Use another --format for the plan.\n`);
      return EXIT.usage;
    }
    output = renderIcs(timelineFor(answers, today), {
      organization: answers.organization.name,
      now: `${today}T00:00:00Z`,
      incidentId: answers.incident?.id,
      sequence: answers.incident?.calendarSequence,
    });
  } else {
    const plan = planFor(answers, today);
    if (format === 'md') output = renderMarkdown(plan);
    else if (format === 'html') output = renderHtml(plan, { standalone: true });
    else if (format === 'json') output = renderJson(plan);
    else output = await renderDocx(plan);
  }

  return writeOutput(io, out, output);
}
