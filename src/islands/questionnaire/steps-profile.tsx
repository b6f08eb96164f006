/** The organization's profile (name, role, size; where patients live; which laws apply) and its key systems. */
import { ROLE_LABELS, ROLES } from '../../engine/vocabulary.ts';
import { Radios, TextArea, TextField, YesNo, type Option } from '../shared/fields.tsx';
import { StatePicker } from './StatePicker.tsx';
import { labelFor, type StepProps } from './step-props.ts';
import { sizeLabel } from './values.ts';
import { href } from '../../utils/site-path.ts';

const ROLE_OPTIONS: Option<string>[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

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
            options={[
              { value: 'controller', label: 'Controller: we decide why and how the data is used' },
              { value: 'processor', label: 'Processor: we handle it on behalf of another organization' },
            ]}
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
    </>
  );
}
