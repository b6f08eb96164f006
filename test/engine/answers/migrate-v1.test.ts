// Version 1 to 2: every fixture saved as version 1 (test/fixtures/answers/v1/) opens as the same answers as its
// version 2 copy, apart from the fields only version 2 can hold.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateAnswers, v1ToV2 } from '../../../src/engine/answers/migrate.ts';
import { parseAnswers, timelineFor } from '../../../src/engine/index.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const V1 = 'test/fixtures/answers/v1';
const fixtures = readdirSync(V1).filter((name) => name.endsWith('.json') && name !== 'invalid.json');

/** The v2 fixture without what version 1 could not say: the answers a v1 file must migrate to. */
function withoutVersion2Fields(answers: Record<string, any>): Record<string, any> {
  const copy = structuredClone(answers);
  delete copy.plans;
  delete copy.governance;
  delete copy.organization.outOfBandChannel;
  if (!['covered-entity-health-plan', 'business-associate', 'phr-vendor'].includes(copy.organization.role)) delete copy.organization.type;
  for (const contact of copy.team) delete contact.deputy;
  delete copy.systems.critical;
  if (copy.incident) {
    for (const key of ['codename', 'id', 'calendarSequence', 'clockEvidence']) delete copy.incident[key];
    for (const [rule, notice] of Object.entries<any>(copy.incident.notices ?? {})) if (notice.status !== 'sent') delete copy.incident.notices[rule];
  }
  return copy;
}

describe('answers version 1 to 2', () => {
  it.each(fixtures)('opens %s as the same answers as its version 2 copy', (name) => {
    const old = parseAnswers(read(`${V1}/${name}`));
    const current = parseAnswers(read(`test/fixtures/answers/${name}`));
    expect(old.ok && current.ok).toBe(true);
    if (!old.ok || !current.ok) return;
    expect(old.fromVersion).toBe(1);
    expect(old.answers).toEqual(withoutVersion2Fields(current.answers));
    expect(timelineFor(old.answers, '2026-11-27').obligations.map((o) => [o.id, o.limit?.date, o.status])).toEqual(
      timelineFor(withoutVersion2Fields(current.answers) as typeof old.answers, '2026-11-27').obligations.map((o) => [o.id, o.limit?.date, o.status]),
    );
  });

  it('turns each sent notice into a notice state marked sent, with its date', () => {
    const { answers } = migrateAnswers({
      schemaVersion: 1,
      organization: { name: 'A', role: 'covered-entity-provider' },
      incident: { discoveredOn: '2026-03-02', noticesSent: { 'hipaa-individuals': { sentOn: '2026-04-01' }, 'tx-ag': { sentOn: '2026-04-03' } } },
    });
    expect((answers as any).incident).toEqual({
      discoveredOn: '2026-03-02',
      notices: { 'hipaa-individuals': { status: 'sent', sentOn: '2026-04-01' }, 'tx-ag': { status: 'sent', sentOn: '2026-04-03' } },
    });
  });

  it('keeps a sent notice counting as sent: the timeline marks it sent on its date', () => {
    const v1 = read(`${V1}/clinic.json`);
    v1.incident.noticesSent = { 'hipaa-individuals': { sentOn: v1.incident.discoveredOn } };
    const parsed = parseAnswers(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const notice = timelineFor(parsed.answers, '2026-11-27').obligations.find((o) => o.ruleId === 'hipaa-individuals');
    expect(notice?.status).toBe('sent');
    expect(notice?.sentOn).toBe(v1.incident.discoveredOn);
  });

  it.each([
    ['covered-entity-health-plan', 'health-plan'],
    ['business-associate', 'business-associate'],
    ['phr-vendor', 'health-app'],
    ['covered-entity-provider', undefined],
    ['hybrid-entity', undefined],
  ])('gives a %s the organization type %s', (role, type) => {
    const { answers } = migrateAnswers({ schemaVersion: 1, organization: { name: 'A', role } });
    expect((answers as any).organization.type).toBe(type);
  });

  it('keeps an unfinished draft unfinished: it moves what is there and adds nothing', () => {
    expect(v1ToV2.migrate({ schemaVersion: 1, organization: {} }).answers).toEqual({ schemaVersion: 2, organization: {} });
  });
});
