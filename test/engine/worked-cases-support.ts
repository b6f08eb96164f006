/**
 * The worked-case format and its runner. Cases live beside the rules they pin, in `content/rules/federal.cases.json`
 * and `content/rules/states/<code>.cases.json`, as `{ "cases": [...] }`.
 *
 * A worked case pins one rule for one incident. `computed: "by-hand"` means the expected date or outcome was worked
 * out by hand from the statute's text, never copied from engine output; `computed: "generated"` marks a case
 * derived from the rules data itself (a threshold's boundary), which proves only the engine's arithmetic. Shape:
 *
 *   {
 *     name: 'what it pins',                       // becomes the test name
 *     rule: 'hipaa-individuals',                  // the rule id
 *     computed: 'by-hand',                        // or 'generated'
 *     incident: {                                 // the answers, compactly
 *       role: 'covered-entity-provider', discoveredOn: '2024-02-10', residents: { TX: 301 },
 *       dataKinds: ['phi'], secured: false,
 *       // optional: determinedOn, confirmedOn, awareAt, EU, unknownLocation, euHighRisk,
 *       // secMaterialityDeterminedOn, lawEnforcementDelay, noticesSent,
 *       // organization: { publiclyTraded, euDataSubjects, gdprRole, part2Program, insurer, holdsDataFor, clients, entityTypes }
 *     },
 *     expect: {
 *       applies: true,            // false: no obligation for this rule (not applicable, or no separate duty)
 *       due: '2024-04-10',        // the legal limit's calendar date; null: no fixed date; omit: not checked
 *       dueInstant: '…Z',         // hour clocks: the limit in UTC
 *       target: '2024-03-11',     // the planning target's date; null: none
 *       jurisdiction: 'TX',       // which per-State notice, for federal media rules
 *       heldUntil: '2024-05-15',  // law-enforcement hold on this notice; null: none
 *       satisfiedByHipaa: true,   // listed as "satisfied by your HIPAA notice", not as an obligation
 *     },
 *     arithmetic: 'discovered 2024-02-10; +60 calendar days: …',   // the hand computation
 *   }
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answers } from '../../src/engine/answers/schema.ts';
import { validateAnswers } from '../../src/engine/answers/validate.ts';
import { ANSWERS_SCHEMA_VERSION } from '../../src/engine/answers/version.ts';
import { CATALOG_RULES, COVERAGE } from '../../src/engine/rules/catalog.ts';
import type { Rule } from '../../src/engine/rules/schema.ts';
import { computeTimeline } from '../../src/engine/timeline/compute.ts';
import type { Role, UsJurisdiction } from '../../src/engine/vocabulary.ts';

export interface WorkedCaseIncident {
  role: Role;
  discoveredOn: string;
  residents: Partial<Record<UsJurisdiction, number>>;
  dataKinds: string[];
  secured: boolean;
  determinedOn?: string;
  confirmedOn?: string;
  awareAt?: string;
  EU?: number;
  unknownLocation?: number;
  euHighRisk?: boolean;
  secMaterialityDeterminedOn?: string;
  lawEnforcementDelay?: unknown;
  noticesSent?: Record<string, { sentOn: string }>;
  organization?: {
    publiclyTraded?: boolean;
    euDataSubjects?: boolean;
    gdprRole?: 'controller' | 'processor';
    part2Program?: boolean;
    insurer?: boolean;
    holdsDataFor?: 'itself' | 'clients' | 'both';
    clients?: { name: string; noticeWithinDays?: number }[];
    entityTypes?: string[];
  };
}

export interface WorkedCase {
  name: string;
  rule: string;
  computed: 'by-hand' | 'generated';
  incident: WorkedCaseIncident;
  expect: {
    applies: boolean;
    due?: string | null;
    dueInstant?: string;
    target?: string | null;
    jurisdiction?: string;
    heldUntil?: string | null;
    satisfiedByHipaa?: boolean;
  };
  arithmetic: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A `*.cases.json` file. The incident is checked again, in full, when the case builds its answers. */
export const workedCasesFileSchema = z
  .object({
    cases: z
      .array(
        z
          .object({
            name: z.string().min(3),
            rule: z.string().min(2),
            computed: z.enum(['by-hand', 'generated']),
            incident: z.record(z.string(), z.unknown()),
            expect: z
              .object({
                applies: z.boolean(),
                due: isoDate.nullable().optional(),
                dueInstant: z.string().optional(),
                target: isoDate.nullable().optional(),
                jurisdiction: z.string().optional(),
                heldUntil: isoDate.nullable().optional(),
                satisfiedByHipaa: z.boolean().optional(),
              })
              .strict(),
            arithmetic: z.string().min(10),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Full, valid answers for a worked case's compact incident. */
export function answersFor(incident: WorkedCaseIncident): Answers {
  const organization = incident.organization ?? {};
  const affected: Record<string, unknown> = { byJurisdiction: incident.residents };
  if (incident.EU !== undefined) affected.EU = incident.EU;
  if (incident.unknownLocation !== undefined) affected.unknownLocation = incident.unknownLocation;
  const details: Record<string, unknown> = {
    discoveredOn: incident.discoveredOn,
    affected,
    dataKinds: incident.dataKinds,
    secured: incident.secured,
  };
  for (const key of [
    'determinedOn',
    'confirmedOn',
    'awareAt',
    'euHighRisk',
    'secMaterialityDeterminedOn',
    'lawEnforcementDelay',
  ] as const) {
    if (incident[key] !== undefined) details[key] = incident[key];
  }
  // A case says which notices were sent, and when; the answers record them as notices marked sent.
  if (incident.noticesSent) {
    details.notices = Object.fromEntries(Object.entries(incident.noticesSent).map(([rule, { sentOn }]) => [rule, { status: 'sent', sentOn }]));
  }
  const input = {
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    organization: {
      name: 'Worked Case Organization',
      role: incident.role,
      states: Object.keys(incident.residents),
      publiclyTraded: organization.publiclyTraded ?? false,
      euDataSubjects: organization.euDataSubjects ?? (incident.EU ?? 0) > 0,
      ...(organization.gdprRole ? { gdprRole: organization.gdprRole } : {}),
      part2Program: organization.part2Program ?? false,
      insurer: organization.insurer ?? false,
      ...(organization.holdsDataFor ? { holdsDataFor: organization.holdsDataFor } : {}),
      ...(organization.clients ? { clients: organization.clients } : {}),
      ...(organization.entityTypes ? { entityTypes: organization.entityTypes } : {}),
    },
    team: [],
    systems: {},
    incident: details,
  };
  const result = validateAnswers(input);
  if (!result.ok) throw new Error(`Worked case answers are invalid: ${JSON.stringify(result.problems)}`);
  return result.answers;
}

/** One `it` per case, inside a `describe` named `title`. */
export function runWorkedCases(title: string, cases: readonly WorkedCase[], rules: readonly Rule[] = CATALOG_RULES): void {
  describe(title, () => {
    it('has at least one case and unique names', () => {
      expect(cases.length).toBeGreaterThan(0);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });
    for (const worked of cases) {
      it(`${worked.rule}: ${worked.name}`, () => {
        expect(rules.some((rule) => rule.id === worked.rule), `rule ${worked.rule} exists`).toBe(true);
        const timeline = computeTimeline(answersFor(worked.incident), rules, undefined, { coverage: COVERAGE.notCovered });
        const matches = timeline.obligations.filter(
          (o) => o.ruleId === worked.rule && (worked.expect.jurisdiction === undefined || o.forJurisdiction === worked.expect.jurisdiction),
        );
        const context = `${worked.arithmetic}\n${JSON.stringify(timeline.notApplicable.find((r) => r.ruleId === worked.rule)?.reasons ?? [])}`;
        if (!worked.expect.applies) {
          expect(matches, context).toEqual([]);
          if (worked.expect.satisfiedByHipaa) {
            expect(timeline.satisfiedByHipaa.map((r) => r.ruleId)).toContain(worked.rule);
          }
          return;
        }
        expect(matches, context).toHaveLength(1);
        const [obligation] = matches;
        if (worked.expect.due !== undefined) expect(obligation.limit?.date ?? null, context).toBe(worked.expect.due);
        if (worked.expect.dueInstant !== undefined) {
          expect(obligation.limit?.kind === 'instant' ? obligation.limit.utc : null, context).toBe(worked.expect.dueInstant);
        }
        if (worked.expect.target !== undefined) expect(obligation.target?.date ?? null, context).toBe(worked.expect.target);
        if (worked.expect.heldUntil !== undefined) {
          expect(obligation.lawEnforcementHold?.heldUntil ?? null, context).toBe(worked.expect.heldUntil);
        }
      });
    }
  });
}
