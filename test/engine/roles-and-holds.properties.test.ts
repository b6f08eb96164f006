/** Properties of who a duty binds and of law-enforcement holds, across generated answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineFor } from '../../src/engine/index.ts';
import { CATALOG_RULES } from '../../src/engine/rules/catalog.ts';
import { dataHolding } from '../../src/engine/rules/evaluate.ts';
import { answersArbitrary } from './support/arbitrary-answers.ts';

const RUNS = { numRuns: 150 };
const byId = new Map(CATALOG_RULES.map((rule) => [rule.id, rule]));

describe('who a duty binds', () => {
  it('never gives an owner-only duty to an organization that holds only its clients’ data', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        if (dataHolding(answers) !== 'clients') return;
        for (const obligation of timelineFor(answers).obligations) {
          expect(byId.get(obligation.ruleId)?.appliesTo.holder, obligation.id).not.toBe('owner');
        }
      }),
      RUNS,
    );
  });

  it('never gives a maintainer’s duty to an organization that holds only its own data', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        if (dataHolding(answers) !== 'itself') return;
        const timeline = timelineFor(answers);
        for (const obligation of timeline.obligations) {
          expect(byId.get(obligation.ruleId)?.appliesTo.holder, obligation.id).not.toBe('maintainer');
        }
        expect(timeline.clientDuties).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('law-enforcement holds', () => {
  it('are applied only by rules whose law provides for a delay', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const obligation of timelineFor(answers).obligations) {
          if (obligation.lawEnforcementHold) expect(byId.get(obligation.ruleId)?.lawEnforcementDelay, obligation.id).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it('never hold a notice on an oral request where the law asks for a written one', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        if (answers.incident?.lawEnforcementDelay?.kind !== 'oral') return;
        for (const obligation of timelineFor(answers).obligations) {
          const terms = byId.get(obligation.ruleId)?.lawEnforcementDelay;
          if (terms?.model === 'state' && terms.form === 'written') expect(obligation.lawEnforcementHold, obligation.id).toBeNull();
        }
      }),
      RUNS,
    );
  });
});
