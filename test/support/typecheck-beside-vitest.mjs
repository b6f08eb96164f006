// `npm test` after the build: the strict type-check and Vitest at once (TypeScript 7's tsc needs a few seconds; it
// need not hold up the first test file). Arguments go to Vitest; fails if either fails, tsc's output printed last.
import { spawn } from 'node:child_process';

const run = (command, args, stdio) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    // A run ended by a signal has no exit code: it failed.
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });

const [typecheck, vitest] = await Promise.all([
  run('tsc', ['--noEmit', '-p', '.'], ['ignore', 'pipe', 'inherit']),
  run('vitest', ['run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)], 'inherit'),
]);
console.log(typecheck.code === 0 ? '\nType-check (tsc --noEmit): no errors.' : `\nType-check (tsc --noEmit) failed:\n${typecheck.output}`);
process.exit(typecheck.code || vitest.code || 0);
