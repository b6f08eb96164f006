/** The answers format's current version, in a module of its own so that code without zod (saved drafts) can read it. */
export const ANSWERS_SCHEMA_VERSION = 2;
