/**
 * zod compiles fast parsers with `new Function`, which the Content Security Policy forbids (no 'unsafe-eval'); its
 * probe alone would log a violation. Every island that parses with zod imports this first.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
