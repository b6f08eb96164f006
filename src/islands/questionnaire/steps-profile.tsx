/**
 * The organization's profile (name, kind, role, size; whose data it holds; where patients live; which laws apply),
 * its key systems, and the plan's own record (approval, related plans).
 */
import { dataHoldingOf } from '../../engine/answers/data-holding.ts';
import {
  DATA_HOLDING_LABELS,
  DATA_HOLDINGS,
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  GDPR_ROLE_LABELS,
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  ROLE_LABELS,
  ROLES,
  type DataHolding,
  type Role,
} from '../../engine/vocabulary.ts';
import { Checkboxes, Radios, TextArea, TextField, YesNo, type Option } from '../shared/fields.tsx';
import { RowsField } from './RowsField.tsx';
import { StatePicker } from './StatePicker.tsx';
import { labelFor, type StepProps } from './step-props.ts';
import { sizeLabel } from './values.ts';
import { href } from '../../utils/site-path.ts';

const ROLE_OPTIONS: Option<string>[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const TYPE_OPTIONS: Option<string>[] = ORGANIZATION_TYPES.map((type) => ({ value: type, label: ORGANIZATION_TYPE_LABELS[type] }));
const HOLDING_OPTIONS: Option<string>[] = DATA_HOLDINGS.map((holding) => ({ value: holding, label: DATA_HOLDING_LABELS[holding] }));
const GDPR_ROLE_OPTIONS: Option<string>[] = (['controller', 'processor'] as const).map((role) => ({ value: role, label: GDPR_ROLE_LABELS[role] }));
/** "None of these" is an answer (an empty list), apart from no answer at all. */
const NONE = 'none';
const ENTITY_OPTIONS: Option<string>[] = [...ENTITY_TYPES.map((kind) => ({ value: kind, label: ENTITY_TYPE_LABELS[kind] })), { value: NONE, label: 'None of these' }];

export function OrganizationStep({ draft, dispatch, errors, text }: StepProps) {
  const org = draft.organization;
  const set = (field: 'name' | 'role' | 'size', value: string) => dispatch({ type: 'organization', field, value });
  return (
    <>
      <TextField
        id="q-organization-name"
        label={labelFor(text, 'organization.name')}
        hint="As it should appear on the plan's cover, for example Lakeside Family Clinic."
        value={org.name ?? ''}
        maxLength={text.limits.name}
        autocomplete="organization"
        error={errors.get('q-organization-name')}
        onInput={(value) => set('name', value)}
      />
      <Radios
        id="q-organization-type"
        label={labelFor(text, 'organization.type')}
        hint="The plan's sections and words follow it, and so do the exercise packs."
        options={TYPE_OPTIONS}
        value={org.type}
        error={errors.get('q-organization-type')}
        onChange={(value) => dispatch({ type: 'organization', field: 'type', value })}
      />
      <Radios
        id="q-organization-role"
        label={labelFor(text, 'organization.role')}
        hint={
          <>
            It decides which federal breach rules bind you. Not sure? Ask your privacy officer or counsel, or read{' '}
            <a href={href('/guide/legal-and-security-counsel/')}>working with legal and security counsel</a>.
          </>
        }
        options={ROLE_OPTIONS}
        value={org.role}
        error={errors.get('q-organization-role')}
        onChange={(value) => set('role', value)}
      />
      <Radios
        id="q-organization-size"
        label={labelFor(text, 'organization.size')}
        hint="Employees and contractors. It sizes the plan's advice on roles and staffing."
        options={text.sizes.map((value) => ({ value, label: sizeLabel(value) }))}
        value={org.size}
        error={errors.get('q-organization-size')}
        onChange={(value) => set('size', value)}
      />
    </>
  );
}

export function ClientsStep({ draft, dispatch, errors, text }: StepProps) {
  const org = draft.organization;
  const clients = org.clients ?? [];
  // The engine takes a business associate to hold its clients' data until told otherwise; a list already typed stays in view.
  const holdsForClients = dataHoldingOf({ holdsDataFor: org.holdsDataFor as DataHolding | undefined, role: org.role as Role | undefined }) !== 'itself' || clients.length > 0;
  return (
    <>
      <Radios
        id="q-organization-holdsDataFor"
        label={labelFor(text, 'organization.holdsDataFor')}
        labelledBy="step-heading"
        hint="State laws give the owner of the data the duty to tell people and regulators, and whoever keeps it for the owner a duty to tell the owner."
        options={HOLDING_OPTIONS}
        value={org.holdsDataFor}
        error={errors.get('q-organization-holdsDataFor')}
        onChange={(value) => dispatch({ type: 'organization', field: 'holdsDataFor', value })}
      />
      {holdsForClients ? (
        <RowsField
          id="q-organization-clients"
          legend={labelFor(text, 'organization.clients')}
          hint="Each client you would have to tell about a breach, and the notice your business associate agreement or contract asks for. The timeline counts those days from discovery."
          noun="Client"
          rows={clients}
          columns={[
            { field: 'name', label: labelFor(text, 'organization.clients.*.name'), width: 'short', maxLength: text.limits.short },
            { field: 'noticeWithinDays', label: labelFor(text, 'organization.clients.*.noticeWithinDays'), width: 'number', maxLength: 3, numeric: true },
          ]}
          errors={errors}
          onAdd={() => dispatch({ type: 'add-row', list: 'clients' })}
          onChange={(index, field, value) => dispatch({ type: 'row', list: 'clients', index, field, value })}
          onRemove={(index) => dispatch({ type: 'remove-row', list: 'clients', index })}
        />
      ) : null}
    </>
  );
}

export function StatesStep({ draft, dispatch, errors }: StepProps) {
  return (
    <StatePicker
      id="q-organization-states"
      labelledBy="step-heading"
      selected={draft.organization.states ?? []}
      error={errors.get('q-organization-states')}
      onChange={(codes) => dispatch({ type: 'organization', field: 'states', value: codes })}
    />
  );
}

export function LawsStep({ draft, dispatch, errors, text }: StepProps) {
  const org = draft.organization;
  const set = (field: 'publiclyTraded' | 'euDataSubjects' | 'part2Program' | 'insurer', value: boolean) => {
    dispatch({ type: 'organization', field, value });
    if (field === 'euDataSubjects' && !value) dispatch({ type: 'organization', field: 'gdprRole', value: undefined });
  };
  return (
    <>
      <p class="step-intro">Each answer adds or removes a set of notification rules from your plan.</p>
      <YesNo
        id="q-organization-publiclyTraded"
        label={labelFor(text, 'organization.publiclyTraded')}
        hint="Listed companies have investor disclosure rules for cybersecurity incidents."
        value={org.publiclyTraded}
        error={errors.get('q-organization-publiclyTraded')}
        onChange={(value) => set('publiclyTraded', value)}
      />
      <YesNo
        id="q-organization-euDataSubjects"
        label={labelFor(text, 'organization.euDataSubjects')}
        hint="For example patients who live in an EU country, or staff based there."
        value={org.euDataSubjects}
        error={errors.get('q-organization-euDataSubjects')}
        onChange={(value) => set('euDataSubjects', value)}
      />
      {org.euDataSubjects ? (
        <div class="conditional">
          <Radios
            id="q-organization-gdprRole"
            label={labelFor(text, 'organization.gdprRole')}
            options={GDPR_ROLE_OPTIONS}
            value={org.gdprRole}
            error={errors.get('q-organization-gdprRole')}
            onChange={(value) => dispatch({ type: 'organization', field: 'gdprRole', value })}
          />
        </div>
      ) : null}
      <YesNo
        id="q-organization-part2Program"
        label={labelFor(text, 'organization.part2Program')}
        hint="Programs that hold themselves out as providing substance use disorder treatment and receive federal assistance."
        value={org.part2Program}
        error={errors.get('q-organization-part2Program')}
        onChange={(value) => set('part2Program', value)}
      />
      <YesNo
        id="q-organization-insurer"
        label={labelFor(text, 'organization.insurer')}
        hint="Some states have breach rules of their own for licensed insurers."
        value={org.insurer}
        error={errors.get('q-organization-insurer')}
        onChange={(value) => set('insurer', value)}
      />
      <Checkboxes
        id="q-organization-entityTypes"
        label={labelFor(text, 'organization.entityTypes')}
        hint="A few laws apply only to these. Choose every one that fits, or none of these."
        options={ENTITY_OPTIONS}
        checked={org.entityTypes === undefined ? [] : org.entityTypes.length === 0 ? [NONE] : org.entityTypes}
        error={errors.get('q-organization-entityTypes')}
        onToggle={(kind, checked) => {
          const current = org.entityTypes ?? [];
          const next = kind === NONE ? (checked ? [] : undefined) : checked ? [...current, kind] : current.filter((k) => k !== kind);
          const value = next === undefined || (next.length === 0 && kind !== NONE) ? undefined : ENTITY_TYPES.filter((k) => next.includes(k));
          dispatch({ type: 'organization', field: 'entityTypes', value });
        }}
      />
    </>
  );
}

export function SystemsStep({ draft, dispatch, errors, text }: StepProps) {
  const systems = draft.systems;
  const set = (field: 'ehrName' | 'backups' | 'downtimeProcedures', value: string) => dispatch({ type: 'systems', field, value });
  return (
    <>
      <p class="step-intro">
        The plan names these in its recovery and continuity sections. See{' '}
        <a href={href('/guide/manage-the-consequences/')}>managing the consequences</a> for what good downtime procedures cover.
      </p>
      <TextField
        id="q-systems-ehrName"
        label={labelFor(text, 'systems.ehrName')}
        hint="The product name, for example the one your clinicians log in to."
        value={systems.ehrName ?? ''}
        maxLength={text.limits.short}
        width="short"
        error={errors.get('q-systems-ehrName')}
        onInput={(value) => set('ehrName', value)}
      />
      <TextArea
        id="q-systems-backups"
        label={labelFor(text, 'systems.backups')}
        hint="What is backed up, how often, where the copies are kept, whether they are offline or immutable, and when a restore was last tested."
        value={systems.backups ?? ''}
        maxLength={text.limits.long}
        error={errors.get('q-systems-backups')}
        onInput={(value) => set('backups', value)}
      />
      <TextArea
        id="q-systems-downtimeProcedures"
        label={labelFor(text, 'systems.downtimeProcedures')}
        hint="For example paper charts, printed schedules, and how orders and results move."
        value={systems.downtimeProcedures ?? ''}
        maxLength={text.limits.long}
        error={errors.get('q-systems-downtimeProcedures')}
        onInput={(value) => set('downtimeProcedures', value)}
      />
      <RowsField
        id="q-systems-critical"
        legend={labelFor(text, 'systems.critical')}
        hint="List them in the order you would bring them back. The recovery time objective is how soon each must work again; the recovery point objective, how much recent data you could lose."
        noun="System"
        rows={systems.critical ?? []}
        columns={[
          { field: 'name', label: labelFor(text, 'systems.critical.*.name'), width: 'short', maxLength: text.limits.short },
          { field: 'rtoHours', label: labelFor(text, 'systems.critical.*.rtoHours'), width: 'number', maxLength: 5, numeric: true },
          { field: 'rpoHours', label: labelFor(text, 'systems.critical.*.rpoHours'), width: 'number', maxLength: 5, numeric: true },
        ]}
        errors={errors}
        ordered
        onAdd={() => dispatch({ type: 'add-row', list: 'critical' })}
        onChange={(index, field, value) => dispatch({ type: 'row', list: 'critical', index, field, value })}
        onRemove={(index) => dispatch({ type: 'remove-row', list: 'critical', index })}
        onMove={(index, by) => dispatch({ type: 'move-row', list: 'critical', index, by })}
      />
    </>
  );
}

/** The plan version's limit in the answers schema (governance.planVersion). */
const PLAN_VERSION_LIMIT = 20;

export function GovernanceStep({ draft, dispatch, errors, text }: StepProps) {
  const plans = draft.plans ?? {};
  const governance = draft.governance ?? {};
  const plan = (field: 'emergencyOperations' | 'businessContinuity' | 'communications') => (
    <TextField
      id={`q-plans-${field}`}
      label={labelFor(text, `plans.${field}`)}
      value={plans[field] ?? ''}
      maxLength={text.limits.short}
      error={errors.get(`q-plans-${field}`)}
      onInput={(value) => dispatch({ type: 'plans', field, value })}
    />
  );
  const record = (field: 'planVersion' | 'approverName' | 'approverTitle', maxLength: number, width: 'short' | 'number' = 'short') => (
    <TextField
      id={`q-governance-${field}`}
      label={labelFor(text, `governance.${field}`)}
      value={governance[field] ?? ''}
      maxLength={maxLength}
      width={width}
      error={errors.get(`q-governance-${field}`)}
      onInput={(value) => dispatch({ type: 'governance', field, value })}
    />
  );
  return (
    <>
      <p class="step-intro">The plan names the other plans it works with and carries its own version, approver and distribution list. Every question here is optional.</p>
      <fieldset class="contact">
        <legend class="contact-legend">Related plans</legend>
        {plan('emergencyOperations')}
        {plan('businessContinuity')}
        {plan('communications')}
      </fieldset>
      <fieldset class="contact">
        <legend class="contact-legend">Approval and distribution</legend>
        {record('planVersion', PLAN_VERSION_LIMIT, 'number')}
        <div class="contact-grid">
          {record('approverName', text.limits.short)}
          {record('approverTitle', text.limits.short)}
        </div>
        <TextArea
          id="q-governance-distribution"
          label={labelFor(text, 'governance.distribution')}
          hint="For example the roles or teams that keep a printed copy."
          value={governance.distribution ?? ''}
          maxLength={text.limits.long}
          error={errors.get('q-governance-distribution')}
          onInput={(value) => dispatch({ type: 'governance', field: 'distribution', value })}
        />
      </fieldset>
    </>
  );
}
