/**
 * `breachline exercise <scenario> [answers.json] [--out FILE] [--participant | --part PART]`: the tabletop exercise
 * pack as one printable web page, from the same renderer as the site. With answers, the pack is tailored (names,
 * EHR, deadlines from the engine, the scenario's version for the organization's type and size); without, it is the
 * blank pack. All I/O goes through `io`, so tests call it with fakes.
 *
 * Exit codes as in src/cli.ts: 0 success; 1 the answers are not valid; 2 usage errors, unknown scenarios and files
 * that cannot be read or written.
 */
import yaml from 'js-yaml';
import { fileURLToPath } from 'node:url';
import { EXIT, errorCode, readAnswers, writeOutput, type CliIo } from './answers-file.ts';
import { absoluteLinks, isSiteUrl, textLinks } from '../components/exercises/render/site-links.ts';
import { useInsteadPage } from '../components/exercises/render/use-instead.ts';
import { pointerFor } from '../components/exercises/version-choice.ts';
import { escapeHtml } from '../components/exercises/render/html.ts';
import { renderPackPage } from '../components/exercises/render/render-pack.ts';
import { PACK_PAGES, PARTICIPANT_PACK, WHOLE_PACK } from '../components/exercises/pack.ts';
import { resolveUseInstead, versionFor, scenarioVersions, type ScenarioVersion } from '../components/exercises/versions.ts';
import { tailorPack } from '../islands/exercise-tailoring/tailor.ts';
import type { Answers } from '../engine/index.ts';
import { type Exercise, exerciseSchema, GUIDE_SLUGS } from '../schemas/exercise.ts';

export const EXERCISE_USAGE = 'breachline exercise <scenario> [answers.json] [--out FILE] [--participant | --part PART] [--site-url URL]';
export const EXERCISE_DESCRIBE =
  'Write a tabletop exercise pack as a printable web page: tailored to an answers file, or blank without one. --participant writes the version without expected actions; --site-url makes its links to the site absolute (without it they print as text with the page).';

const ROOT = new URL('../../', import.meta.url);
const fromRoot = (path: string): string => fileURLToPath(new URL(path, ROOT));

interface ExerciseArgs {
  scenario: string;
  answers: string | null;
  out: string | null;
  page: string;
  siteUrl: string | null;
}

function parseArgs(args: readonly string[]): ExerciseArgs | string {
  const positional: string[] = [];
  let out: string | null = null;
  let page: string = WHOLE_PACK.slug;
  let siteUrl: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = args[i + 1];
    if (arg === '--out') {
      if (!value || value.startsWith('-')) return '--out needs a file name.';
      out = value;
      i += 1;
    } else if (arg === '--site-url') {
      if (!value || !isSiteUrl(value)) return '--site-url needs the site\'s address, like https://breachline.example/.';
      siteUrl = value;
      i += 1;
    } else if (arg === '--participant') page = PARTICIPANT_PACK.slug;
    else if (arg === '--part') {
      if (!(PACK_PAGES as readonly string[]).includes(value ?? '')) return `--part needs one of: ${PACK_PAGES.join(', ')}.`;
      page = value!;
      i += 1;
    } else if (arg.startsWith('-')) return `Unknown option: ${arg}`;
    else positional.push(arg);
  }
  if (positional.length < 1 || positional.length > 2) return 'Give a scenario, and at most one answers file.';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(positional[0]!)) return `"${positional[0]}" is not a scenario name: use one like ransomware-ehr-downtime.`;
  return { scenario: positional[0]!, answers: positional[1] ?? null, out, page, siteUrl };
}

/** Finds the scenario file for a name that is a scenario's id or one of its versions' (`<scenario>-<variant>`). */
async function loadScenario(name: string, io: CliIo): Promise<{ id: string; exercise: Exercise; pinned: ScenarioVersion | null } | string> {
  const words = name.split('-');
  for (let cut = words.length; cut > 0; cut -= 1) {
    const id = words.slice(0, cut).join('-');
    let text: string;
    try {
      text = await io.readFile(fromRoot(`content/exercises/${id}.yaml`));
    } catch {
      continue;
    }
    const parsed = exerciseSchema.safeParse(yaml.load(text));
    if (!parsed.success) return `The scenario ${id} does not pass its schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    const versions = scenarioVersions(id, parsed.data);
    const pinned = cut === words.length ? null : (versions.find((v) => v.slug === name) ?? null);
    if (cut !== words.length && !pinned) break;
    return { id, exercise: parsed.data, pinned };
  }
  return `No scenario called ${name}. The scenarios are the file names in content/exercises/.`;
}

async function guideTitles(io: CliIo): Promise<Record<string, string>> {
  const titles: Record<string, string> = {};
  for (const slug of GUIDE_SLUGS) {
    try {
      const text = await io.readFile(fromRoot(`content/guide/${slug}.mdx`));
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      const title = front ? (yaml.load(front) as { title?: unknown }).title : undefined;
      if (typeof title === 'string') titles[slug] = title;
    } catch {
      // A missing guide page leaves its slug as the link text.
    }
  }
  return titles;
}

/** A whole web page around the pack, with the site's styles inlined so it prints the same offline. */
export function standalonePage(title: string, page: string, body: string, css: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(
    title,
  )}</title><style>${css}</style></head><body><main id="main"><div class="exercise-pack part-${page}">${body}</div></main></body></html>\n`;
}

/** Runs `breachline exercise`; returns the exit code. */
export async function exerciseCommand(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (typeof parsedArgs === 'string') {
    io.stderr(`${parsedArgs}\nUsage: ${EXERCISE_USAGE}\n`);
    return EXIT.usage;
  }
  const { answers: file, out, page } = parsedArgs;
  const scenario = await loadScenario(parsedArgs.scenario, io);
  if (typeof scenario === 'string') {
    io.stderr(`${scenario}\n`);
    return EXIT.usage;
  }

  let answers: Answers | null = null;
  if (file !== null) {
    const read = await readAnswers(file, io);
    if (!read.ok) return read.exit;
    answers = read.answers;
  }
  const organization = { type: answers?.organization.type ?? null, size: answers?.organization.size ?? null };
  const link = parsedArgs.siteUrl ? absoluteLinks(parsedArgs.siteUrl) : textLinks;
  const version = scenario.pinned ?? versionFor(scenario.id, scenario.exercise, organization);
  const tailoring = answers ? tailorPack(answers, version.incident) : null;
  const away = scenario.pinned ? null : pointerFor(version.useInstead, organization.type);
  let body: string;
  if (away && organization.type) {
    const target = await loadScenario(away.use, io);
    if (typeof target === 'string') {
      io.stderr(`${target}\n`);
      return EXIT.usage;
    }
    const [pointer] = resolveUseInstead(scenario.id, [away], scenarioVersions(target.id, target.exercise));
    io.stderr(`Note: ${scenario.id} is not written for this organization's type (${organization.type}); the page says which scenario to use instead: ${pointer!.slug}.\n`);
    body = useInsteadPage(version, organization.type, pointer!, tailoring, link);
  } else {
    if (organization.type && !version.organizationTypes.includes(organization.type)) {
      io.stderr(`Note: ${version.slug} is written for: ${version.label}. No version of it is written for this organization's type (${organization.type}).\n`);
    }
    body = renderPackPage(page, { version, tailoring, guideTitles: await guideTitles(io), link });
  }
  let css: string;
  try {
    css = (await Promise.all(['src/styles/global.css', 'src/styles/exercise.css'].map((p) => io.readFile(fromRoot(p))))).join('\n');
  } catch (error) {
    io.stderr(`Cannot read the pack's styles (${errorCode(error)}).\n`);
    return EXIT.usage;
  }
  const output = standalonePage(`${version.title}: tabletop exercise`, page, body, css);
  return writeOutput(io, out, output);
}
