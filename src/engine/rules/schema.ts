/**
 * The shape of one notification rule. Every legal fact Breachline uses is a record of this schema, kept as data
 * in `content/rules/` and validated here at build and test time. A rule we could not confirm is not written:
 * its jurisdiction is listed in `content/rules/coverage.json` as not covered.
 */
import { z } from 'zod';
import { ANCHORS, DATA_KINDS, ENTITY_TYPES, RECIPIENTS, ROLES, US_JURISDICTION_CODES } from '../vocabulary.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** What a clock counts from: an event in the answers. */
const anchor = z.enum(ANCHORS);

/** A fixed outer limit: N calendar or business days, or hours, after an event. */
const fixedLimit = z.object({
  unit: z.enum(['calendar-days', 'business-days', 'hours']),
  amount: z.number().int().positive(),
  from: anchor,
});
export type FixedLimit = z.infer<typeof fixedLimit>;

/**
 * When the notice is due. Kinds:
 * - `fixed`: N calendar days, business days or hours after an event ("within 30 days after discovery").
 * - `prompt`: "without unreasonable delay" / "most expedient time", with the statute's own words and an optional
 *   outer limit. The engine shows a target ahead of the limit, never just the limit.
 * - `annual`: a log submitted within N days after the end of the calendar year of discovery (HIPAA, < 500).
 * - `relative`: tied to another notice of the same incident: before it, at the same time, no later than it, or
 *   within N days after it.
 * - `unstated`: the law requires the notice but sets no time for it; `note` says what it asks, in our words.
 */
export const clockSchema = z.discriminatedUnion('kind', [
  fixedLimit.extend({ kind: z.literal('fixed') }),
  z.object({
    kind: z.literal('prompt'),
    /** The statute's phrase, e.g. "without unreasonable delay". */
    wording: z.string().min(3),
    outerLimit: fixedLimit.optional(),
  }),
  z.object({
    kind: z.literal('annual'),
    /** Days after the end of the calendar year in which the breach was discovered. */
    daysAfterYearEnd: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal('unstated'),
    /** What the law asks of this notice, in our words (it sets no time): "disclose to the AG by mail or email". */
    note: z.string().min(10),
  }),
  z.object({
    kind: z.literal('relative'),
    /** The id of the other rule whose notice this one follows or precedes. */
    rule: z.string().min(1),
    relation: z.enum(['before', 'same-time', 'no-later-than', 'after']),
    /** With `after`: within this many days of the other notice. */
    within: z
      .object({ unit: z.enum(['calendar-days', 'business-days']), amount: z.number().int().positive() })
      .optional(),
    /** An independent outer limit that also binds ("within 30 days, and no later than ..."). */
    outerLimit: fixedLimit.optional(),
  }),
]);
export type Clock = z.infer<typeof clockSchema>;

/**
 * A count of affected people compared with a number. The comparison is spelled out, never implied.
 * On a federal (`US`) rule, `residents` means the residents of any one State or jurisdiction: the engine then
 * gives one obligation per jurisdiction over the threshold (HIPAA media notice, 45 CFR 164.406).
 */
const thresholdSchema = z.object({
  /** `residents`: of this rule's jurisdiction; `total`: all affected individuals. */
  of: z.enum(['residents', 'total']),
  /** `fewer-than` serves rules for small breaches (HIPAA's annual log for fewer than 500). */
  comparison: z.enum(['at-least', 'more-than', 'fewer-than']),
  value: z.number().int().nonnegative(),
});
export type Threshold = z.infer<typeof thresholdSchema>;

/** How following HIPAA interacts with this rule, for HIPAA covered entities and business associates. */
const hipaaInterplaySchema = z.object({
  /**
   * - `applies`: the rule binds HIPAA entities like anyone else.
   * - `exempt`: HIPAA entities are outside the rule.
   * - `deemed-compliant`: complying with HIPAA counts as complying with this rule.
   * - `unconfirmed`: we could not confirm the text; the engine shows the rule with a warning.
   * - `not-applicable`: the rule is itself federal or is not a state breach law.
   */
  effect: z.enum(['applies', 'exempt', 'deemed-compliant', 'unconfirmed', 'not-applicable']),
  /**
   * The HIPAA roles the effect covers, where the law names only some (Ohio exempts covered entities, not their
   * business associates); the other HIPAA roles are bound like anyone else. Omitted: every HIPAA role.
   */
  roles: z.array(z.enum(ROLES)).min(1).optional(),
  note: z.string().optional(),
});

/**
 * What a rule was checked against. `statute-text` and `regulation-text` mean the enacted words themselves were
 * read (in the legislature's or a publisher's copy of the code, named in `source`); `secondary` means only a
 * named summary could be read, which readers are told.
 */
export const verificationSchema = z
  .object({
    against: z.enum(['statute-text', 'regulation-text', 'secondary']),
    /** Where the words were read: "Texas Statutes, Business and Commerce Code ch. 521 (publisher's copy)". */
    source: z.string().min(3),
    /** The pinpoint of the quoted words, e.g. "§ 521.053(b)". */
    pinpoint: z.string().min(2),
    /** The operative words that set this rule's duty or clock, short, exactly as the text has them. */
    quote: z.string().min(10).max(800),
    checkedOn: isoDate,
  })
  .strict();
export type Verification = z.infer<typeof verificationSchema>;

export const ruleObjectSchema = z
  .object({
    /** Stable id, e.g. `hipaa-individuals`, `tx-attorney-general`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The body of law, e.g. "HIPAA Breach Notification Rule", "Texas Identity Theft Enforcement and Protection Act". */
    regime: z.string().min(3),
    /** `US` for federal law, `EU` for the GDPR, or a state or territory code. */
    jurisdiction: z.enum(['US', 'EU', ...US_JURISDICTION_CODES]),
    /** One line in plain words: "Notify affected Texas residents within 60 days of determining the breach." */
    summary: z.string().min(10),
    appliesTo: z.object({
      /** Roles bound by the rule; omitted means any role. */
      roles: z.array(z.enum(ROLES)).min(1).optional(),
      /**
       * Who the duty binds: the owner or licensee of the data, or one that maintains or processes it for another (a
       * business associate, vendor or service provider), whose duty is to tell the owner. Omitted: whoever the
       * other conditions select (federal rules bind by role).
       */
      holder: z.enum(['owner', 'maintainer']).optional(),
      /**
       * The rule binds only these kinds of entity (a licensed health facility, a public agency ...), and only
       * organizations whose answers say they are one: the reasons name the kinds for those who have not said.
       */
      entityTypes: z.array(z.enum(ENTITY_TYPES)).min(1).optional(),
      /** The rule applies when any of these kinds of data was involved; omitted means any kind. */
      dataKinds: z.array(z.enum(DATA_KINDS)).min(1).optional(),
      /** True where data secured per the law's standard (e.g. encrypted, key safe) is outside the rule. */
      securedExempt: z.boolean(),
      threshold: thresholdSchema.optional(),
      /** Other conditions from the answers. */
      publiclyTraded: z.boolean().optional(),
      euDataSubjects: z.boolean().optional(),
      insurer: z.boolean().optional(),
      /** True for rules that bind only programs covered by 42 CFR Part 2. */
      part2Program: z.boolean().optional(),
      /** GDPR duties differ for controllers and processors. */
      gdprRole: z.enum(['controller', 'processor']).optional(),
      /** True where the rule applies only when the breach is likely to result in a high risk (GDPR Art. 34). */
      gdprHighRisk: z.boolean().optional(),
    }),
    recipient: z.enum(RECIPIENTS),
    /** Who exactly, e.g. "Texas Attorney General (online form)". */
    recipientName: z.string().min(2),
    /**
     * The recipient in a few words, as it reads after "Notify" in a calendar title or a sentence ("the Montana
     * Office of Consumer Protection"). Omitted: derived from `recipient` and the jurisdiction ("the Texas Attorney
     * General"); for regulators and police, whose kind says too little, `recipientName` is used.
     */
    recipientShort: z.string().min(2).optional(),
    clock: clockSchema,
    /** What the notice must contain, one element per entry; empty where the law sets nothing. */
    content: z.array(z.string().min(2)),
    /**
     * The title and headings the law prescribes for a letter to individuals (California's "Notice of Data Breach"),
     * which the notice packet's draft uses in place of its own plain headings.
     */
    noticeLayout: z
      .object({
        title: z.string().min(3),
        headings: z
          .object({
            whatHappened: z.string().min(3),
            informationInvolved: z.string().min(3),
            whatWeAreDoing: z.string().min(3),
            whatYouCanDo: z.string().min(3),
            moreInformation: z.string().min(3),
          })
          .strict(),
      })
      .strict()
      .optional(),
    /** How the notice is given, including substitute notice, one method per entry. */
    method: z.array(z.string().min(2)).optional(),
    /**
     * The numbers of the rule's substitute notice, for the plan's checklist and the guide (the method's words
     * stay in `method`): when contact details fail for `fewerThan` people or more, a web posting for `postingDays`
     * or a media notice, with a toll-free number for at least `tollFreeDays`; for fewer, other means
     * (45 CFR 164.404(d)(2): 10, 90 and 90).
     */
    substituteNotice: z
      .object({
        fewerThan: z.number().int().positive(),
        postingDays: z.number().int().positive(),
        tollFreeDays: z.number().int().positive(),
      })
      .strict()
      .optional(),
    /**
     * The rule's own law-enforcement delay. `hipaa-164-412`: a written statement holds the notice for the period
     * it specifies; an oral one for at most `oralStatementDays` from the statement (45 CFR 164.412(b): 30),
     * unless a written one follows. `as-stated`: the end date of a written statement is shown and otherwise the
     * citation. `state`: the statute's own terms, in `requestedBy`, `form` and `resumes`.
     */
    lawEnforcementDelay: z
      .object({
        model: z.enum(['hipaa-164-412', 'as-stated', 'state']),
        citation: z.string().min(3),
        /** With `hipaa-164-412` (required there): the longest an oral statement holds the notice, in calendar days. */
        oralStatementDays: z.number().int().positive().optional(),
        /** Who may ask, in the statute's terms: "a law enforcement agency", "the Attorney General or a law enforcement agency". */
        requestedBy: z.string().min(3).optional(),
        /** `written`: only a written request holds the notice; `any`: a request in any form. */
        form: z.enum(['written', 'any']).optional(),
        /**
         * When the held notice is due again: `promptly` (as soon as the agency says notice no longer impedes its
         * investigation, without unreasonable delay), or within a number of days after that.
         */
        resumes: z
          .union([
            z.object({ kind: z.literal('promptly') }).strict(),
            z.object({ kind: z.literal('within'), unit: z.enum(['calendar-days', 'business-days']), amount: z.number().int().positive() }).strict(),
          ])
          .optional(),
      })
      .strict()
      .refine((delay) => delay.model !== 'hipaa-164-412' || delay.oralStatementDays !== undefined, {
        message: 'a hipaa-164-412 delay needs oralStatementDays',
        path: ['oralStatementDays'],
      })
      .refine((delay) => delay.model !== 'state' || (delay.requestedBy && delay.form && delay.resumes), {
        message: 'a state delay says who may ask, in what form, and when the notice resumes',
      })
      .optional(),
    hipaa: hipaaInterplaySchema,
    /**
     * True on the HIPAA notice that gives a state's notice to the same recipient where HIPAA compliance is deemed
     * compliance: a notice tied to that state notice counts from this one, and a business associate's plan drafts
     * this letter for its covered entity. One rule per recipient.
     */
    hipaaStandIn: z.literal(true).optional(),
    /** Statute or regulation section, e.g. "45 CFR 164.404(b)". */
    citation: z.string().min(3),
    sourceUrl: z.url(),
    reviewedOn: isoDate,
    /** The rule applies to breaches discovered on or after this date (a new law or an amendment's start). */
    inForceFrom: isoDate.optional(),
    /**
     * The rule applies to breaches discovered before this date: superseded text kept for older breaches, beside
     * the rule that replaced it (whose `inForceFrom` is the same date).
     */
    inForceUntil: isoDate.optional(),
    /** How this rule was checked against the law's own words. */
    verification: verificationSchema.optional(),
    /** A plain, true statement a reader needs that the fields cannot say; printed with the rule. */
    readerNote: z.string().min(10).optional(),
    /**
     * Maintainers' working notes: sources tried, open questions, what the schema cannot express. No page, plan or
     * export prints this field.
     */
    maintainerNotes: z.string().optional(),
  })
  .strict();

/** A rule: its fields, and the checks that span fields. */
export const ruleSchema = ruleObjectSchema.refine(
  (rule) => !rule.inForceFrom || !rule.inForceUntil || rule.inForceFrom < rule.inForceUntil,
  { message: 'inForceFrom must be before inForceUntil', path: ['inForceUntil'] },
);
export type Rule = z.infer<typeof ruleSchema>;

/** True when the rule covers a breach discovered on this date. */
export function inForceOn(rule: Pick<Rule, 'inForceFrom' | 'inForceUntil'>, discoveredOn: string): boolean {
  return (!rule.inForceFrom || discoveredOn >= rule.inForceFrom) && (!rule.inForceUntil || discoveredOn < rule.inForceUntil);
}

/** A file in `content/rules/`: the rules of one regime or jurisdiction. */
export const ruleFileSchema = z.object({ rules: z.array(ruleSchema).min(1) }).strict();

/** The organizations a coverage gap can concern: each condition given must hold. */
const coverageConditionsSchema = z
  .object({
    roles: z.array(z.enum(ROLES)).min(1).optional(),
    publiclyTraded: z.boolean().optional(),
    insurer: z.boolean().optional(),
    /** Only breaches discovered before this date (superseded law). */
    discoveredBefore: isoDate.optional(),
  })
  .strict();
export type CoverageConditions = z.infer<typeof coverageConditionsSchema>;

/** `content/rules/coverage.json`: jurisdictions we have not confirmed, and why. */
export const coverageSchema = z
  .object({
    notCovered: z.array(
      z
        .object({
          jurisdiction: z.enum(['US', 'EU', ...US_JURISDICTION_CODES]),
          /** What is not covered, in plain words. */
          topic: z.string(),
          /** Why, in plain words for readers (printed). */
          reason: z.string(),
          /**
           * Who the gap can concern, where not everyone: a plan lists it only for organizations it fits. Omitted:
           * every organization with people in the jurisdiction.
           */
          appliesTo: coverageConditionsSchema.optional(),
          /** Maintainers' working notes (never printed). */
          maintainerNotes: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
