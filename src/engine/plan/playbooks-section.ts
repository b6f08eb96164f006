/** The playbooks section: one sub-section per kind of incident, from playbook-steps.ts. */
import type { Block, Inline } from '../document/model.ts';
import { lowerFirst } from '../words.ts';
import { who, type PlanContext, type PlanPart } from './context.ts';
import { playbooksFor, type Playbook } from './playbook-steps.ts';

function part(title: string, items: Inline[][]): Block[] {
  return [{ kind: 'paragraph', content: [{ text: title, strong: true }] }, { kind: 'checklist', items }];
}

const strings = (items: readonly string[]): Inline[][] => items.map((item) => [item]);

function playbookBlocks(ctx: PlanContext, playbook: Playbook): Block[] {
  return [
    { kind: 'heading', level: 3, text: playbook.title },
    { kind: 'paragraph', content: [{ text: 'Signs: ', strong: true }, playbook.cues.map((cue, index) => (index === 0 ? cue : lowerFirst(cue))).join('; '), '.'] },
    ...part('First hour', strings(playbook.firstHour)),
    ...part('Containment', strings(playbook.containment)),
    ...part('Evidence to capture before anything is rebuilt or wiped', strings(playbook.evidence)),
    ...part('Notification', playbook.notification),
    ...part('Recovery', strings(playbook.recovery)),
    ...(playbook.extra ?? []).flatMap((extra) => part(extra.heading, extra.steps)),
    {
      kind: 'table',
      caption: `Who does what: ${playbook.title.charAt(0).toLowerCase()}${playbook.title.slice(1)}`,
      header: ['Who', 'Does'],
      rows: playbook.duties.map(([role, duty]) => [[who(ctx, role)], [duty]]),
    },
  ];
}

export function playbooksSection(ctx: PlanContext): PlanPart {
  const playbooks = playbooksFor(ctx);
  return {
    id: 'playbooks',
    title: 'Playbooks by kind of incident',
    pageBreakBefore: true,
    blocks: [
      {
        kind: 'paragraph',
        content: ['Each playbook adds to the phases of response what is particular to one kind of incident. Start with the one that fits; an incident can need more than one.'],
      },
      ...playbooks.flatMap((playbook) => playbookBlocks(ctx, playbook)),
    ],
  };
}
