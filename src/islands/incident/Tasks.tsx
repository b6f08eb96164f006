/** The plan's checklists as the incident's tasks, each with an owner and a status, grouped by phase. */
import { TASK_STATUSES, type TaskGroup, type TaskStatus } from '../../engine/incident/plan-tasks.ts';
import type { TaskState, TaskStates } from './incident-store.ts';

export function Tasks(props: { groups: TaskGroup[]; states: TaskStates; onChange: (id: string, state: TaskState) => void }) {
  if (props.groups.length === 0) return <p>Your plan has no checklists yet: finish it in the plan builder.</p>;
  return (
    <div class="tasks">
      {props.groups.map((group) => {
        const done = group.tasks.filter((task) => props.states[task.id]?.status === 'done').length;
        return (
          <details class="task-group" key={group.id}>
            <summary>
              {group.title} ({done} of {group.tasks.length} done)
            </summary>
            <ul class="task-list">
              {group.tasks.map((task) => {
                const state = props.states[task.id] ?? { status: 'to-do' as TaskStatus };
                return (
                  <li class="task" key={task.id}>
                    <p id={`task-${task.id}`}>{task.text}</p>
                    <div class="task-fields">
                      <label for={`task-${task.id}-owner`}>Owner</label>
                      <input
                        id={`task-${task.id}-owner`}
                        class="input input-short"
                        type="text"
                        maxLength={120}
                        value={state.owner ?? ''}
                        aria-describedby={`task-${task.id}`}
                        onChange={(event) => props.onChange(task.id, { ...state, owner: event.currentTarget.value.trim() || undefined })}
                      />
                      <label for={`task-${task.id}-status`}>Status</label>
                      <select
                        id={`task-${task.id}-status`}
                        class="input"
                        value={state.status}
                        aria-describedby={`task-${task.id}`}
                        onChange={(event) => props.onChange(task.id, { ...state, status: event.currentTarget.value as TaskStatus })}
                      >
                        {(Object.keys(TASK_STATUSES) as TaskStatus[]).map((value) => (
                          <option value={value} key={value}>
                            {TASK_STATUSES[value]}
                          </option>
                        ))}
                      </select>
                    </div>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
