/** The form's new sections rendered to a string: every problem the check can find names a field that is on the page. */
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { emptyDraft, fieldId, newAreaForImprovement, newImprovement, newObjective, newStrength } from '../../../src/islands/review/draft.ts';
import { reviewFromDraft } from '../../../src/islands/review/draft-checks.ts';
import { AreasForImprovementSection, ImprovementsSection, ObjectivesSection, StrengthsSection } from '../../../src/islands/review/sections.tsx';

function brokenDraft() {
  const draft = { ...emptyDraft(), kind: 'exercise' as const, title: 'Drill', startedOn: '2025-05-01', facilitator: 'Kim' };
  const objective = { ...newObjective(), capability: 'x'.repeat(201) };
  draft.objectives = [objective];
  draft.strengths = [{ ...newStrength(), objective: objective.key }];
  draft.areasForImprovement = [{ ...newAreaForImprovement(), text: 'Slow escalation', rootCause: 'x'.repeat(2001) }];
  draft.improvements = [{ ...newImprovement(), action: 'Fix the call tree', startOn: '2025-06-01', completeBy: '2025-05-01', status: 'validated', validatedOn: '2025-13-01' }];
  return draft;
}

describe('the review sections for objectives, strengths, areas for improvement and the improvement plan', () => {
  const draft = brokenDraft();
  const result = reviewFromDraft(draft);
  const problems = result.ok ? [] : result.problems;
  const errors = new Map(problems.map((problem) => [problem.path, problem.message]));
  const props = { draft, errors, update: () => undefined, announce: () => undefined };
  const html = [ObjectivesSection, StrengthsSection, AreasForImprovementSection, ImprovementsSection].map((section) => render(h(section, props))).join('\n');

  it('finds a problem in each new kind of field', () => {
    expect([...problems.map((problem) => problem.path)].sort()).toEqual([
      'areasForImprovement.0.rootCause',
      'improvements.0.completeBy',
      'improvements.0.contact',
      'improvements.0.validatedInExercise',
      'improvements.0.validatedOn',
      'objectives.0.capability',
      'objectives.0.text',
      'strengths.0.text',
    ]);
  });

  it('shows each message beside a field with the id the error summary links to, marked invalid and described by it', () => {
    for (const problem of problems) {
      const id = fieldId(problem.path);
      const field = new RegExp(`<(input|textarea|select)[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0];
      expect(field, id).toBeDefined();
      expect(field, id).toContain('aria-invalid="true"');
      expect(field, id).toContain(`${id}-error`);
      expect(html).toContain(`id="${id}-error"`);
    }
  });

  it('lists the objectives to choose from by number, and shows the validating exercise only for a validated action', () => {
    expect(html).toContain('<option value="1" selected');
    expect(html).toContain('Exercise that validated it');
    const open = render(h(ImprovementsSection, { ...props, draft: { ...draft, improvements: [{ ...draft.improvements[0]!, status: 'open' as const }] } }));
    expect(open).not.toContain('Exercise that validated it');
  });
});
