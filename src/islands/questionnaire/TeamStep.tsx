/**
 * The response team: one contact per role, each with a deputy, and how the team talks when its usual channels are
 * down. The incident commander and the privacy officer are asked for (the plan cannot assign its first steps without
 * them); every other role folds away until it is opened or has an answer, and asks for a deputy once it has a name.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TeamRole } from '../../engine/answers/schema.ts';
import { contactFor, ESSENTIAL_ROLES, type ContactDraft, type DeputyDraft } from './draft.ts';
import { TextArea, TextField } from '../shared/fields.tsx';
import { labelFor, type StepProps } from './step-props.ts';
import { href } from '../../utils/site-path.ts';

type ContactField = Exclude<keyof ContactDraft, 'role' | 'deputy'>;

function DeputyFields({ role, label, props }: { role: TeamRole; label: string; props: StepProps }) {
  const { draft, dispatch, errors, text } = props;
  const deputy = contactFor(draft, role).deputy ?? {};
  const field = (name: keyof DeputyDraft, options: { type?: 'text' | 'email' | 'tel'; maxLength: number }) => {
    const id = `q-team-${role}-deputy-${name}`;
    return (
      <TextField
        id={id}
        label={labelFor(text, `team.*.deputy.${name}`)}
        value={deputy[name] ?? ''}
        maxLength={options.maxLength}
        width="short"
        type={options.type}
        error={errors.get(id)}
        onInput={(value) => dispatch({ type: 'deputy', role, field: name, value, order: text.teamRoles.map((r) => r.value) })}
      />
    );
  };
  return (
    <fieldset class="deputy">
      <legend class="deputy-legend">
        {label}’s deputy <span class="summary-optional">(optional)</span>
      </legend>
      <div class="contact-grid">
        {field('name', { maxLength: text.limits.short })}
        {field('title', { maxLength: text.limits.short })}
        {field('phone', { type: 'tel', maxLength: text.limits.phone })}
        {field('email', { type: 'email', maxLength: text.limits.short })}
      </div>
    </fieldset>
  );
}

const HINTS: Partial<Record<TeamRole, string>> = {
  'incident-commander': 'The person who leads the response and makes the calls until it is over.',
  'privacy-officer': 'The person who decides, with counsel, whether the incident is a reportable breach.',
  'legal-counsel': 'Breach counsel, often outside counsel your cyber insurer approves.',
  'forensic-firm': 'The digital forensics and incident response (DFIR) firm you would call.',
  'cyber-insurer': 'Call the claims hotline early: many policies require notice within days and approve the firms you use.',
};

function ContactFields({ role, label, props, essential }: { role: TeamRole; label: string; props: StepProps; essential: boolean }) {
  const { draft, dispatch, errors, text } = props;
  const contact = contactFor(draft, role);
  const id = (field: ContactField) => `q-team-${role}-${field}`;
  const set = (field: ContactField, value: string) => dispatch({ type: 'contact', role, field, value, order: text.teamRoles.map((r) => r.value) });
  const field = (name: ContactField, options: { width?: 'short' | 'full'; type?: 'text' | 'email' | 'tel'; autocomplete?: string; maxLength: number; hint?: string }) => (
    <TextField
      id={id(name)}
      label={labelFor(text, `team.*.${name}`)}
      hint={options.hint}
      value={contact[name] ?? ''}
      maxLength={options.maxLength}
      width={options.width ?? 'short'}
      type={options.type}
      autocomplete={options.autocomplete}
      error={errors.get(id(name))}
      onInput={(value) => set(name, value)}
    />
  );
  const fields = (
    <div class="contact-grid">
      {field('name', { maxLength: text.limits.short })}
      {field('title', { maxLength: text.limits.short })}
      {field('phone', { type: 'tel', maxLength: text.limits.phone, hint: 'For example +1 (555) 010-0199.' })}
      {field('email', { type: 'email', maxLength: text.limits.short })}
      {role === 'cyber-insurer' ? field('policyNumber', { maxLength: 60 }) : null}
      {role === 'cyber-insurer' ? field('claimsHotline', { type: 'tel', maxLength: text.limits.phone }) : null}
    </div>
  );
  // A deputy for the essential roles, and for any other role once it has a contact (or already a deputy).
  const deputy = essential || contact.name || contact.deputy ? <DeputyFields role={role} label={label} props={props} /> : null;
  if (essential) {
    return (
      <fieldset class="contact" aria-describedby={HINTS[role] ? `q-team-${role}-hint` : undefined}>
        <legend class="contact-legend">{label}</legend>
        {HINTS[role] ? (
          <p class="field-hint" id={`q-team-${role}-hint`}>
            {HINTS[role]}
          </p>
        ) : null}
        {fields}
        {deputy}
      </fieldset>
    );
  }
  return (
    <OptionalContact
      role={role}
      label={label}
      contact={contact}
      hasError={[...errors.keys()].some((key) => key.startsWith(`q-team-${role}-`))}
      fields={
        <>
          {fields}
          {deputy}
        </>
      }
    />
  );
}

function OptionalContact(props: { role: TeamRole; label: string; contact: ContactDraft; hasError: boolean; fields: preact.ComponentChildren }) {
  const details = useRef<HTMLDetailsElement>(null);
  // Open at first when there is something in it; after that, the person decides.
  const [initiallyOpen] = useState(() => Object.keys(props.contact).length > 1);
  useEffect(() => {
    if (props.hasError && details.current) details.current.open = true;
  }, [props.hasError]);
  const named = props.contact.name ? `: ${props.contact.name}` : '';
  return (
    <details class="contact contact-optional" ref={details} open={initiallyOpen}>
      <summary>
        {props.label}
        {named} <span class="summary-optional">(optional)</span>
      </summary>
      {HINTS[props.role] ? <p class="field-hint">{HINTS[props.role]}</p> : null}
      <div role="group" aria-label={props.label}>
        {props.fields}
      </div>
    </details>
  );
}

export function TeamStep(props: StepProps) {
  const roles = props.text.teamRoles;
  const essential = roles.filter((role) => ESSENTIAL_ROLES.includes(role.value));
  const others = roles.filter((role) => !ESSENTIAL_ROLES.includes(role.value));
  return (
    <>
      <p class="step-intro">
        The plan lists who to call, in what order, and who stands in for each. Give at least a name for the incident commander and the privacy
        officer; add the others and their deputies you already know. See <a href={href('/guide/legal-and-security-counsel/')}>working with legal and security counsel</a> for who to line up before
        you need them.
      </p>
      {essential.map((role) => (
        <ContactFields key={role.value} role={role.value} label={role.label} props={props} essential />
      ))}
      <h3 class="team-others">Other roles (optional)</h3>
      <p class="field-hint">Open a role to add a contact.</p>
      {others.map((role) => (
        <ContactFields key={role.value} role={role.value} label={role.label} props={props} essential={false} />
      ))}
      <TextArea
        id="q-organization-outOfBandChannel"
        label={labelFor(props.text, 'organization.outOfBandChannel')}
        hint="For example a phone bridge number, a messaging group on personal phones, or a place to meet. The plan tells the team to use it from the first call."
        value={props.draft.organization.outOfBandChannel ?? ''}
        maxLength={props.text.limits.long}
        error={props.errors.get('q-organization-outOfBandChannel')}
        onInput={(value) => props.dispatch({ type: 'organization', field: 'outOfBandChannel', value })}
      />
    </>
  );
}
