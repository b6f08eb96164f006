/** The form's topics, one section each, in the order the guidance asks the questions. */
import type { ReviewDraft } from './draft.ts';
import {
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUSES,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
  PROCEDURE_RESULT_LABELS,
  PROCEDURE_RESULTS,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  REVIEW_LIMITS,
  REVIEW_PHASE_LABELS,
  REVIEW_PHASES,
} from '../../engine/review/schema.ts';
import type { DraftAction, RowList as RowListName, ScalarField } from './draft-reducer.ts';
import { Checkboxes, Radios, Select, TextArea, TextField } from './fields.tsx';
import { RowList } from './RowList.tsx';

export interface SectionProps {
  draft: ReviewDraft;
  /** The message to show beside each field, by path (only once the reader has asked for a check). */
  errors: Map<string, string>;
  update: (action: DraftAction) => void;
  announce: (message: string) => void;
}

const DATE_HINT = 'Year-month-day, for example 2025-03-14.';

export const SECTIONS = [
  { id: 'section-about', title: 'About the review' },
  { id: 'section-people', title: 'Who took part' },
  { id: 'section-timeline', title: 'What happened and when' },
  { id: 'section-detection', title: 'How it was detected' },
  { id: 'section-procedures', title: 'Did the procedures work?' },
  { id: 'section-obstacles', title: 'What got in the way' },
  { id: 'section-patient-care', title: 'Effect on patient care and operations' },
  { id: 'section-lessons', title: 'Lessons learned' },
  { id: 'section-improvements', title: 'Improvement plan' },
] as const;

function Heading({ index }: { index: number }) {
  const section = SECTIONS[index]!;
  return <h2 id={section.id}>{section.title}</h2>;
}

function rowActions(props: SectionProps, list: RowListName) {
  return {
    onAdd: () => props.update({ type: 'add', list }),
    onRemove: (key: string) => props.update({ type: 'remove', list, key }),
    announce: props.announce,
  };
}

export function AboutSection(props: SectionProps) {
  const { draft, errors, update } = props;
  const text = (field: ScalarField) => ({
    path: field,
    value: draft[field],
    error: errors.get(field),
    onInput: (value: string) => update({ type: 'set', field, value }),
  });
  return (
    <section aria-labelledby="section-about">
      <Heading index={0} />
      <Radios
        path="kind"
        label="What are you reviewing?"
        options={REVIEW_KINDS}
        labels={REVIEW_KIND_LABELS}
        value={draft.kind}
        error={errors.get('kind')}
        onChange={(value) => update({ type: 'set', field: 'kind', value })}
      />
      <TextField {...text('title')} label="Title" hint='A short name, such as "Ransomware tabletop, March".' maxLength={REVIEW_LIMITS.short} />
      <TextField {...text('organization')} label="Organization" optional maxLength={REVIEW_LIMITS.short} autocomplete="organization" />
      <TextField
        {...text('startedOn')}
        label="Date the exercise was held or the incident began"
        hint={DATE_HINT}
        width="date"
        maxLength={REVIEW_LIMITS.when}
      />
      <TextField
        {...text('endedOn')}
        label="Date it ended"
        optional
        hint={`If it lasted more than a day. ${DATE_HINT}`}
        width="date"
        maxLength={REVIEW_LIMITS.when}
      />
      <TextField {...text('reviewedOn')} label="Date of the review meeting" optional hint={DATE_HINT} width="date" maxLength={REVIEW_LIMITS.when} />
      <TextField
        {...text('facilitator')}
        label="Facilitator"
        hint="The person who led the review. Ideally someone who did not lead the response."
        maxLength={REVIEW_LIMITS.short}
      />
    </section>
  );
}

export function PeopleSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-people">
      <Heading index={1} />
      <p class="field-hint">IT, security, legal, privacy and compliance, clinical staff, operations, communications and leadership.</p>
      <RowList
        list="participants"
        rows={draft.participants}
        rowName={(i) => `Participant ${i + 1}`}
        firstField={(i) => `participants.${i}.name`}
        addLabel="Add a participant"
        emptyText="No participants yet."
        max={REVIEW_LIMITS.participants}
        {...rowActions(props, 'participants')}
        renderRow={(row, i) => {
          const field = (name: 'name' | 'role' | 'unit') => ({
            path: `participants.${i}.${name}`,
            value: row[name],
            error: errors.get(`participants.${i}.${name}`),
            onInput: (value: string) => update({ type: 'row', list: 'participants', key: row.key, field: name, value }),
          });
          return (
            <div class="row-grid">
              <TextField {...field('name')} label="Name" maxLength={REVIEW_LIMITS.short} />
              <TextField {...field('role')} label="Role" optional maxLength={REVIEW_LIMITS.short} />
              <TextField {...field('unit')} label="Department or team" optional maxLength={REVIEW_LIMITS.short} />
            </div>
          );
        }}
      />
    </section>
  );
}

export function TimelineSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-timeline">
      <Heading index={2} />
      <p class="field-hint">From the first sign of trouble to recovery: first activity, detection, declaration, containment, notices, restoration.</p>
      <RowList
        list="timeline"
        rows={draft.timeline}
        rowName={(i) => `Timeline entry ${i + 1}`}
        firstField={(i) => `timeline.${i}.when`}
        addLabel="Add a timeline entry"
        emptyText="No timeline entries yet."
        max={REVIEW_LIMITS.timeline}
        {...rowActions(props, 'timeline')}
        renderRow={(row, i) => (
          <>
            <TextField
              path={`timeline.${i}.when`}
              label="When"
              hint="A date, with a time if you know it: 2025-03-14 or 2025-03-14 09:30."
              width="date"
              value={row.when}
              error={errors.get(`timeline.${i}.when`)}
              maxLength={REVIEW_LIMITS.when}
              onInput={(value) => update({ type: 'row', list: 'timeline', key: row.key, field: 'when', value })}
            />
            <TextArea
              path={`timeline.${i}.what`}
              label="What happened"
              rows={2}
              value={row.what}
              error={errors.get(`timeline.${i}.what`)}
              maxLength={REVIEW_LIMITS.entry}
              onInput={(value) => update({ type: 'row', list: 'timeline', key: row.key, field: 'what', value })}
            />
          </>
        )}
      />
    </section>
  );
}

function LongAnswer(props: SectionProps & { index: number; field: 'detection' | 'obstacles' | 'patientCare'; label: string; hint: string }) {
  const section = SECTIONS[props.index]!;
  return (
    <section aria-labelledby={section.id}>
      <Heading index={props.index} />
      <TextArea
        path={props.field}
        label={props.label}
        optional
        hint={props.hint}
        rows={6}
        value={props.draft[props.field]}
        error={props.errors.get(props.field)}
        maxLength={REVIEW_LIMITS.long}
        onInput={(value) => props.update({ type: 'set', field: props.field, value })}
      />
    </section>
  );
}

export const DetectionSection = (props: SectionProps) => (
  <LongAnswer
    {...props}
    index={3}
    field="detection"
    label="How was it detected?"
    hint="Who or what noticed first, how long it took, earlier signs nobody acted on, and whether better monitoring would have caught it sooner."
  />
);

export function ProceduresSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-procedures">
      <Heading index={4} />
      <p class="field-hint">For each part of the response, say whether the written procedure worked. Leave out the parts you did not discuss.</p>
      {REVIEW_PHASES.map((phase) => (
        <div class="procedure" key={phase}>
          <Radios
            path={`procedures.${phase}.result`}
            label={REVIEW_PHASE_LABELS[phase]}
            legendClass="procedure-legend"
            optional
            inline
            options={PROCEDURE_RESULTS}
            labels={PROCEDURE_RESULT_LABELS}
            value={draft.procedures[phase].result}
            error={errors.get(`procedures.${phase}.result`)}
            onChange={(value) => update({ type: 'procedure', phase, field: 'result', value })}
          />
          <TextArea
            path={`procedures.${phase}.notes`}
            label={`Notes on ${REVIEW_PHASE_LABELS[phase].toLowerCase()}`}
            optional
            rows={2}
            value={draft.procedures[phase].notes}
            error={errors.get(`procedures.${phase}.notes`)}
            maxLength={REVIEW_LIMITS.entry}
            onInput={(value) => update({ type: 'procedure', phase, field: 'notes', value })}
          />
        </div>
      ))}
    </section>
  );
}

export const ObstaclesSection = (props: SectionProps) => (
  <LongAnswer
    {...props}
    index={5}
    field="obstacles"
    label="What got in the way?"
    hint="Missing contacts, unclear authority, missing logs, slow vendors, tools or access the team did not have, fatigue."
  />
);

export const PatientCareSection = (props: SectionProps) => (
  <LongAnswer
    {...props}
    index={6}
    field="patientCare"
    label="What was the effect on patient care and operations?"
    hint="Data from the clinical lead: diversions, delayed or cancelled care, turnaround times, safety events, patients who could not reach you."
  />
);

export function LessonsSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-lessons">
      <Heading index={7} />
      <RowList
        list="lessons"
        rows={draft.lessons}
        rowName={(i) => `Lesson ${i + 1}`}
        firstField={(i) => `lessons.${i}`}
        addLabel="Add a lesson"
        emptyText="No lessons yet."
        max={REVIEW_LIMITS.lessons}
        {...rowActions(props, 'lessons')}
        renderRow={(row, i) => (
          <TextArea
            path={`lessons.${i}`}
            label="What did you learn?"
            rows={2}
            value={row.text}
            error={errors.get(`lessons.${i}`)}
            maxLength={REVIEW_LIMITS.entry}
            onInput={(value) => update({ type: 'row', list: 'lessons', key: row.key, field: 'text', value })}
          />
        )}
      />
    </section>
  );
}

export function ImprovementsSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-improvements">
      <Heading index={8} />
      <p class="field-hint">Every finding needs an action, an owner, a due date and a way to check it is done.</p>
      <RowList
        list="improvements"
        rows={draft.improvements}
        rowName={(i) => `Improvement ${i + 1}`}
        firstField={(i) => `improvements.${i}.action`}
        addLabel="Add an improvement"
        emptyText="No improvements yet."
        max={REVIEW_LIMITS.improvements}
        {...rowActions(props, 'improvements')}
        renderRow={(row, i) => {
          const path = (name: string) => `improvements.${i}.${name}`;
          const set = (field: string) => (value: string) => update({ type: 'row', list: 'improvements', key: row.key, field, value });
          return (
            <>
              <TextArea
                path={path('action')}
                label="Action"
                hint="What will be done, and how you will check it is done."
                rows={2}
                value={row.action}
                error={errors.get(path('action'))}
                maxLength={REVIEW_LIMITS.entry}
                onInput={set('action')}
              />
              <div class="row-grid">
                <TextField path={path('owner')} label="Owner" value={row.owner} error={errors.get(path('owner'))} maxLength={REVIEW_LIMITS.short} onInput={set('owner')} />
                <TextField
                  path={path('dueOn')}
                  label="Due date"
                  hint={DATE_HINT}
                  width="date"
                  value={row.dueOn}
                  error={errors.get(path('dueOn'))}
                  maxLength={REVIEW_LIMITS.when}
                  onInput={set('dueOn')}
                />
                <Select
                  path={path('status')}
                  label="Status"
                  options={IMPROVEMENT_STATUSES}
                  labels={IMPROVEMENT_STATUS_LABELS}
                  value={row.status}
                  error={errors.get(path('status'))}
                  onChange={set('status')}
                />
              </div>
              <Checkboxes
                path={path('planSections')}
                label="Plan sections to change"
                optional
                options={PLAN_SECTIONS}
                labels={PLAN_SECTION_LABELS}
                checked={row.planSections}
                error={errors.get(path('planSections'))}
                onToggle={(section, checked) => update({ type: 'plan-section', key: row.key, section, checked })}
              />
            </>
          );
        }}
      />
    </section>
  );
}
