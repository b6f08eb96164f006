/** fast-check generators for valid answers, for the property tests. */
import fc from 'fast-check';
import type { Answers } from '../../../src/engine/answers/schema.ts';
import { addDays, fromDayNumber, toDayNumber } from '../../../src/engine/dates/calendar.ts';
import { DATA_KINDS, US_JURISDICTION_CODES, type Role } from '../../../src/engine/vocabulary.ts';
import { answersFor, type WorkedCaseIncident } from '../worked-cases-support.ts';

const ROLES_UNDER_TEST: Role[] = [
  'covered-entity-provider',
  'covered-entity-health-plan',
  'business-associate',
  'hybrid-entity',
  'phr-vendor',
  'other',
];

const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') }).map(fromDayNumber);
const count = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(249, 250, 251, 499, 500, 501, 1000, 1001));
const offsets = ['-10:00', '-05:00', '+00:00', '+01:00', '+05:30', '+14:00'];

export const incidentArbitrary: fc.Arbitrary<WorkedCaseIncident> = fc
  .record({
    role: fc.constantFrom(...ROLES_UNDER_TEST),
    discoveredOn: day,
    residents: fc.dictionary(fc.constantFrom(...US_JURISDICTION_CODES), count, { maxKeys: 6 }),
    EU: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    unknownLocation: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    dataKinds: fc.uniqueArray(fc.constantFrom(...DATA_KINDS), { minLength: 1, maxLength: 5 }),
    secured: fc.boolean(),
    determinedAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    materialAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    aware: fc.option(fc.record({ hour: fc.integer({ min: 0, max: 23 }), offset: fc.constantFrom(...offsets) }), { nil: undefined }),
    delay: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constant('written' as const), endsAfter: fc.integer({ min: 0, max: 120 }) }),
        fc.record({ kind: fc.constant('oral' as const), statedAfter: fc.integer({ min: 0, max: 20 }) }),
      ),
      { nil: undefined },
    ),
    publiclyTraded: fc.boolean(),
    part2Program: fc.boolean(),
    gdprRole: fc.option(fc.constantFrom('controller' as const, 'processor' as const), { nil: undefined }),
    euHighRisk: fc.option(fc.boolean(), { nil: undefined }),
    holdsDataFor: fc.option(fc.constantFrom('itself' as const, 'clients' as const, 'both' as const), { nil: undefined }),
  })
  .map((r) => {
    const incident: WorkedCaseIncident = {
      role: r.role,
      discoveredOn: r.discoveredOn,
      residents: r.residents,
      dataKinds: r.dataKinds,
      secured: r.secured,
      organization: {
        publiclyTraded: r.publiclyTraded,
        part2Program: r.part2Program,
        euDataSubjects: (r.EU ?? 0) > 0,
        ...(r.gdprRole ? { gdprRole: r.gdprRole } : {}),
        ...(r.holdsDataFor ? { holdsDataFor: r.holdsDataFor } : {}),
      },
    };
    if (r.EU !== undefined) incident.EU = r.EU;
    if (r.unknownLocation !== undefined) incident.unknownLocation = r.unknownLocation;
    if (r.euHighRisk !== undefined) incident.euHighRisk = r.euHighRisk;
    if (r.determinedAfter !== undefined) incident.determinedOn = addDays(r.discoveredOn, r.determinedAfter);
    if (r.materialAfter !== undefined) incident.secMaterialityDeterminedOn = addDays(r.discoveredOn, r.materialAfter);
    if (r.aware) {
      // A local time on the discovery date, in the chosen offset.
      incident.awareAt = `${r.discoveredOn}T${String(r.aware.hour).padStart(2, '0')}:15:00${r.aware.offset === '+00:00' ? 'Z' : r.aware.offset}`;
    }
    if (r.delay?.kind === 'written') incident.lawEnforcementDelay = { kind: 'written', endsOn: addDays(r.discoveredOn, r.delay.endsAfter) };
    if (r.delay?.kind === 'oral') incident.lawEnforcementDelay = { kind: 'oral', statedOn: addDays(r.discoveredOn, r.delay.statedAfter) };
    return incident;
  });

export const answersArbitrary: fc.Arbitrary<Answers> = incidentArbitrary.map(answersFor);
