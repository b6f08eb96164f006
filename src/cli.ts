/**
 * The command line over the engine: `breachline <command> [arguments]`. Each command is one entry in COMMANDS,
 * so `plan` can be added beside `timeline` without touching the rest.
 *
 * Exit codes: 0 success; 1 the answers file is not valid JSON or not valid answers; 2 usage errors and files
 * that cannot be read.
 */
import { EXIT, readAnswers, type CliIo } from './cli/answers-file.ts';
import { PLAN_DESCRIBE, PLAN_USAGE, planCommand } from './cli/plan-command.ts';
import { EXERCISE_DESCRIBE, EXERCISE_USAGE, exerciseCommand } from './cli/exercise-command.ts';
import { timelineFor } from './engine/index.ts';

export { EXIT, type CliIo };

interface Command {
  usage: string;
  describe: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

const timeline: Command = {
  usage: 'breachline timeline <answers.json> [--today YYYY-MM-DD]',
  describe: 'Print the notification timeline for an answers file, as JSON.',
  async run(args, io) {
    const files: string[] = [];
    let today: string | undefined;
    for (let i = 0; i < args.length; i += 1) {
      if (args[i] === '--today') {
        today = args[i + 1];
        i += 1;
        if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
          io.stderr('--today needs a date as YYYY-MM-DD.\n');
          return EXIT.usage;
        }
      } else if (args[i].startsWith('-')) {
        io.stderr(`Unknown option: ${args[i]}\nUsage: ${this.usage}\n`);
        return EXIT.usage;
      } else files.push(args[i]);
    }
    if (files.length !== 1) {
      io.stderr(`Give exactly one answers file.\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const read = await readAnswers(files[0], io);
    if (!read.ok) return read.exit;
    try {
      io.stdout(`${JSON.stringify(timelineFor(read.answers, today), null, 2)}\n`);
    } catch (error) {
      io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
};

const plan: Command = { usage: PLAN_USAGE, describe: PLAN_DESCRIBE, run: (args, io) => planCommand(args, io) };

const exercise: Command = { usage: EXERCISE_USAGE, describe: EXERCISE_DESCRIBE, run: (args, io) => exerciseCommand(args, io) };

export const COMMANDS: Record<string, Command> = { timeline, plan, exercise };

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage}\n      ${command.describe}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command: ${name}\n${usage()}`);
    return EXIT.usage;
  }
  return command.run(args, io);
}
