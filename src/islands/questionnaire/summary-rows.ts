/** The "Check your answers" list: every question asked, its answer in words ("Not provided" when skipped), and where to change it. */
import { DATA_KIND_LABELS, ENTITY_TYPE_LABELS, ORGANIZATION_TYPE_LABELS, ROLE_LABELS } from '../../engine/vocabulary.ts';
import { contactFor, type ContactDraft, type Count, type Draft } from './draft.ts';
import { plainQuestion, questionAt } from './labels.ts';
import { jurisdictionName, sortCodes } from './jurisdictions.ts';
import type { QuestionnaireText } from './questions.ts';
import { asksAboutClients, type StepId } from './steps.ts';
import { longDate } from '../../engine/dates/calendar.ts';
import { fromInstant, offsetOf, parseCount, sizeLabel } from './values.ts';
import { countWords } from '../../engine/words.ts';

export const NOT_PROVIDED = 'Not provided';

export interface SummaryRow {
  key: string;
  question: string;
  /** Lines of the answer; empty when not provided. */
  answer: string[];
  step: StepId;
  /** What the Change link changes, for its hidden text: "the name of your organization". */
  changes: string;
}

export interface SummarySection {
  step: StepId;
  title: string;
  rows: SummaryRow[];
}

const yesNo = (value: boolean | undefined): string[] => (value === undefined ? [] : [value ? 'Yes' : 'No']);
const text = (value: string | undefined): string[] => (value && value.trim() ? [value.trim()] : []);
const date = (value: string | undefined): string[] => (value && value.trim() ? [/^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value) : value] : []);
const count = (value: Count | undefined): string[] => {
  const parsed = parseCount(value);
  return parsed === undefined ? [] : [typeof parsed === 'number' ? countWords(parsed) : parsed];
};
const label = (labels: Record<string, string>, value: string) => labels[value] ?? value;
/** "4 hours", "1 day" for a typed number; the text as typed otherwise. */
const unit = (value: Count | undefined, one: string, many: string): string | undefined => {
  const parsed = parseCount(value);
  return parsed === undefined ? undefined : typeof parsed === 'number' ? `${countWords(parsed)} ${parsed === 1 ? one : many}` : parsed;
};
const agencyOf = (jurisdiction: string | undefined): string[] =>
  jurisdiction ? [jurisdiction === 'federal' ? 'A federal agency' : `An agency of ${jurisdictionName(jurisdiction)}`] : [];
const HOLDINGS: Record<string, string> = { itself: 'Our own', clients: 'Our clients’', both: 'Both our own and our clients’' };

function contactLines(contact: ContactDraft): string[] {
  const deputy = contact.deputy ?? {};
  return [
    [contact.name, contact.title].filter(Boolean).join(', '),
    contact.phone ? `Phone: ${contact.phone}` : '',
    contact.email ? `Email: ${contact.email}` : '',
    contact.policyNumber ? `Policy number: ${contact.policyNumber}` : '',
    contact.claimsHotline ? `Claims hotline: ${contact.claimsHotline}` : '',
    deputy.name || deputy.title ? `Deputy: ${[deputy.name, deputy.title].filter(Boolean).join(', ')}` : '',
    deputy.phone ? `Deputy’s phone: ${deputy.phone}` : '',
    deputy.email ? `Deputy’s email: ${deputy.email}` : '',
  ].filter((line) => line.trim() !== '');
}

/** The rows of the summary, grouped by the step that asks them. */
export function summarySections(draft: Draft, t: QuestionnaireText): SummarySection[] {
  const q = (path: string) => plainQuestion(questionAt(t.questions, path));
  const org = draft.organization;
  const row = (key: string, question: string, answer: string[], step: StepId, changes: string): SummaryRow => ({ key, question, answer, step, changes });

  const sections: SummarySection[] = [
    {
      step: 'organization',
      title: 'Your organization',
      rows: [
        row('organization.name', q('organization.name'), text(org.name), 'organization', 'the name of your organization'),
        row('organization.type', q('organization.type'), org.type ? [label(ORGANIZATION_TYPE_LABELS, org.type)] : [], 'organization', 'what kind of organization you are'),
        row('organization.role', q('organization.role'), org.role ? [(ROLE_LABELS as Record<string, string>)[org.role] ?? org.role] : [], 'organization', 'what describes your organization'),
        row('organization.size', q('organization.size'), org.size ? [sizeLabel(org.size)] : [], 'organization', 'how many people work for you'),
        ...(asksAboutClients(draft)
          ? [
              row('organization.holdsDataFor', q('organization.holdsDataFor'), org.holdsDataFor ? [label(HOLDINGS, org.holdsDataFor)] : [], 'clients', 'whose personal information you hold'),
              row(
                'organization.clients',
                q('organization.clients'),
                (org.clients ?? []).map((client) => {
                  const days = unit(client.noticeWithinDays, 'day', 'days');
                  return `${client.name?.trim() || 'A client with no name'}${days ? `: notice within ${days}` : ''}`;
                }),
                'clients',
                'your clients',
              ),
            ]
          : []),
        row(
          'organization.states',
          q('organization.states'),
          org.states && org.states.length > 0 ? [sortCodes(org.states).map(jurisdictionName).join(', ')] : [],
          'states',
          'where your patients or members live',
        ),
        row('organization.publiclyTraded', q('organization.publiclyTraded'), yesNo(org.publiclyTraded), 'laws', 'whether your shares are publicly traded'),
        row('organization.euDataSubjects', q('organization.euDataSubjects'), yesNo(org.euDataSubjects), 'laws', 'whether you hold EU or EEA data'),
        ...(org.euDataSubjects
          ? [
              row(
                'organization.gdprRole',
                q('organization.gdprRole'),
                org.gdprRole ? [org.gdprRole === 'controller' ? 'Controller' : 'Processor'] : [],
                'laws',
                'whether you are a controller or a processor',
              ),
            ]
          : []),
        row('organization.part2Program', q('organization.part2Program'), yesNo(org.part2Program), 'laws', 'whether you run a Part 2 program'),
        row('organization.insurer', q('organization.insurer'), yesNo(org.insurer), 'laws', 'whether you are a licensed insurer'),
        row(
          'organization.entityTypes',
          q('organization.entityTypes'),
          org.entityTypes === undefined ? [] : org.entityTypes.length === 0 ? ['None of these'] : org.entityTypes.map((kind) => label(ENTITY_TYPE_LABELS, kind)),
          'laws',
          'which kinds of entity you are',
        ),
      ],
    },
    {
      step: 'team',
      title: 'Your response team',
      rows: [
        ...t.teamRoles.map(({ value: role, label: roleLabel }) =>
          row(`team.${role}`, roleLabel, contactLines(contactFor(draft, role)), 'team', `the ${roleLabel.toLowerCase()} contact`),
        ),
        row('organization.outOfBandChannel', q('organization.outOfBandChannel'), text(org.outOfBandChannel), 'team', 'how the team talks when email and chat are down'),
      ],
    },
    {
      step: 'systems',
      title: 'Your systems',
      rows: [
        row('systems.ehrName', q('systems.ehrName'), text(draft.systems.ehrName), 'systems', 'your EHR system'),
        row('systems.backups', q('systems.backups'), text(draft.systems.backups), 'systems', 'your backups'),
        row('systems.downtimeProcedures', q('systems.downtimeProcedures'), text(draft.systems.downtimeProcedures), 'systems', 'your downtime procedures'),
        row(
          'systems.critical',
          q('systems.critical'),
          (draft.systems.critical ?? []).map((system, index) => {
            const rto = unit(system.rtoHours, 'hour', 'hours');
            const rpo = unit(system.rpoHours, 'hour', 'hours');
            const objectives = [rto ? `recovery time: ${rto}` : '', rpo ? `recovery point: ${rpo}` : ''].filter(Boolean).join('; ');
            return `${index + 1}. ${system.name?.trim() || 'A system with no name'}${objectives ? ` (${objectives})` : ''}`;
          }),
          'systems',
          'your critical systems',
        ),
      ],
    },
    {
      step: 'governance',
      title: 'The plan itself',
      rows: [
        row('plans.emergencyOperations', q('plans.emergencyOperations'), text(draft.plans?.emergencyOperations), 'governance', 'your emergency operations plan'),
        row('plans.businessContinuity', q('plans.businessContinuity'), text(draft.plans?.businessContinuity), 'governance', 'your business continuity plan'),
        row('plans.communications', q('plans.communications'), text(draft.plans?.communications), 'governance', 'your crisis communications plan'),
        row('governance.planVersion', q('governance.planVersion'), text(draft.governance?.planVersion), 'governance', 'the plan’s version'),
        row('governance.approverName', q('governance.approverName'), text(draft.governance?.approverName), 'governance', 'who approves the plan'),
        row('governance.approverTitle', q('governance.approverTitle'), text(draft.governance?.approverTitle), 'governance', 'the approver’s job title'),
        row('governance.distribution', q('governance.distribution'), text(draft.governance?.distribution), 'governance', 'who receives the plan'),
      ],
    },
  ];

  const incident = draft.incident;
  const incidentRows: SummaryRow[] = [row('incident', 'Are you responding to a data breach now?', [incident ? 'Yes' : 'No'], 'incident', 'whether you are responding to a breach')];
  if (incident) {
    const counts = incident.affected.byJurisdiction;
    const codes = sortCodes(Object.keys(counts)).filter((code) => count(counts[code]).length > 0);
    const delay = incident.lawEnforcementDelay;
    const delayLines =
      delay === undefined
        ? []
        : delay.kind === 'none'
          ? ['No']
          : delay.kind === 'written'
            ? [
                'Yes, in writing',
                ...date(delay.statedOn).map((d) => `Statement received on ${d}`),
                ...date(delay.endsOn).map((d) => `Delay until ${d}`),
                ...text(delay.agency).map((a) => `Agency: ${a}`),
                ...agencyOf(delay.jurisdiction),
              ]
            : ['Yes, orally', ...date(delay.statedOn).map((d) => `Told on ${d}`), ...text(delay.official).map((o) => `By ${o}`), ...agencyOf(delay.jurisdiction)];
    const aware = fromInstant(incident.awareAt);
    incidentRows.push(
      row('incident.discoveredOn', q('incident.discoveredOn'), date(incident.discoveredOn), 'incident', 'the discovery date'),
      row('incident.determinedOn', q('incident.determinedOn'), date(incident.determinedOn), 'incident', 'the determination date'),
      row('incident.confirmedOn', q('incident.confirmedOn'), date(incident.confirmedOn), 'incident', 'the confirmation date'),
      row(
        'incident.awareAt',
        q('incident.awareAt'),
        aware ? [`${longDate(aware.slice(0, 10))}, ${aware.slice(11)} (UTC${offsetOf(incident.awareAt) ?? ''})`] : [],
        'incident',
        'the time you became aware',
      ),
      row(
        'incident.affected.byJurisdiction',
        q('incident.affected.byJurisdiction'),
        codes.map((code) => `${jurisdictionName(code)}: ${count(counts[code])[0]}`),
        'affected',
        'the number of people affected in each state',
      ),
    );
    if (org.euDataSubjects) incidentRows.push(row('incident.affected.EU', q('incident.affected.EU'), count(incident.affected.EU), 'affected', 'the number of people affected in the EU'));
    incidentRows.push(
      row('incident.affected.unknownLocation', q('incident.affected.unknownLocation'), count(incident.affected.unknownLocation), 'affected', 'the number of people with no known address'),
      row(
        'incident.dataKinds',
        q('incident.dataKinds'),
        (incident.dataKinds ?? []).map((kind) => (DATA_KIND_LABELS as Record<string, string>)[kind] ?? kind),
        'affected',
        'the kinds of data involved',
      ),
      row('incident.secured', q('incident.secured'), yesNo(incident.secured), 'affected', 'whether the data was secured'),
    );
    if (org.euDataSubjects) incidentRows.push(row('incident.euHighRisk', q('incident.euHighRisk'), yesNo(incident.euHighRisk), 'affected', 'whether the breach is high risk for people in the EU'));
    incidentRows.push(row('incident.lawEnforcementDelay', q('incident.lawEnforcementDelay'), delayLines, 'delays', 'whether law enforcement asked you to delay notice'));
    if (org.publiclyTraded) {
      incidentRows.push(
        row('incident.secMaterialityDeterminedOn', q('incident.secMaterialityDeterminedOn'), date(incident.secMaterialityDeterminedOn), 'delays', 'the materiality date'),
      );
    }
  }
  sections.push({ step: 'incident', title: 'The incident', rows: incidentRows });
  return sections;
}
