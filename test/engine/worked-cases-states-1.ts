/**
 * Worked cases for the state rules of AL-NV (AL to NV).
 * Every date was counted by hand on a calendar from the statute text; the arithmetic is in each case.
 * A relative clock (e.g. "no later than the resident notice") has no fixed date, so those cases assert only whether the rule applies.
 */
import type { WorkedCase } from './worked-cases-support.ts';

export const stateWorkedCases: WorkedCase[] = [
  {
    "name": "AL al-individuals: 45-day outer limit from determination",
    "rule": "al-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-20",
      "determinedOn": "2026-03-02",
      "residents": {
        "AL": 10
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-04-16"
    },
    "arithmetic": "determined 2026-03-02 + 45 calendar days: March has 31, so Mar 31 is day 29; 16 more days -> 2026-04-16"
  },
  {
    "name": "AL al-individuals: medical information alone triggers the Alabama law",
    "rule": "al-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-20",
      "determinedOn": "2026-03-02",
      "residents": {
        "AL": 10
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-04-16"
    },
    "arithmetic": "medical history/treatment is sensitive personally identifying information (8-38-2); same date: 2026-03-02 + 45 = 2026-04-16"
  },
  {
    "name": "AL al-attorney-general: 1000 residents is below 'more than 1000'",
    "rule": "al-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AL": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "AL al-attorney-general: 1001 residents meets 'more than 1000'",
    "rule": "al-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AL": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "AL al-attorney-general: 45-day outer limit from determination",
    "rule": "al-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-20",
      "determinedOn": "2026-03-02",
      "residents": {
        "AL": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-04-16"
    },
    "arithmetic": "'exceeds 1,000': 1001 qualifies; determined 2026-03-02 + 45 calendar days: Mar 31 is day 29, +16 -> 2026-04-16"
  },
  {
    "name": "AL al-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "al-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AL": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "AL al-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "al-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AL": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "AK ak-individuals: medical records alone are not Alaska personal information",
    "rule": "ak-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AK": 50
      },
      "dataKinds": [
        "medical",
        "phi"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "AS 45.48.090(7) lists only SSN, licence/state ID, account/card numbers and access codes: no medical data, so no notice"
  },
  {
    "name": "AK ak-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "ak-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AK": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "AK ak-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "ak-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AK": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "AZ az-individuals: 45 days from determination",
    "rule": "az-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-01-12",
      "determinedOn": "2026-01-20",
      "residents": {
        "AZ": 20
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-03-06"
    },
    "arithmetic": "determined 2026-01-20 + 45 calendar days: Jan 31 is day 11, Feb 28 (2026 not a leap year) is day 39, +6 -> 2026-03-06"
  },
  {
    "name": "AZ az-individuals: leap year",
    "rule": "az-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2028-02-01",
      "determinedOn": "2028-02-10",
      "residents": {
        "AZ": 20
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2028-03-26"
    },
    "arithmetic": "determined 2028-02-10 + 45 calendar days: 2028 is a leap year, Feb 29 is day 19, +26 -> 2028-03-26"
  },
  {
    "name": "AZ az-individuals: HIPAA covered entity is outside the Arizona law",
    "rule": "az-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-01-12",
      "determinedOn": "2026-01-20",
      "residents": {
        "AZ": 20
      },
      "dataKinds": [
        "medical",
        "phi"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "A.R.S. 18-552 does not apply to HIPAA covered entities and business associates (AZ AG FAQ): no Arizona notice"
  },
  {
    "name": "AZ az-individuals: encrypted data with the key safe is not personal information",
    "rule": "az-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-01-12",
      "determinedOn": "2026-01-20",
      "residents": {
        "AZ": 20
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": true
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "personal information excludes encrypted or redacted data elements: secured -> no notice"
  },
  {
    "name": "AZ az-attorney-general: 1000 residents is below 'more than 1000'",
    "rule": "az-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AZ": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "AZ az-attorney-general: 1001 residents meets 'more than 1000'",
    "rule": "az-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AZ": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "AZ az-attorney-general: 45 days from determination",
    "rule": "az-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-01-12",
      "determinedOn": "2026-01-20",
      "residents": {
        "AZ": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-03-06"
    },
    "arithmetic": "1001 > 1000; determined 2026-01-20 + 45: Jan 31 day 11, Feb 28 day 39, +6 -> 2026-03-06"
  },
  {
    "name": "AZ az-consumer-reporting-agencies: 45 days from determination",
    "rule": "az-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-01-12",
      "determinedOn": "2026-01-20",
      "residents": {
        "AZ": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-03-06"
    },
    "arithmetic": "1001 > 1000; determined 2026-01-20 + 45 -> 2026-03-06 (Jan 31 day 11, Feb 28 day 39, +6)"
  },
  {
    "name": "AR ar-attorney-general: 1000 individuals in total is below 'more than 1000'",
    "rule": "ar-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AR": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "AR ar-attorney-general: 1001 individuals in total meets 'more than 1000'",
    "rule": "ar-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AR": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "AR ar-individuals: medical information alone triggers the Arkansas law",
    "rule": "ar-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "AR": 5
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "4-110-103(7)(D) medical information is personal information; prompt clock, no fixed date"
  },
  {
    "name": "CA ca-individuals: 30 calendar days from discovery, HIPAA provider still on the clock",
    "rule": "ca-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-01-15",
      "residents": {
        "CA": 40
      },
      "dataKinds": [
        "medical",
        "phi"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-02-14"
    },
    "arithmetic": "discovered 2026-01-15 + 30 calendar days: Jan 31 is day 16, +14 -> 2026-02-14"
  },
  {
    "name": "CA ca-attorney-general: 500 residents is below 'more than 500'",
    "rule": "ca-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "CA": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 500 does not meet it"
  },
  {
    "name": "CA ca-attorney-general: 501 residents meets 'more than 500'",
    "rule": "ca-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "CA": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it"
  },
  {
    "name": "CA ca-health-facility-cdph: 15 business days after detection",
    "rule": "ca-health-facility-cdph",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-03-02",
      "residents": {
        "CA": 3
      },
      "dataKinds": [
        "medical",
        "phi"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-03-23"
    },
    "arithmetic": "detected Mon 2026-03-02; business days Mar 3,4,5,6 (4), 9-13 (9), 16-20 (14), Mon Mar 23 (15); no federal holiday in the span -> 2026-03-23"
  },
  {
    "name": "CA ca-health-facility-patients: 15 business days across Memorial Day",
    "rule": "ca-health-facility-patients",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-05-20",
      "residents": {
        "CA": 3
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-06-11"
    },
    "arithmetic": "detected Wed 2026-05-20; May 21, 22 (2), Mon May 25 is Memorial Day (skipped), May 26-29 (6), Jun 1-5 (11), Jun 8, 9, 10, 11 (15) -> 2026-06-11"
  },
  {
    "name": "CO co-individuals: 30-day outer limit from determination",
    "rule": "co-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-04-27",
      "determinedOn": "2026-05-04",
      "residents": {
        "CO": 30
      },
      "dataKinds": [
        "health-insurance"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-06-03"
    },
    "arithmetic": "determined 2026-05-04 + 30 calendar days: May 31 is day 27, +3 -> 2026-06-03"
  },
  {
    "name": "CO co-attorney-general: 499 residents is below '500 or more'",
    "rule": "co-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "CO": 499
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 499 does not meet it"
  },
  {
    "name": "CO co-attorney-general: 500 residents meets '500 or more'",
    "rule": "co-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "CO": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 500 meets it"
  },
  {
    "name": "CO co-attorney-general: 30-day outer limit from determination",
    "rule": "co-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-04-27",
      "determinedOn": "2026-05-04",
      "residents": {
        "CO": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-06-03"
    },
    "arithmetic": "500 >= 500; determined 2026-05-04 + 30: May 31 day 27, +3 -> 2026-06-03"
  },
  {
    "name": "CT ct-individuals: 60-day outer limit from discovery",
    "rule": "ct-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-01",
      "residents": {
        "CT": 12
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-04-02"
    },
    "arithmetic": "discovered 2026-02-01 + 60 calendar days: Feb 28 is day 27, Mar 31 day 58, +2 -> 2026-04-02"
  },
  {
    "name": "DE de-individuals: 60-day outer limit from determination",
    "rule": "de-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-06-01",
      "determinedOn": "2026-06-10",
      "residents": {
        "DE": 12
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-08-09"
    },
    "arithmetic": "determined 2026-06-10 + 60 calendar days: Jun 30 is day 20, Jul 31 day 51, +9 -> 2026-08-09"
  },
  {
    "name": "DE de-attorney-general: 500 residents is below 'more than 500'",
    "rule": "de-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "DE": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 500 does not meet it"
  },
  {
    "name": "DE de-attorney-general: 501 residents meets 'more than 500'",
    "rule": "de-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "DE": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it"
  },
  {
    "name": "FL fl-individuals: 30-day outer limit from determination",
    "rule": "fl-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-04-10",
      "determinedOn": "2026-04-15",
      "residents": {
        "FL": 12
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-05-15"
    },
    "arithmetic": "determined 2026-04-15 + 30 calendar days: Apr 30 is day 15, +15 -> 2026-05-15"
  },
  {
    "name": "FL fl-attorney-general: 499 residents is below '500 or more'",
    "rule": "fl-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "FL": 499
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 499 does not meet it"
  },
  {
    "name": "FL fl-attorney-general: 500 residents meets '500 or more'",
    "rule": "fl-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "FL": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 500 meets it"
  },
  {
    "name": "FL fl-attorney-general: 30-day outer limit from determination",
    "rule": "fl-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-04-10",
      "determinedOn": "2026-04-15",
      "residents": {
        "FL": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-05-15"
    },
    "arithmetic": "'500 or more': 500 qualifies; determined 2026-04-15 + 30: Apr 30 day 15, +15 -> 2026-05-15"
  },
  {
    "name": "FL fl-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "fl-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "FL": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "FL fl-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "fl-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "FL": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "GA ga-consumer-reporting-agencies: 10000 residents is below 'more than 10000'",
    "rule": "ga-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "GA": 10000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 10000' (more-than 10000): 10000 does not meet it"
  },
  {
    "name": "GA ga-consumer-reporting-agencies: 10001 residents meets 'more than 10000'",
    "rule": "ga-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "GA": 10001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 10000' (more-than 10000): 10001 meets it"
  },
  {
    "name": "GA ga-individuals: a clinic is not an information broker or government data collector",
    "rule": "ga-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-02-02",
      "residents": {
        "GA": 40
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "O.C.G.A. 10-1-912 binds information brokers and data collectors only; rule limited to role other"
  },
  {
    "name": "HI hi-state-regulator: 1000 residents is below 'more than 1000'",
    "rule": "hi-state-regulator",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "HI": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "HI hi-state-regulator: 1001 residents meets 'more than 1000'",
    "rule": "hi-state-regulator",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "HI": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "HI hi-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "hi-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "HI": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "HI hi-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "hi-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "HI": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "IL il-attorney-general: 500 residents is below 'more than 500'",
    "rule": "il-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IL": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 500 does not meet it"
  },
  {
    "name": "IL il-attorney-general: 501 residents meets 'more than 500'",
    "rule": "il-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IL": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it"
  },
  {
    "name": "IL il-attorney-general-hipaa: 499 individuals in total is below '500 or more'",
    "rule": "il-attorney-general-hipaa",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IL": 499
      },
      "dataKinds": [
        "medical",
        "phi"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 499 does not meet it"
  },
  {
    "name": "IL il-attorney-general-hipaa: 500 individuals in total meets '500 or more'",
    "rule": "il-attorney-general-hipaa",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IL": 500
      },
      "dataKinds": [
        "medical",
        "phi"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 500 meets it"
  },
  {
    "name": "IN in-individuals: 45-day outer limit from discovery",
    "rule": "in-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-07-01",
      "residents": {
        "IN": 12
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-08-15"
    },
    "arithmetic": "discovered 2026-07-01 + 45 calendar days: Jul 31 is day 30, +15 -> 2026-08-15"
  },
  {
    "name": "IN in-attorney-general: same 45-day outer limit from discovery",
    "rule": "in-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-07-01",
      "residents": {
        "IN": 12
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-08-15"
    },
    "arithmetic": "24-4.9-3-3 limit applies to every disclosure under the chapter: 2026-07-01 + 45 -> Jul 31 day 30, +15 -> 2026-08-15"
  },
  {
    "name": "IN in-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "in-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IN": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "IN in-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "in-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IN": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "IA ia-attorney-general: 500 residents is below 'more than 500'",
    "rule": "ia-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IA": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 500 does not meet it"
  },
  {
    "name": "IA ia-attorney-general: 501 residents meets 'more than 500'",
    "rule": "ia-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "IA": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it"
  },
  {
    "name": "KS ks-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "ks-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "KS": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "KS ks-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "ks-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "KS": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "KY ky-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "ky-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "KY": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "KY ky-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "ky-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "KY": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "KY ky-individuals: persons subject to HIPAA are outside KRS 365.732",
    "rule": "ky-individuals",
    "incident": {
      "role": "covered-entity-health-plan",
      "discoveredOn": "2026-02-02",
      "residents": {
        "KY": 40
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "KRS 365.732(8): the section does not apply to persons subject to HIPAA"
  },
  {
    "name": "LA la-individuals: 60-day outer limit from discovery",
    "rule": "la-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-09-01",
      "residents": {
        "LA": 12
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-10-31"
    },
    "arithmetic": "discovered 2026-09-01 + 60 calendar days: Sep 30 is day 29, +31 -> 2026-10-31"
  },
  {
    "name": "ME me-individuals: 30-day outer limit from determination (breach and scope known)",
    "rule": "me-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-10-01",
      "determinedOn": "2026-10-05",
      "residents": {
        "ME": 12
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-11-04"
    },
    "arithmetic": "determined 2026-10-05 + 30 calendar days: Oct 31 is day 26, +4 -> 2026-11-04"
  },
  {
    "name": "ME me-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "me-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "ME": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "ME me-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "me-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "ME": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "MD md-individuals: 45-day outer limit from discovery, across the year end",
    "rule": "md-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-11-20",
      "residents": {
        "MD": 12
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2027-01-04"
    },
    "arithmetic": "discovered 2026-11-20 + 45 calendar days: Nov 30 is day 10, Dec 31 day 41, +4 -> 2027-01-04"
  },
  {
    "name": "MD md-consumer-reporting-agencies: 999 residents is below '1000 or more'",
    "rule": "md-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MD": 999
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold '1000 or more' (at-least 1000): 999 does not meet it"
  },
  {
    "name": "MD md-consumer-reporting-agencies: 1000 residents meets '1000 or more'",
    "rule": "md-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MD": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '1000 or more' (at-least 1000): 1000 meets it"
  },
  {
    "name": "MI mi-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "mi-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MI": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "MI mi-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "mi-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MI": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "MO mo-attorney-general: 1000 residents is below 'more than 1000'",
    "rule": "mo-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MO": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "MO mo-attorney-general: 1001 residents meets 'more than 1000'",
    "rule": "mo-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MO": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "MO mo-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "mo-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MO": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "MO mo-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "mo-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "MO": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  },
  {
    "name": "NV nv-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "nv-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "NV": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1000 does not meet it"
  },
  {
    "name": "NV nv-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "nv-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "NV": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it"
  }
];
