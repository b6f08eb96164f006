/**
 * The federal notices a scenario's incident gives a HIPAA covered entity, for the pack's generic deadlines panel:
 * evaluated by the engine and worded by its rule describer, so the pack says what the requirements pages say.
 */
import { CATALOG_RULES, evaluateRule, parseAnswers, type Rule } from '../../engine/index.ts';
import { describeDeadline, describeThreshold, recipientShort } from '../../engine/rules/describe.ts';
import { capitalize } from '../../engine/words.ts';
import type { IncidentProfile } from '../../schemas/exercise.ts';
import { ANSWERS_SCHEMA_VERSION } from '../../engine/answers/version.ts';

export interface FederalNotice {
  ruleId: string;
  /** "Affected individuals", "The Secretary of HHS". */
  recipient: string;
  /** "500 or more individuals", when the rule has a threshold. */
  threshold: string | null;
  deadline: string;
  citation: string;
}

/** A stand-in organization: a health care provider with no state recorded, so only federal rules can apply. */
function providerAnswers(profile: IncidentProfile) {
  const parsed = parseAnswers({
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    organization: { name: 'A health care provider', role: 'covered-entity-provider', states: [], publiclyTraded: false, euDataSubjects: false, insurer: false, part2Program: false },
    team: [],
    systems: {},
    incident: {
      discoveredOn: '2026-03-02',
      affected: { byJurisdiction: {}, unknownLocation: profile.affected },
      dataKinds: profile.dataKinds,
      secured: profile.secured,
    },
  });
  if (!parsed.ok) throw new Error(`The stand-in answers do not validate: ${JSON.stringify(parsed.problems)}`);
  return parsed.answers;
}

export function federalNotices(profile: IncidentProfile, rules: readonly Rule[] = CATALOG_RULES): FederalNotice[] {
  const answers = providerAnswers(profile);
  return rules
    .filter((rule) => rule.jurisdiction === 'US' && evaluateRule(rule, answers).outcome === 'applies')
    .map((rule) => ({
      ruleId: rule.id,
      recipient: capitalize(recipientShort(rule)),
      threshold: describeThreshold(rule),
      deadline: describeDeadline(rule, rules),
      citation: rule.citation,
    }));
}
