/** Every change the form makes to the draft, in one reducer: rows are added, changed and removed by key. */
import {
  newAreaForImprovement,
  newImprovement,
  newObjective,
  newStrength,
  newLesson,
  newParticipant,
  newTimelineEntry,
  type ImprovementDraft,
  type ProcedureDraft,
  type ReviewDraft,
} from './draft.ts';
import type { PlanSection, ReviewPhase } from '../../engine/review/schema.ts';

export type ScalarField = 'kind' | 'title' | 'organization' | 'startedOn' | 'endedOn' | 'reviewedOn' | 'facilitator' | 'detection' | 'obstacles' | 'patientCare';
export type RowList = 'participants' | 'timeline' | 'objectives' | 'strengths' | 'areasForImprovement' | 'lessons' | 'improvements';

export type DraftAction =
  | { type: 'set'; field: ScalarField; value: string }
  | { type: 'procedure'; phase: ReviewPhase; field: keyof ProcedureDraft; value: string }
  | { type: 'add'; list: RowList }
  | { type: 'remove'; list: RowList; key: string }
  | { type: 'row'; list: RowList; key: string; field: string; value: string }
  | { type: 'plan-section'; key: string; section: PlanSection; checked: boolean }
  | { type: 'replace'; draft: ReviewDraft };

const NEW_ROW = {
  participants: newParticipant,
  timeline: newTimelineEntry,
  objectives: newObjective,
  strengths: newStrength,
  areasForImprovement: newAreaForImprovement,
  lessons: newLesson,
  improvements: newImprovement,
};

/** Strengths and areas for improvement that named a removed objective now name none. */
function forgetObjective(draft: ReviewDraft, key: string): Pick<ReviewDraft, 'strengths' | 'areasForImprovement'> {
  const forget = <T extends { objective: string }>(row: T): T => (row.objective === key ? { ...row, objective: '' } : row);
  return { strengths: draft.strengths.map(forget), areasForImprovement: draft.areasForImprovement.map(forget) };
}

export function draftReducer(draft: ReviewDraft, action: DraftAction): ReviewDraft {
  switch (action.type) {
    case 'set':
      return { ...draft, [action.field]: action.value };
    case 'procedure':
      return { ...draft, procedures: { ...draft.procedures, [action.phase]: { ...draft.procedures[action.phase], [action.field]: action.value } } };
    case 'add':
      return { ...draft, [action.list]: [...draft[action.list], NEW_ROW[action.list]()] };
    case 'remove':
      return {
        ...draft,
        ...(action.list === 'objectives' ? forgetObjective(draft, action.key) : {}),
        [action.list]: (draft[action.list] as { key: string }[]).filter((row) => row.key !== action.key),
      };
    case 'row':
      return {
        ...draft,
        [action.list]: (draft[action.list] as { key: string }[]).map((row) => (row.key === action.key ? { ...row, [action.field]: action.value } : row)),
      };
    case 'plan-section':
      return {
        ...draft,
        improvements: draft.improvements.map((row): ImprovementDraft => {
          if (row.key !== action.key) return row;
          const others = row.planSections.filter((id) => id !== action.section);
          return { ...row, planSections: action.checked ? [...others, action.section] : others };
        }),
      };
    case 'replace':
      return action.draft;
  }
}
