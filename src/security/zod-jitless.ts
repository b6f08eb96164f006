/**
 * zod compiles fast parsers with `new Function`, which the Content Security Policy forbids (no 'unsafe-eval'); its
 * probe alone would log a violation. Every island module that brings zod imports this first; the modules loaded
 * on demand import it themselves, so that zod stays out of the code a page loads at once.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
