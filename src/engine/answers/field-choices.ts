/** The labels the questionnaire shows for each field's choices (from vocabulary.ts and the schema), looked up by the field's path. */
import {
  DATA_HOLDING_LABELS,
  DATA_KIND_LABELS,
  DELAY_KIND_LABELS,
  ENTITY_TYPE_LABELS,
  FEDERAL_AGENCY_LABEL,
  GDPR_ROLE_LABELS,
  NOTICE_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
  ROLE_LABELS,
  US_JURISDICTIONS,
} from '../vocabulary.ts';
import { sizeLabel } from '../words.ts';
import { ORGANIZATION_SIZES, TEAM_ROLE_LABELS, type NoticeStatus } from './schema.ts';

/** By field path, with `*` for a list item or a notice's rule id. */
const LABELS: Record<string, Readonly<Record<string, string>>> = {
  'organization.role': ROLE_LABELS,
  'organization.type': ORGANIZATION_TYPE_LABELS,
  'organization.size': Object.fromEntries(ORGANIZATION_SIZES.map((size) => [size, sizeLabel(size)])),
  'organization.holdsDataFor': DATA_HOLDING_LABELS,
  'organization.gdprRole': GDPR_ROLE_LABELS,
  'organization.entityTypes.*': ENTITY_TYPE_LABELS,
  'team.*.role': TEAM_ROLE_LABELS,
  'incident.dataKinds.*': DATA_KIND_LABELS,
  'incident.lawEnforcementDelay.kind': DELAY_KIND_LABELS,
  'incident.lawEnforcementDelay.jurisdiction': { federal: FEDERAL_AGENCY_LABEL, ...US_JURISDICTIONS },
  'incident.notices.*.status': NOTICE_STATUS_LABELS satisfies Record<NoticeStatus, string>,
};

/** The path with list positions and notices' rule ids as `*`: ["team", 3, "role"] gives "team.*.role". */
function genericPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' || path[index - 1] === 'notices' ? '*' : String(part))).join('.');
}

/** The labels of the choices the field at `path` offers, or undefined when it offers none. */
export function choiceLabels(path: readonly PropertyKey[]): Readonly<Record<string, string>> | undefined {
  return LABELS[genericPath(path)];
}
