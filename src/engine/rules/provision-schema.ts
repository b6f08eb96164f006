/**
 * The shape of `content/rules/provisions.json`: provisions of law the plan relies on that are not notices (how long
 * to keep documentation, what makes information unsecured, the exceptions to and the presumption of a breach, when
 * a breach counts as discovered, the regulator's position on ransomware). Each is data with its citation and how
 * it was checked, as the rules are; the plan prints them, never its own wording of the law.
 */
import { z } from 'zod';
import { verificationSchema } from './schema.ts';

export const PROVISION_IDS = [
  'hipaa-documentation-retention',
  'hipaa-unsecured-phi',
  'hipaa-breach-exceptions',
  'hipaa-breach-presumption',
  'hipaa-breach-discovery',
  'ocr-ransomware-guidance',
] as const;
export type ProvisionId = (typeof PROVISION_IDS)[number];

export const provisionSchema = z
  .object({
    id: z.enum(PROVISION_IDS),
    /** The body of law or guidance, e.g. "HIPAA Breach Notification Rule". */
    regime: z.string().min(3),
    citation: z.string().min(3),
    sourceUrl: z.url(),
    /** What the provision says, in plain words for readers (printed). */
    summary: z.string().min(10),
    /** Its parts, one per entry, where it has parts (the three exceptions, the four factors). */
    items: z.array(z.string().min(10)).min(1).optional(),
    /** For a retention provision: how many years the documentation is kept. */
    retentionYears: z.number().int().positive().optional(),
    reviewedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    verification: verificationSchema,
    /** Maintainers' working notes: never printed. */
    maintainerNotes: z.string().optional(),
  })
  .strict();
export type Provision = z.infer<typeof provisionSchema>;

export const provisionFileSchema = z
  .object({ provisions: z.array(provisionSchema) })
  .strict()
  .refine((file) => PROVISION_IDS.every((id) => file.provisions.filter((p) => p.id === id).length === 1), {
    message: 'each provision id appears exactly once',
  });
