/**
 * The plan's checklists as the incident's task list: each checklist item a task, grouped under the plan section
 * (and sub-heading) it comes from. A task's id is its section and a hash of its words, so an owner and a status
 * stay with the task when the plan is rebuilt, and a task whose words change starts afresh.
 */
import type { DocumentModel, Inline } from '../document/model.ts';
import { sha256Hex } from '../log/sha256.ts';

export interface PlanTask {
  id: string;
  text: string;
}

export interface TaskGroup {
  id: string;
  title: string;
  tasks: PlanTask[];
}

export const TASK_STATUSES = { 'to-do': 'To do', 'in-progress': 'In progress', done: 'Done' } as const;
export type TaskStatus = keyof typeof TASK_STATUSES;

function inlineText(content: Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

export function planTasks(doc: DocumentModel): TaskGroup[] {
  const groups: TaskGroup[] = [];
  for (const section of doc.sections) {
    let heading: string | null = null;
    for (const block of section.blocks) {
      if (block.kind === 'heading') heading = block.text;
      if (block.kind !== 'checklist') continue;
      const title = heading ? `${section.title}: ${heading}` : section.title;
      let group = groups.find((candidate) => candidate.title === title);
      if (!group) {
        group = { id: `${section.id}-${groups.length + 1}`, title, tasks: [] };
        groups.push(group);
      }
      for (const item of block.items) {
        const text = inlineText(item);
        const id = `${section.id}-${sha256Hex(text).slice(0, 12)}`;
        if (!group.tasks.some((task) => task.id === id)) group.tasks.push({ id, text });
      }
    }
  }
  return groups;
}
