import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/engine/document/model.ts';
import { planTasks } from '../../../src/engine/incident/plan-tasks.ts';
import { sha256Hex } from '../../../src/engine/log/sha256.ts';

const doc: DocumentModel = {
  title: 'Plan',
  cover: [],
  omitted: [],
  sections: [
    { id: 'intro', title: 'Introduction', blocks: [{ kind: 'paragraph', content: ['No tasks here.'] }] },
    {
      id: 'response-phases',
      title: 'Phases of response',
      blocks: [
        { kind: 'heading', level: 3, text: 'Contain' },
        { kind: 'checklist', items: [['Isolate the machines'], ['Call ', { text: 'the insurer', strong: true }]] },
        { kind: 'heading', level: 3, text: 'Recover' },
        { kind: 'checklist', items: [['Restore from backups']] },
      ],
    },
  ],
};

describe('planTasks', () => {
  it('makes a task of every checklist item, grouped by section and sub-heading, with ids from the words', () => {
    expect(planTasks(doc)).toEqual([
      {
        id: 'response-phases-1',
        title: 'Phases of response: Contain',
        tasks: [
          { id: `response-phases-${sha256Hex('Isolate the machines').slice(0, 12)}`, text: 'Isolate the machines' },
          { id: `response-phases-${sha256Hex('Call the insurer').slice(0, 12)}`, text: 'Call the insurer' },
        ],
      },
      { id: 'response-phases-2', title: 'Phases of response: Recover', tasks: [{ id: `response-phases-${sha256Hex('Restore from backups').slice(0, 12)}`, text: 'Restore from backups' }] },
    ]);
  });

  it('keeps a task’s id when the plan around it changes', () => {
    const moved: DocumentModel = { ...doc, sections: [doc.sections[1]] };
    const ids = (model: DocumentModel) => planTasks(model).flatMap((group) => group.tasks.map((task) => task.id));
    expect(ids(moved)).toEqual(ids(doc));
  });
});
