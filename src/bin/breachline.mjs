#!/usr/bin/env node
// Node 24 runs the TypeScript sources directly (type stripping).
import { readFile, writeFile } from 'node:fs/promises';
import { exitQuietlyOnClosedPipe } from '../cli/closed-pipe.ts';
import { main } from '../cli.ts';

exitQuietlyOnClosedPipe(process.stdout, () => process.exit());
exitQuietlyOnClosedPipe(process.stderr, () => process.exit());

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data),
});
