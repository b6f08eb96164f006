/** The form's topics, one section each, in the order the guidance asks the questions. */
import type { ReviewDraft } from './draft.ts';
import {
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUSES,
  OBJECTIVE_RATING_LABELS,
  OBJECTIVE_RATINGS,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
  PROCEDURE_RESULT_LABELS,
  PROCEDURE_RESULTS,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  REVIEW_LIMITS,
  REVIEW_PHASE_LABELS,
  REVIEW_PHASES,
} from '../../engine/review/vocabulary.ts';
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
const CAPABILITY_HINT = 'Such as "Operational communications", "Cybersecurity" or "Health care and medical services".';

export const SECTIONS = [
  { id: 'section-about', title: 'About the review' },
  { id: 'section-people', title: 'Who took part' },
  { id: 'section-timeline', title: 'What happened and when' },
  { id: 'section-objectives', title: 'Objectives and ratings' },
  { id: 'section-strengths', title: 'Strengths' },
  { id: 'section-areas', title: 'Areas for improvement' },
  { id: 'section-detection', title: 'How it was detected' },
  { id: 'section-procedures', title: 'Did the procedures work?' },
  { id: 'section-obstacles', title: 'What got in the way' },
  { id: 'section-patient-care', title: 'Effect on patient care and operations' },
  { id: 'section-lessons', title: 'Lessons learned' },
  { id: 'section-improvements', title: 'Improvement plan' },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function Heading({ id }: { id: SectionId }) {
  return <h2 id={id}>{SECTIONS.find((section) => section.id === id)!.title}</h2>;
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
      <Heading id="section-about" />
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
      <Heading id="section-people" />
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
      <Heading id="section-timeline" />
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

function LongAnswer(props: SectionProps & { id: SectionId; field: 'detection' | 'obstacles' | 'patientCare'; label: string; hint: string }) {
  return (
    <section aria-labelledby={props.id}>
      <Heading id={props.id} />
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
    id="section-detection"
    field="detection"
    label="How was it detected?"
    hint="Who or what noticed first, how long it took, earlier signs nobody acted on, and whether better monitoring would have caught it sooner."
  />
);

export function ProceduresSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-procedures">
      <Heading id="section-procedures" />
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
    id="section-obstacles"
    field="obstacles"
    label="What got in the way?"
    hint="Missing contacts, unclear authority, missing logs, slow vendors, tools or access the team did not have, fatigue."
  />
);

export const PatientCareSection = (props: SectionProps) => (
  <LongAnswer
    {...props}
    id="section-patient-care"
    field="patientCare"
    label="What was the effect on patient care and operations?"
    hint="Data from the clinical lead: diversions, delayed or cancelled care, turnaround times, safety events, patients who could not reach you."
  />
);

export function LessonsSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-lessons">
      <Heading id="section-lessons" />
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
      <Heading id="section-improvements" />
      <p class="field-hint">
        Every area for improvement needs an action, a point of contact, a completion date and a way to check it is done. When a later exercise shows
        the action worked, set its status to "validated in exercise".
      </p>
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
              <TextField path={path('capability')} label="Capability" optional hint={CAPABILITY_HINT} value={row.capability} maxLength={REVIEW_LIMITS.short} onInput={set('capability')} />
              <div class="row-grid">
                <TextField
                  path={path('organization')}
                  label="Responsible organization"
                  optional
                  value={row.organization}
                  error={errors.get(path('organization'))}
                  maxLength={REVIEW_LIMITS.short}
                  onInput={set('organization')}
                />
                <TextField
                  path={path('contact')}
                  label="Point of contact"
                  value={row.contact}
                  error={errors.get(path('contact'))}
                  maxLength={REVIEW_LIMITS.short}
                  onInput={set('contact')}
                />
              </div>
              <div class="row-grid">
                <TextField
                  path={path('startOn')}
                  label="Start date"
                  optional
                  hint={DATE_HINT}
                  width="date"
                  value={row.startOn}
                  error={errors.get(path('startOn'))}
                  maxLength={REVIEW_LIMITS.when}
                  onInput={set('startOn')}
                />
                <TextField
                  path={path('completeBy')}
                  label="Completion date"
                  hint={DATE_HINT}
                  width="date"
                  value={row.completeBy}
                  error={errors.get(path('completeBy'))}
                  maxLength={REVIEW_LIMITS.when}
                  onInput={set('completeBy')}
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
              {row.status === 'validated' ? (
                <div class="row-grid">
                  <TextField
                    path={path('validatedInExercise')}
                    label="Exercise that validated it"
                    value={row.validatedInExercise}
                    error={errors.get(path('validatedInExercise'))}
                    maxLength={REVIEW_LIMITS.short}
                    onInput={set('validatedInExercise')}
                  />
                  <TextField
                    path={path('validatedOn')}
                    label="Date of that exercise"
                    hint={DATE_HINT}
                    width="date"
                    value={row.validatedOn}
                    error={errors.get(path('validatedOn'))}
                    maxLength={REVIEW_LIMITS.when}
                    onInput={set('validatedOn')}
                  />
                </div>
              ) : null}
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

export function ObjectivesSection(props: SectionProps) {
  const { draft, errors, update } = props;
  return (
    <section aria-labelledby="section-objectives">
      <Heading id="section-objectives" />
      <p class="field-hint">
        What the exercise set out to test. A review that comes from an exercise lists its objectives here; otherwise add them. Rate each as the
        evaluators saw it, and say what supports the rating.
      </p>
      <RowList
        list="objectives"
        rows={draft.objectives}
        rowName={(i) => `Objective ${i + 1}`}
        firstField={(i) => `objectives.${i}.text`}
        addLabel="Add an objective"
        emptyText="No objectives yet."
        max={REVIEW_LIMITS.objectives}
        {...rowActions(props, 'objectives')}
        renderRow={(row, i) => {
          const path = (name: string) => `objectives.${i}.${name}`;
          const set = (field: string) => (value: string) => update({ type: 'row', list: 'objectives', key: row.key, field, value });
          return (
            <>
              <TextArea path={path('text')} label="Objective" rows={2} value={row.text} error={errors.get(path('text'))} maxLength={REVIEW_LIMITS.entry} onInput={set('text')} />
              <TextField
                path={path('capability')}
                label="Capability"
                optional
                hint={CAPABILITY_HINT}
                value={row.capability}
                error={errors.get(path('capability'))}
                maxLength={REVIEW_LIMITS.short}
                onInput={set('capability')}
              />
              <Radios
                path={path('rating')}
                label="Rating"
                optional
                options={OBJECTIVE_RATINGS}
                labels={OBJECTIVE_RATING_LABELS}
                value={row.rating}
                error={errors.get(path('rating'))}
                onChange={set('rating')}
              />
              <TextArea
                path={path('evidence')}
                label="Evidence for the rating"
                optional
                rows={2}
                value={row.evidence}
                error={errors.get(path('evidence'))}
                maxLength={REVIEW_LIMITS.entry}
                onInput={set('evidence')}
              />
            </>
          );
        }}
      />
    </section>
  );
}

/**
 * The objective an observation concerns: a choice among the objectives, shown only when there are some. The draft
 * keeps the objective's row key; the choice shows its number, so the page reads the same after an import.
 */
function ObjectiveChoice(props: SectionProps & { path: string; value: string; onChange: (key: string) => void }) {
  const objectives = props.draft.objectives;
  if (objectives.length === 0) return null;
  const numbers = ['', ...objectives.map((_, i) => String(i + 1))];
  const labels: Record<string, string> = { '': 'No single objective' };
  objectives.forEach((row, i) => {
    const text = row.text.trim();
    labels[String(i + 1)] = `Objective ${i + 1}${text ? `: ${text.length > 60 ? `${text.slice(0, 60)}…` : text}` : ''}`;
  });
  const chosen = objectives.findIndex((row) => row.key === props.value);
  return (
    <Select
      path={props.path}
      label="Objective it concerns"
      optional
      options={numbers}
      labels={labels}
      value={chosen < 0 ? '' : String(chosen + 1)}
      error={props.errors.get(props.path)}
      onChange={(number) => props.onChange(number === '' ? '' : (objectives[Number(number) - 1]?.key ?? ''))}
    />
  );
}

function Observations(props: SectionProps & { list: 'strengths' | 'areasForImprovement' }) {
  const { draft, errors, update, list } = props;
  const strengths = list === 'strengths';
  const one = strengths ? 'Strength' : 'Area for improvement';
  const id = strengths ? 'section-strengths' : 'section-areas';
  const rows = draft[list] as (ReviewDraft['areasForImprovement'][number] | ReviewDraft['strengths'][number])[];
  return (
    <section aria-labelledby={id}>
      <Heading id={id} />
      <p class="field-hint">
        {strengths
          ? 'What went well, and should be kept. Name the objective or the capability it concerns.'
          : 'What did not go well enough. Name the objective or the capability it concerns, and the root cause: the condition behind it, not the person.'}
      </p>
      <RowList
        list={list}
        rows={rows}
        rowName={(i) => `${one} ${i + 1}`}
        firstField={(i) => `${list}.${i}.text`}
        addLabel={strengths ? 'Add a strength' : 'Add an area for improvement'}
        emptyText={strengths ? 'No strengths yet.' : 'No areas for improvement yet.'}
        max={REVIEW_LIMITS.observations}
        {...rowActions(props, list)}
        renderRow={(row, i) => {
          const path = (name: string) => `${list}.${i}.${name}`;
          const set = (field: string) => (value: string) => update({ type: 'row', list, key: row.key, field, value });
          return (
            <>
              <TextArea
                path={path('text')}
                label={strengths ? 'What went well' : 'What did not go well enough'}
                rows={2}
                value={row.text}
                error={errors.get(path('text'))}
                maxLength={REVIEW_LIMITS.entry}
                onInput={set('text')}
              />
              <div class="row-grid">
                <ObjectiveChoice {...props} path={path('objective')} value={row.objective} onChange={set('objective')} />
                <TextField
                  path={path('capability')}
                  label="Capability"
                  optional
                  value={row.capability}
                  error={errors.get(path('capability'))}
                  maxLength={REVIEW_LIMITS.short}
                  onInput={set('capability')}
                />
              </div>
              {'rootCause' in row ? (
                <TextArea
                  path={path('rootCause')}
                  label="Root cause"
                  optional
                  hint="Why it happened: a missing procedure, unclear authority, a tool nobody had, too few people."
                  rows={2}
                  value={row.rootCause}
                  error={errors.get(path('rootCause'))}
                  maxLength={REVIEW_LIMITS.entry}
                  onInput={set('rootCause')}
                />
              ) : null}
            </>
          );
        }}
      />
    </section>
  );
}

export const StrengthsSection = (props: SectionProps) => <Observations {...props} list="strengths" />;
export const AreasForImprovementSection = (props: SectionProps) => <Observations {...props} list="areasForImprovement" />;
