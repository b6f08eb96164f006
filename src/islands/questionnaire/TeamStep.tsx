/**
 * The response team: one contact per role. The incident commander and the privacy officer are asked for (the plan
 * cannot assign its first steps without them); every other role folds away until it is opened or has an answer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TeamRole } from '../../engine/answers/schema.ts';
import { contactFor, ESSENTIAL_ROLES, type ContactDraft } from './draft.ts';
import { TextField } from '../shared/fields.tsx';
import { labelFor, type StepProps } from './step-props.ts';
import { href } from '../../utils/site-path.ts';

type ContactField = Exclude<keyof ContactDraft, 'role' | 'deputy'>;

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
      </fieldset>
    );
  }
  return <OptionalContact role={role} label={label} contact={contact} hasError={[...errors.keys()].some((key) => key.startsWith(`q-team-${role}-`))} fields={fields} />;
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
        The plan lists who to call, in what order. Give at least a name for the incident commander and the privacy officer; add the others you
        already know. See <a href={href('/guide/legal-and-security-counsel/')}>working with legal and security counsel</a> for who to line up before
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
    </>
  );
}
