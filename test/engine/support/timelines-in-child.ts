/**
 * Run by the time-zone property test in a child process with TZ set: reads answers from the file given, prints
 * their timelines as JSON. Nothing here may depend on the machine's time zone, and the test checks it.
 */
import { readFileSync } from 'node:fs';
import { timelineFor } from '../../../src/engine/index.ts';

const answers = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify({ tz: process.env.TZ, offset: new Date(2024, 0, 1).getTimezoneOffset(), timelines: answers.map((a: never) => timelineFor(a)) }));
