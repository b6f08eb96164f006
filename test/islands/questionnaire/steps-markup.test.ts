/** The steps that ask the version 2 questions, rendered in Node: their fields, labels, ids and list buttons. */
import { describe, expect, it } from 'vitest';
import { h, type FunctionComponent } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { emptyDraft, emptyIncident, type Draft } from '../../../src/islands/questionnaire/draft.ts';
import { questionnaireText } from '../../../src/islands/questionnaire/questions.ts';
import type { StepProps } from '../../../src/islands/questionnaire/step-props.ts';
import { ClientsStep, GovernanceStep, LawsStep, OrganizationStep, SystemsStep } from '../../../src/islands/questionnaire/steps-profile.tsx';
import { DelaysStep } from '../../../src/islands/questionnaire/steps-incident.tsx';
import { TeamStep } from '../../../src/islands/questionnaire/TeamStep.tsx';

const text = questionnaireText();
function view(Step: FunctionComponent<StepProps>, draft: Draft, errors: Record<string, string> = {}) {
  return parse(render(h(Step, { draft, dispatch: () => {}, errors: new Map(Object.entries(errors)), text })));
}
const labelOf = (root: ReturnType<typeof parse>, id: string) => root.querySelector(`label[for="${id}"]`)?.textContent.trim();
const withOrganization = (organization: Draft['organization']): Draft => ({ ...emptyDraft(), organization });

describe('OrganizationStep', () => {
  it('asks what kind of organization this is, before its role', () => {
    const root = view(OrganizationStep, emptyDraft());
    const ids = root.querySelectorAll('input[type="radio"]').map((input) => input.id);
    expect(ids.indexOf('q-organization-type')).toBeLessThan(ids.indexOf('q-organization-role'));
    expect(root.querySelectorAll('legend')[0].textContent).toBe('What kind of organization are you? (optional)');
  });
});

describe('ClientsStep', () => {
  it('lists the clients of a business associate, each row with its fields and a Remove button that names it', () => {
    const root = view(ClientsStep, withOrganization({ role: 'business-associate', clients: [{ name: 'Hillview', noticeWithinDays: '10' }] }), {
      'q-organization-clients-0-noticeWithinDays': 'Enter a whole number of days, 1 or more.',
    });
    expect(labelOf(root, 'q-organization-clients-0-name')).toBe('What is the client’s name?');
    expect(labelOf(root, 'q-organization-clients-0-noticeWithinDays')).toMatch(/^Within how many calendar days .* \(optional\)$/);
    expect(root.querySelector('#q-organization-clients-0-noticeWithinDays')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#q-organization-clients-0-noticeWithinDays-error')?.textContent).toContain('Enter a whole number of days');
    expect(root.querySelectorAll('button').map((b) => b.textContent)).toEqual(['Remove client 1 (Hillview)', 'Add another client']);
  });
  it('offers no list to an organization that holds only its own data and has none', () => {
    const root = view(ClientsStep, withOrganization({ role: 'business-associate', holdsDataFor: 'itself' }));
    expect(root.querySelector('#q-organization-clients-add')).toBeNull();
    // The first option carries the field's id, for the error summary's link.
    expect(root.querySelector('#q-organization-holdsDataFor')?.getAttribute('value')).toBe('itself');
    expect(root.querySelector('#q-organization-holdsDataFor')?.hasAttribute('checked')).toBe(true);
  });
});

describe('LawsStep', () => {
  it('asks for entity types, with "None of these" checked for an empty list', () => {
    const none = view(LawsStep, withOrganization({ entityTypes: [] }));
    expect(none.querySelector('#q-organization-entityTypes-none')?.hasAttribute('checked')).toBe(true);
    const unanswered = view(LawsStep, emptyDraft());
    expect(unanswered.querySelectorAll('input[name="q-organization-entityTypes"][checked]')).toHaveLength(0);
  });
});

describe('TeamStep', () => {
  it('asks for a deputy of each essential role and of each role with a contact, and for the out-of-band channel', () => {
    const draft: Draft = { ...emptyDraft(), team: [{ role: 'legal-counsel', name: 'Riley Chen' }] };
    const root = view(TeamStep, draft);
    const deputies = root.querySelectorAll('.deputy legend').map((legend) => legend.textContent);
    expect(deputies).toEqual(['Incident commander’s deputy (optional)', 'Privacy officer’s deputy (optional)', 'Legal counsel’s deputy (optional)']);
    expect(labelOf(root, 'q-team-legal-counsel-deputy-email')).toBe('What is the deputy’s email address? (optional)');
    expect(labelOf(root, 'q-organization-outOfBandChannel')).toMatch(/how will the response team talk\? \(optional\)$/);
  });
});

describe('SystemsStep', () => {
  it('lists the critical systems in restore order, with Move up and Move down where they apply', () => {
    const draft: Draft = { ...emptyDraft(), systems: { critical: [{ name: 'EHR' }, { name: 'Pharmacy' }] } };
    const root = view(SystemsStep, draft);
    expect(labelOf(root, 'q-systems-critical-1-rtoHours')).toMatch(/recovery time objective\)\? \(optional\)$/);
    expect(root.querySelector('#q-systems-critical-0-rpoHours')?.getAttribute('inputmode')).toBe('numeric');
    expect(root.querySelectorAll('.row-actions button').map((b) => b.textContent)).toEqual([
      'Move down system 1 (EHR)',
      'Remove system 1 (EHR)',
      'Move up system 2 (Pharmacy)',
      'Remove system 2 (Pharmacy)',
    ]);
  });
  it('offers to add the first system when there is none', () => {
    expect(view(SystemsStep, emptyDraft()).querySelector('#q-systems-critical-add')?.textContent).toBe('Add a system');
  });
});

describe('GovernanceStep', () => {
  it('asks for the three related plans and the plan’s record, every one optional', () => {
    const root = view(GovernanceStep, emptyDraft());
    const ids = root.querySelectorAll('input, textarea').map((field) => field.id);
    expect(ids).toEqual([
      'q-plans-emergencyOperations',
      'q-plans-businessContinuity',
      'q-plans-communications',
      'q-governance-planVersion',
      'q-governance-approverName',
      'q-governance-approverTitle',
      'q-governance-distribution',
    ]);
    expect(ids.every((id) => labelOf(root, id)?.endsWith('(optional)'))).toBe(true);
  });
});

describe('DelaysStep', () => {
  it('asks a written request’s agency and jurisdiction, and an oral one’s jurisdiction', () => {
    const delayed = (lawEnforcementDelay: NonNullable<Draft['incident']>['lawEnforcementDelay']): Draft => ({
      ...emptyDraft(),
      incident: { ...emptyIncident(), lawEnforcementDelay },
    });
    const written = view(DelaysStep, delayed({ kind: 'written', jurisdiction: 'TX' }));
    expect(labelOf(written, 'q-incident-lawEnforcementDelay-agency')).toBe('Which agency made the request? (optional)');
    expect(written.querySelector('#q-incident-lawEnforcementDelay-jurisdiction option[selected]')?.textContent).toBe('Texas');
    const oral = view(DelaysStep, delayed({ kind: 'oral' }));
    expect(oral.querySelector('#q-incident-lawEnforcementDelay-agency')).toBeNull();
    expect(oral.querySelectorAll('#q-incident-lawEnforcementDelay-jurisdiction option').map((o) => o.textContent).slice(0, 2)).toEqual(['Not known', 'Federal agency']);
    expect(oral.querySelector('fieldset legend')?.textContent).toBe('Has a law enforcement official asked you to delay notice because it would impede an investigation? (optional)');
  });
});
