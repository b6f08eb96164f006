/** What every command shares: exit codes, reading an answers file (migration and validation, plain messages), writing the output. */
import { formatProblems, parseAnswersJson, type Answers } from '../engine/index.ts';

/** 0 success; 1 the answers file is not valid JSON or not valid answers; 2 usage errors and unreadable files. */
export const EXIT = { ok: 0, invalidAnswers: 1, usage: 2 } as const;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export function errorCode(error: unknown): string {
  return (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Writes a command's output to `out`, or to standard output when no file is given (binary output always has a
 * file: the commands refuse it without one). Returns the exit code.
 */
export async function writeOutput(io: Pick<CliIo, 'stdout' | 'stderr' | 'writeFile'>, out: string | null, output: string | Uint8Array): Promise<number> {
  if (out === null) {
    io.stdout(output as string);
    return EXIT.ok;
  }
  try {
    await io.writeFile(out, output);
  } catch (error) {
    io.stderr(`Cannot write ${out} (${errorCode(error)}).\n`);
    return EXIT.usage;
  }
  io.stderr(`Wrote ${out}\n`);
  return EXIT.ok;
}

/** The valid answers in `file`, or the exit code after telling the person what is wrong. */
export async function readAnswers(
  file: string,
  io: Pick<CliIo, 'stderr' | 'readFile'>,
): Promise<{ ok: true; answers: Answers } | { ok: false; exit: number }> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    io.stderr(code === 'ENOENT' ? `Cannot find the answers file: ${file}\n` : `Cannot read the answers file ${file} (${code}).\n`);
    return { ok: false, exit: EXIT.usage };
  }
  const parsed = parseAnswersJson(text);
  if (!parsed.ok) {
    io.stderr(`The answers in ${file} need fixing:\n${formatProblems(parsed.problems)}\n`);
    return { ok: false, exit: EXIT.invalidAnswers };
  }
  for (const note of parsed.migrationNotes) io.stderr(`Note: ${note}\n`);
  return { ok: true, answers: parsed.answers };
}
