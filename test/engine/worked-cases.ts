/**
 * Worked cases for the federal and EU rules (content/rules/federal.json). Every expected date was computed by
 * hand from the regulation's text; the arithmetic is in each case. Format: see worked-cases-support.ts.
 */
import type { WorkedCase, WorkedCaseIncident } from './worked-cases-support.ts';

const provider = (overrides: Partial<WorkedCaseIncident>): WorkedCaseIncident => ({
  role: 'covered-entity-provider',
  discoveredOn: '2024-02-10',
  residents: { TX: 100 },
  dataKinds: ['phi'],
  secured: false,
  ...overrides,
});

const phrVendor = (overrides: Partial<WorkedCaseIncident>): WorkedCaseIncident => ({
  role: 'phr-vendor',
  discoveredOn: '2025-01-10',
  residents: { TX: 100 },
  dataKinds: ['medical'],
  secured: false,
  ...overrides,
});

const publicCompany = (secMaterialityDeterminedOn: string | undefined): WorkedCaseIncident =>
  provider({
    discoveredOn: '2020-01-02',
    secMaterialityDeterminedOn,
    organization: { publiclyTraded: true },
  });

const euController = (overrides: Partial<WorkedCaseIncident>): WorkedCaseIncident =>
  provider({ EU: 10, organization: { euDataSubjects: true, gdprRole: 'controller' }, ...overrides });

const part2 = (overrides: Partial<WorkedCaseIncident>): WorkedCaseIncident =>
  provider({ dataKinds: ['sud-records'], organization: { part2Program: true }, ...overrides });

export const federalWorkedCases: WorkedCase[] = [
  // HIPAA individuals, 45 CFR 164.404(b): no later than 60 calendar days after discovery.
  {
    name: 'leap February: 60 days from 2024-02-10',
    rule: 'hipaa-individuals',
    incident: provider({ discoveredOn: '2024-02-10' }),
    expect: { applies: true, due: '2024-04-10', target: '2024-03-11' },
    arithmetic:
      'discovered 2024-02-10; Feb has 29 days in 2024: to Feb 29 is 19 days, to Mar 31 is 50, 10 more -> 2024-04-10. Target day 30: 19 to Feb 29, 11 more -> 2024-03-11',
  },
  {
    name: 'common February: 60 days from 2023-02-10',
    rule: 'hipaa-individuals',
    incident: provider({ discoveredOn: '2023-02-10' }),
    expect: { applies: true, due: '2023-04-11' },
    arithmetic: 'discovered 2023-02-10; Feb has 28 days: to Feb 28 is 18 days, to Mar 31 is 49, 11 more -> 2023-04-11',
  },
  {
    name: 'across the new year',
    rule: 'hipaa-individuals',
    incident: provider({ discoveredOn: '2024-12-15' }),
    expect: { applies: true, due: '2025-02-13' },
    arithmetic: 'discovered 2024-12-15; to Dec 31 is 16 days, to Jan 31 is 47, 13 more -> 2025-02-13',
  },
  {
    name: 'discovered on a leap day',
    rule: 'hipaa-individuals',
    incident: provider({ discoveredOn: '2024-02-29' }),
    expect: { applies: true, due: '2024-04-29' },
    arithmetic: 'discovered 2024-02-29; to Mar 31 is 31 days, to Apr 30 would be 61, so day 60 is 2024-04-29',
  },
  {
    name: 'safe harbor: data secured under HHS guidance needs no notice',
    rule: 'hipaa-individuals',
    incident: provider({ secured: true }),
    expect: { applies: false },
    arithmetic: '164.402: only unsecured PHI is a breach requiring notice; secured = encrypted (key safe) or destroyed',
  },
  {
    name: 'safe harbor also removes the HHS notice',
    rule: 'hipaa-hhs-under-500',
    incident: provider({ secured: true }),
    expect: { applies: false },
    arithmetic: '164.408 applies to breaches of unsecured PHI only',
  },
  {
    name: 'a business associate does not notify individuals itself',
    rule: 'hipaa-individuals',
    incident: provider({ role: 'business-associate' }),
    expect: { applies: false },
    arithmetic: '164.404 binds covered entities; a business associate notifies the covered entity (164.410)',
  },
  {
    name: 'business associate to covered entity, 60 days',
    rule: 'hipaa-business-associate',
    incident: provider({ role: 'business-associate', discoveredOn: '2025-06-01' }),
    expect: { applies: true, due: '2025-07-31', target: '2025-07-01' },
    arithmetic:
      'discovered 2025-06-01; to Jun 30 is 29 days, to Jul 31 is 60 -> 2025-07-31. Target day 30: 29 to Jun 30, 1 more -> 2025-07-01',
  },
  {
    name: 'card numbers alone are not marked as health data',
    rule: 'hipaa-individuals',
    incident: provider({ dataKinds: ['financial-account'] }),
    expect: { applies: false },
    arithmetic: 'the rule covers PHI and health data kinds; none was marked (the timeline adds a note to check)',
  },
  // HHS, 45 CFR 164.408(b) and (c): "500 or more" in total versus "less than 500".
  {
    name: '499 individuals is under the 500 threshold',
    rule: 'hipaa-hhs-500-or-more',
    incident: provider({ residents: { TX: 499 } }),
    expect: { applies: false },
    arithmetic: '499 < 500',
  },
  {
    name: '499 individuals go on the annual log: 2025-03-01',
    rule: 'hipaa-hhs-under-500',
    incident: provider({ discoveredOn: '2024-03-01', residents: { TX: 499 } }),
    expect: { applies: true, due: '2025-03-01' },
    arithmetic: 'end of 2024 = 2024-12-31; +60: Jan has 31 (31), Feb 2025 has 28 (59 = Feb 28), day 60 -> 2025-03-01',
  },
  {
    name: '500 individuals exactly: HHS with the individual notices',
    rule: 'hipaa-hhs-500-or-more',
    incident: provider({ discoveredOn: '2024-05-01', residents: { TX: 500 } }),
    expect: { applies: true, due: '2024-06-30', target: '2024-05-31' },
    arithmetic:
      '500 >= 500; contemporaneous with individual notice, whose limit is discovered 2024-05-01 + 60: to May 31 is 30, to Jun 30 is 60 -> 2024-06-30; target the individual target, day 30 -> 2024-05-31',
  },
  {
    name: '500 individuals exactly is not on the annual log',
    rule: 'hipaa-hhs-under-500',
    incident: provider({ residents: { TX: 500 } }),
    expect: { applies: false },
    arithmetic: '500 is not less than 500',
  },
  {
    name: '500 in total across two States counts for HHS',
    rule: 'hipaa-hhs-500-or-more',
    incident: provider({ discoveredOn: '2024-05-01', residents: { TX: 250, CA: 250 } }),
    expect: { applies: true, due: '2024-06-30' },
    arithmetic: '250 + 250 = 500 individuals in total; limit as above -> 2024-06-30',
  },
  {
    name: 'people with no known location count toward the 500',
    rule: 'hipaa-hhs-500-or-more',
    incident: provider({ discoveredOn: '2024-05-01', residents: { TX: 400 }, unknownLocation: 100 }),
    expect: { applies: true, due: '2024-06-30' },
    arithmetic: '400 + 100 unknown = 500 in total; limit 2024-06-30 as above',
  },
  {
    name: 'annual log for a 2023 discovery ends on leap day 2024-02-29',
    rule: 'hipaa-hhs-under-500',
    incident: provider({ discoveredOn: '2023-07-04' }),
    expect: { applies: true, due: '2024-02-29' },
    arithmetic: 'end of 2023 = 2023-12-31; +60: Jan 31 days (31), Feb 2024 has 29 (60 = Feb 29) -> 2024-02-29',
  },
  {
    name: 'discovered on 31 December: still that year’s log',
    rule: 'hipaa-hhs-under-500',
    incident: provider({ discoveredOn: '2024-12-31' }),
    expect: { applies: true, due: '2025-03-01' },
    arithmetic: 'calendar year of discovery is 2024; 2024-12-31 + 60 = 2025-03-01 (31 + 28 + 1)',
  },
  {
    name: 'discovered on 1 January: the log is due more than a year later',
    rule: 'hipaa-hhs-under-500',
    incident: provider({ discoveredOn: '2025-01-01' }),
    expect: { applies: true, due: '2026-03-01' },
    arithmetic: 'calendar year 2025; 2025-12-31 + 60: 31 (Jan) + 28 (Feb 2026) = 59, day 60 -> 2026-03-01',
  },
  // Media, 45 CFR 164.406: MORE than 500 residents of a State or jurisdiction.
  {
    name: '500 Texas residents is not more than 500',
    rule: 'hipaa-media',
    incident: provider({ residents: { TX: 500 } }),
    expect: { applies: false },
    arithmetic: '500 is not more than 500',
  },
  {
    name: '501 Texas residents: Texas media',
    rule: 'hipaa-media',
    incident: provider({ discoveredOn: '2024-01-15', residents: { TX: 501 } }),
    expect: { applies: true, jurisdiction: 'TX', due: '2024-03-15', target: '2024-02-14' },
    arithmetic:
      '501 > 500; discovered 2024-01-15: to Jan 31 is 16, to Feb 29 is 45, 15 more -> 2024-03-15. Target day 30: 16 to Jan 31, 14 more -> 2024-02-14',
  },
  {
    name: 'a second State over 500 gets its own media notice',
    rule: 'hipaa-media',
    incident: provider({ discoveredOn: '2024-01-15', residents: { TX: 501, CA: 900 } }),
    expect: { applies: true, jurisdiction: 'CA', due: '2024-03-15' },
    arithmetic: 'CA 900 > 500; same 60-day limit from 2024-01-15 -> 2024-03-15',
  },
  {
    name: 'residents of two States are not added together for media',
    rule: 'hipaa-media',
    incident: provider({ residents: { TX: 400, OK: 400 } }),
    expect: { applies: false },
    arithmetic: '800 in total but no single State has more than 500',
  },
  // SEC Form 8-K Item 1.05: 4 business days after the materiality determination.
  {
    name: 'over Thanksgiving 2024',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany('2024-11-27'),
    expect: { applies: true, due: '2024-12-04' },
    arithmetic: 'determined Wed 2024-11-27; Thu 28 Thanksgiving skipped; Fri 29 (1), Mon Dec 2 (2), Tue 3 (3), Wed 4 (4)',
  },
  {
    name: 'over Christmas 2024',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany('2024-12-20'),
    expect: { applies: true, due: '2024-12-27' },
    arithmetic: 'determined Fri 2024-12-20; Mon 23 (1), Tue 24 (2), Wed 25 Christmas skipped, Thu 26 (3), Fri 27 (4)',
  },
  {
    name: 'New Year’s Day 2022 on a Saturday is observed Friday 2021-12-31',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany('2021-12-28'),
    expect: { applies: true, due: '2022-01-04' },
    arithmetic:
      'determined Tue 2021-12-28; Wed 29 (1), Thu 30 (2), Fri 31 observed holiday skipped, weekend, Mon Jan 3 (3), Tue Jan 4 (4)',
  },
  {
    name: 'Juneteenth 2022 on a Sunday is observed Monday 2022-06-20',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany('2022-06-16'),
    expect: { applies: true, due: '2022-06-23' },
    arithmetic: 'determined Thu 2022-06-16; Fri 17 (1), weekend, Mon 20 observed skipped, Tue 21 (2), Wed 22 (3), Thu 23 (4)',
  },
  {
    name: 'Juneteenth 2027 on a Saturday is observed Friday 2027-06-18',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany('2027-06-16'),
    expect: { applies: true, due: '2027-06-23' },
    arithmetic: 'determined Wed 2027-06-16; Thu 17 (1), Fri 18 observed skipped, weekend, Mon 21 (2), Tue 22 (3), Wed 23 (4)',
  },
  {
    name: 'Veterans Day 2023 on a Saturday is observed Friday 2023-11-10',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany('2023-11-09'),
    expect: { applies: true, due: '2023-11-16' },
    arithmetic: 'determined Thu 2023-11-09; Fri 10 observed skipped, weekend, Mon 13 (1), Tue 14 (2), Wed 15 (3), Thu 16 (4)',
  },
  {
    name: 'no materiality determination yet: no date',
    rule: 'sec-8k-item-1-05',
    incident: publicCompany(undefined),
    expect: { applies: true, due: null, target: null },
    arithmetic: 'the clock starts only at the materiality determination, which is not recorded',
  },
  {
    name: 'a private company files nothing',
    rule: 'sec-8k-item-1-05',
    incident: provider({ secMaterialityDeterminedOn: '2024-02-20' }),
    expect: { applies: false },
    arithmetic: 'Item 1.05 applies to registrants (publicly traded) only',
  },
  // GDPR Art. 33: 72 hours from awareness, as elapsed time.
  {
    name: '72 hours across the EU daylight-saving change (2024-03-31)',
    rule: 'gdpr-supervisory-authority',
    incident: euController({ discoveredOn: '2024-03-30', awareAt: '2024-03-30T10:00:00+01:00' }),
    expect: { applies: true, dueInstant: '2024-04-02T09:00:00Z', target: '2024-03-31' },
    arithmetic:
      'aware 2024-03-30 10:00 CET = 09:00Z; +72 h = 2024-04-02 09:00Z (11:00 CEST, not 10:00: clocks went forward). Target +36 h = 2024-03-31 21:00Z = 22:00 at +01:00, on 2024-03-31',
  },
  {
    name: '72 hours across the US daylight-saving change (2024-03-10)',
    rule: 'gdpr-supervisory-authority',
    incident: euController({ discoveredOn: '2024-03-09', awareAt: '2024-03-09T12:00:00-05:00' }),
    expect: { applies: true, dueInstant: '2024-03-12T17:00:00Z' },
    arithmetic: 'aware 2024-03-09 12:00 EST = 17:00Z; +72 h = 2024-03-12 17:00Z (13:00 EDT)',
  },
  {
    name: 'no time of awareness: counted from the earliest moment of the discovery date',
    rule: 'gdpr-supervisory-authority',
    incident: euController({ discoveredOn: '2024-06-10' }),
    expect: { applies: true, dueInstant: '2024-06-12T10:00:00Z' },
    arithmetic: '2024-06-10 00:00 at UTC+14 = 2024-06-09 10:00Z; +72 h = 2024-06-12 10:00Z',
  },
  {
    name: 'no one in the EU/EEA affected',
    rule: 'gdpr-supervisory-authority',
    incident: euController({ EU: 0 }),
    expect: { applies: false },
    arithmetic: 'Art. 33 is about personal data of people in the EU/EEA; 0 recorded',
  },
  {
    name: 'a processor tells the controller, not the authority',
    rule: 'gdpr-supervisory-authority',
    incident: provider({ EU: 10, organization: { euDataSubjects: true, gdprRole: 'processor' } }),
    expect: { applies: false },
    arithmetic: 'Art. 33(1) binds the controller; Art. 33(2) the processor',
  },
  {
    name: 'processor to controller has no hour count',
    rule: 'gdpr-processor-to-controller',
    incident: provider({ EU: 10, organization: { euDataSubjects: true, gdprRole: 'processor' } }),
    expect: { applies: true, due: null, target: null },
    arithmetic: 'Art. 33(2): "without undue delay", no fixed period',
  },
  {
    name: 'encrypted data: no communication to data subjects',
    rule: 'gdpr-data-subjects',
    incident: euController({ euHighRisk: true, secured: true }),
    expect: { applies: false },
    arithmetic: 'Art. 34(3)(a): not required where the data was unintelligible (encrypted)',
  },
  {
    name: 'high risk, unencrypted: tell data subjects without undue delay',
    rule: 'gdpr-data-subjects',
    incident: euController({ euHighRisk: true }),
    expect: { applies: true, due: null },
    arithmetic: 'Art. 34(1): high risk -> communicate without undue delay; no fixed period',
  },
  // Law-enforcement delay, 45 CFR 164.412: shown as a hold, the limit itself does not move.
  {
    name: 'written statement holds the notice until the date it gives',
    rule: 'hipaa-individuals',
    incident: provider({ lawEnforcementDelay: { kind: 'written', statedOn: '2024-02-15', endsOn: '2024-05-15' } }),
    expect: { applies: true, due: '2024-04-10', heldUntil: '2024-05-15' },
    arithmetic: '164.412(a): the period the written statement specifies -> held until 2024-05-15; limit without delay 2024-04-10',
  },
  {
    name: 'oral statement holds the notice for at most 30 days',
    rule: 'hipaa-individuals',
    incident: provider({ lawEnforcementDelay: { kind: 'oral', statedOn: '2024-02-20' } }),
    expect: { applies: true, due: '2024-04-10', heldUntil: '2024-03-21' },
    arithmetic: '164.412(b): 30 days from 2024-02-20: to Feb 29 is 9 days, 21 more -> 2024-03-21',
  },
  {
    name: 'the media notice is held too',
    rule: 'hipaa-media',
    incident: provider({ residents: { TX: 600 }, lawEnforcementDelay: { kind: 'oral', statedOn: '2024-02-20' } }),
    expect: { applies: true, jurisdiction: 'TX', due: '2024-04-10', heldUntil: '2024-03-21' },
    arithmetic: '164.412 covers every notice in subpart D; 2024-02-20 + 30 -> 2024-03-21',
  },
  {
    name: 'a HIPAA delay does not hold the SEC filing',
    rule: 'sec-8k-item-1-05',
    incident: provider({
      secMaterialityDeterminedOn: '2024-02-20',
      organization: { publiclyTraded: true },
      lawEnforcementDelay: { kind: 'written', endsOn: '2024-05-15' },
    }),
    expect: { applies: true, due: '2024-02-26', heldUntil: null },
    arithmetic: 'Item 1.05 delay needs the US Attorney General; determined Tue 2024-02-20: Wed 21 (1), Thu 22 (2), Fri 23 (3), Mon 26 (4)',
  },
  // Chained deadlines.
  {
    name: 'HHS notice follows the date the individual notices were actually sent',
    rule: 'hipaa-hhs-500-or-more',
    incident: provider({ residents: { TX: 700 }, noticesSent: { 'hipaa-individuals': { sentOn: '2024-03-01' } } }),
    expect: { applies: true, due: '2024-03-01' },
    arithmetic: 'contemporaneously with individual notice, sent 2024-03-01; earlier than the 60-day limit 2024-04-10',
  },
  // FTC Health Breach Notification Rule (16 CFR 318), as amended in 2024.
  {
    name: 'FTC: 500 or more, with the individual notices',
    rule: 'ftc-hbnr-ftc-500-or-more',
    incident: phrVendor({ residents: { TX: 500 } }),
    expect: { applies: true, due: '2025-03-11' },
    arithmetic: 'discovered 2025-01-10; to Jan 31 is 21, to Feb 28 is 49, 11 more -> 2025-03-11',
  },
  {
    name: 'FTC: 499 go on the annual notice',
    rule: 'ftc-hbnr-ftc-under-500',
    incident: phrVendor({ residents: { TX: 499 } }),
    expect: { applies: true, due: '2026-03-01' },
    arithmetic: 'end of 2025 + 60: 31 + 28 (Feb 2026) = 59, day 60 -> 2026-03-01',
  },
  {
    name: 'FTC media: 500 residents of one State is enough',
    rule: 'ftc-hbnr-media',
    incident: phrVendor({ residents: { TX: 500 } }),
    expect: { applies: true, jurisdiction: 'TX', due: '2025-03-11' },
    arithmetic: '500 >= 500 (at least); 2025-01-10 + 60 -> 2025-03-11',
  },
  {
    name: 'FTC media: 499 residents is not',
    rule: 'ftc-hbnr-media',
    incident: phrVendor({ residents: { TX: 499 } }),
    expect: { applies: false },
    arithmetic: '499 < 500',
  },
  {
    name: 'FTC: breaches before the 2024 amendments are not modelled',
    rule: 'ftc-hbnr-individuals',
    incident: phrVendor({ discoveredOn: '2024-07-28' }),
    expect: { applies: false },
    arithmetic: 'in force from 2024-07-29; 2024-07-28 is the day before',
  },
  {
    name: 'FTC rule does not bind a HIPAA covered entity',
    rule: 'ftc-hbnr-individuals',
    incident: phrVendor({ role: 'covered-entity-provider' }),
    expect: { applies: false },
    arithmetic: '16 CFR 318.1: not HIPAA covered entities or business associates',
  },
  // 42 CFR Part 2, 2.16(b): HIPAA subpart D applied to Part 2 programs, from the 2026-02-16 compliance date.
  {
    name: 'Part 2: compliance date 2026-02-16',
    rule: 'part2-individuals',
    incident: part2({ discoveredOn: '2026-02-16' }),
    expect: { applies: true, due: '2026-04-17' },
    arithmetic: 'discovered 2026-02-16; to Feb 28 is 12, to Mar 31 is 43, 17 more -> 2026-04-17',
  },
  {
    name: 'Part 2: the day before the compliance date',
    rule: 'part2-individuals',
    incident: part2({ discoveredOn: '2026-02-15' }),
    expect: { applies: false },
    arithmetic: '2026-02-15 < 2026-02-16',
  },
  {
    name: 'Part 2: HHS with the patient notices',
    rule: 'part2-hhs-500-or-more',
    incident: part2({ discoveredOn: '2026-03-02', residents: { TX: 800 } }),
    expect: { applies: true, due: '2026-05-01' },
    arithmetic: 'discovered 2026-03-02; to Mar 31 is 29, to Apr 30 is 59, 1 more -> 2026-05-01',
  },
  {
    name: 'Part 2: not a Part 2 program',
    rule: 'part2-individuals',
    incident: provider({ dataKinds: ['sud-records'], discoveredOn: '2026-03-02' }),
    expect: { applies: false },
    arithmetic: '2.16 binds Part 2 programs; HIPAA still applies through hipaa-individuals',
  },
];
