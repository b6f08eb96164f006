/**
 * Worked cases for the state rules of NH-WY, DC and the territories (NH to the territories).
 * Dates were computed by hand from the statute text; the arithmetic is in each case.
 */
import type { WorkedCase } from './worked-cases-support.ts';

export const stateWorkedCases: WorkedCase[] = [
  {
    "name": "NH nh-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "nh-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NH": 1000
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
    "name": "NH nh-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "nh-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NH": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "NH: medical records only do not trigger the resident notice",
    "rule": "nh-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NH": 40
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "RSA 359-C:19 IV lists no medical data"
  },
  {
    "name": "NJ nj-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "nj-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NJ": 1000
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
    "name": "NJ nj-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "nj-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NJ": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "NJ: medical records only do not trigger the resident notice",
    "rule": "nj-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NJ": 40
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "56:8-161 personal information has no medical element"
  },
  {
    "name": "NM: residents by day 45 after discovery",
    "rule": "nm-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-03-03",
      "residents": {
        "NM": 10
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-04-17"
    },
    "arithmetic": "discovered 2025-03-03 + 45 calendar days: to 2025-03-31 is 28 days (March has 31), 17 more -> 2025-04-17"
  },
  {
    "name": "NM AG: 1,000 residents is not 'more than 1,000'",
    "rule": "nm-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-03-03",
      "residents": {
        "NM": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "more-than 1000: 1000 does not meet it"
  },
  {
    "name": "NM AG: 1,001 residents, due 45 days after discovery",
    "rule": "nm-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-03-03",
      "residents": {
        "NM": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-04-17"
    },
    "arithmetic": "more-than 1000 met; discovered 2025-03-03 + 45 calendar days: 28 days to 2025-03-31, 17 more -> 2025-04-17"
  },
  {
    "name": "NM nm-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "nm-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-03-03",
      "residents": {
        "NM": 1000
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
    "name": "NM nm-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "nm-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-03-03",
      "residents": {
        "NM": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "NY: residents within 30 days after discovery (medical data counts after 2025-03-21)",
    "rule": "ny-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-06-10",
      "residents": {
        "NY": 10
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-07-10"
    },
    "arithmetic": "discovered 2025-06-10 + 30 calendar days: 20 days to 2025-06-30 (June has 30), 10 more -> 2025-07-10"
  },
  {
    "name": "NY ny-consumer-reporting-agencies: 5000 residents is below 'more than 5000'",
    "rule": "ny-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NY": 5000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 5000' (more-than 5000): 5000 does not meet it"
  },
  {
    "name": "NY ny-consumer-reporting-agencies: 5001 residents meets 'more than 5000'",
    "rule": "ny-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NY": 5001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 5000' (more-than 5000): 5001 meets it; clock has no fixed date"
  },
  {
    "name": "NC nc-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "nc-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NC": 1000
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
    "name": "NC nc-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "nc-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "NC": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "ND AG: 250 individuals is not 'exceeds 250'",
    "rule": "nd-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "ND": 250
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "more-than 250 (of total): 250 does not meet it"
  },
  {
    "name": "ND AG: 251 individuals exceeds 250",
    "rule": "nd-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "ND": 251
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "more-than 250 (of total): 251 meets it; no fixed date"
  },
  {
    "name": "OH: residents by day 45 after discovery",
    "rule": "oh-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-01-15",
      "residents": {
        "OH": 20
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-03-01"
    },
    "arithmetic": "discovered 2025-01-15 + 45 calendar days: 16 days to 2025-01-31, 28 more to 2025-02-28 (2025 not a leap year) = 44, 1 more -> 2025-03-01"
  },
  {
    "name": "OH oh-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "oh-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "OH": 1000
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
    "name": "OH oh-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "oh-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "OH": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "OK ok-attorney-general: 499 residents is below '500 or more'",
    "rule": "ok-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "OK": 499
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
    "name": "OK ok-attorney-general: 500 residents meets '500 or more'",
    "rule": "ok-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2026-02-02",
      "residents": {
        "OK": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 500 meets it; clock has no fixed date"
  },
  {
    "name": "OR: residents by day 45 after discovery",
    "rule": "or-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-10-20",
      "residents": {
        "OR": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-12-04"
    },
    "arithmetic": "discovered 2025-10-20 + 45 calendar days: 11 days to 2025-10-31, 30 more to 2025-11-30 = 41, 4 more -> 2025-12-04"
  },
  {
    "name": "OR or-attorney-general: 250 residents is below 'more than 250'",
    "rule": "or-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "OR": 250
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 250' (more-than 250): 250 does not meet it"
  },
  {
    "name": "OR or-attorney-general: 251 residents meets 'more than 250'",
    "rule": "or-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "OR": 251
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 250' (more-than 250): 251 meets it; clock has no fixed date"
  },
  {
    "name": "OR or-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "or-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "OR": 1000
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
    "name": "OR or-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "or-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "OR": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "PA pa-attorney-general: 500 residents is below 'more than 500'",
    "rule": "pa-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "PA": 500
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
    "name": "PA pa-attorney-general: 501 residents meets 'more than 500'",
    "rule": "pa-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "PA": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it; clock has no fixed date"
  },
  {
    "name": "PA: medical records only (private provider) do not trigger the resident notice",
    "rule": "pa-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-05-05",
      "residents": {
        "PA": 40
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "Act 33 of 2024: medical information counts only for State agencies and their contractors"
  },
  {
    "name": "RI: residents by day 45 after confirmation",
    "rule": "ri-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-08-05",
      "determinedOn": "2025-08-05",
      "residents": {
        "RI": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-09-19"
    },
    "arithmetic": "confirmed (and discovered) 2025-08-05 + 45 calendar days: 26 days to 2025-08-31, 19 more -> 2025-09-19"
  },
  {
    "name": "RI ri-attorney-general: 500 residents is below 'more than 500'",
    "rule": "ri-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "RI": 500
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
    "name": "RI ri-attorney-general: 501 residents meets 'more than 500'",
    "rule": "ri-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "RI": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it; clock has no fixed date"
  },
  {
    "name": "RI ri-consumer-reporting-agencies: 500 residents is below 'more than 500'",
    "rule": "ri-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "RI": 500
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
    "name": "RI ri-consumer-reporting-agencies: 501 residents meets 'more than 500'",
    "rule": "ri-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "RI": 501
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 500' (more-than 500): 501 meets it; clock has no fixed date"
  },
  {
    "name": "SC sc-state-regulator: 1000 residents is below 'more than 1000'",
    "rule": "sc-state-regulator",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "SC": 1000
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
    "name": "SC sc-state-regulator: 1001 residents meets 'more than 1000'",
    "rule": "sc-state-regulator",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "SC": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "SC sc-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "sc-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "SC": 1000
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
    "name": "SC sc-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "sc-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "SC": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "SD: residents by day 60 after discovery",
    "rule": "sd-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-04-10",
      "residents": {
        "SD": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-06-09"
    },
    "arithmetic": "discovered 2025-04-10 + 60 calendar days: 20 days to 2025-04-30, 31 more to 2025-05-31 = 51, 9 more -> 2025-06-09"
  },
  {
    "name": "SD sd-attorney-general: 250 residents is below 'more than 250'",
    "rule": "sd-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "SD": 250
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "threshold 'more than 250' (more-than 250): 250 does not meet it"
  },
  {
    "name": "SD sd-attorney-general: 251 residents meets 'more than 250'",
    "rule": "sd-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "SD": 251
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 250' (more-than 250): 251 meets it; clock has no fixed date"
  },
  {
    "name": "TN: residents by day 45 after discovery (year end)",
    "rule": "tn-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-12-20",
      "residents": {
        "TN": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2026-02-03"
    },
    "arithmetic": "discovered 2025-12-20 + 45 calendar days: 11 days to 2025-12-31, 31 more to 2026-01-31 = 42, 3 more -> 2026-02-03"
  },
  {
    "name": "TN tn-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "tn-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "TN": 1000
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
    "name": "TN tn-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "tn-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "TN": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "TX: residents by day 60 after determination",
    "rule": "tx-individuals",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-02-20",
      "determinedOn": "2025-03-03",
      "residents": {
        "TX": 30
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-05-02"
    },
    "arithmetic": "determined 2025-03-03 + 60 calendar days: 28 days to 2025-03-31, 30 more to 2025-04-30 = 58, 2 more -> 2025-05-02"
  },
  {
    "name": "TX AG: 249 residents is below 'at least 250'",
    "rule": "tx-attorney-general",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-02-20",
      "determinedOn": "2025-03-03",
      "residents": {
        "TX": 249
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "at-least 250: 249 does not meet it"
  },
  {
    "name": "TX AG: 250 residents, due 30 days after determination",
    "rule": "tx-attorney-general",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-02-20",
      "determinedOn": "2025-03-03",
      "residents": {
        "TX": 250
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-04-02"
    },
    "arithmetic": "at-least 250 met; determined 2025-03-03 + 30 calendar days: 28 days to 2025-03-31, 2 more -> 2025-04-02"
  },
  {
    "name": "TX tx-consumer-reporting-agencies: 10000 residents is below 'more than 10000'",
    "rule": "tx-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "TX": 10000
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
    "name": "TX tx-consumer-reporting-agencies: 10001 residents meets 'more than 10000'",
    "rule": "tx-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "TX": 10001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 10000' (more-than 10000): 10001 meets it; clock has no fixed date"
  },
  {
    "name": "UT ut-attorney-general: 499 residents is below '500 or more'",
    "rule": "ut-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "UT": 499
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
    "name": "UT ut-attorney-general: 500 residents meets '500 or more'",
    "rule": "ut-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "UT": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 500 meets it; clock has no fixed date"
  },
  {
    "name": "UT ut-cyber-center: 499 residents is below '500 or more'",
    "rule": "ut-cyber-center",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "UT": 499
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
    "name": "UT ut-cyber-center: 500 residents meets '500 or more'",
    "rule": "ut-cyber-center",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "UT": 500
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '500 or more' (at-least 500): 500 meets it; clock has no fixed date"
  },
  {
    "name": "UT ut-consumer-reporting-agencies: 999 residents is below '1000 or more'",
    "rule": "ut-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "UT": 999
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
    "name": "UT ut-consumer-reporting-agencies: 1000 residents meets '1000 or more'",
    "rule": "ut-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "UT": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '1000 or more' (at-least 1000): 1000 meets it; clock has no fixed date"
  },
  {
    "name": "VT: residents by day 45 after discovery",
    "rule": "vt-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-01",
      "residents": {
        "VT": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-06-15"
    },
    "arithmetic": "discovered 2025-05-01 + 45 calendar days: 30 days to 2025-05-31, 15 more -> 2025-06-15"
  },
  {
    "name": "VT AG: preliminary notice within 14 business days of discovery",
    "rule": "vt-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-01",
      "residents": {
        "VT": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-05-21"
    },
    "arithmetic": "discovered Thu 2025-05-01; business days: May 2 (1), 5-9 (2-6), 12-16 (7-11), 19 (12), 20 (13), 21 (14) -> 2025-05-21; no public holiday in between; earlier than the 45-day resident limit, so it binds"
  },
  {
    "name": "VT vt-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "vt-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "VT": 1000
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
    "name": "VT vt-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "vt-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "VT": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "VA va-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "va-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "VA": 1000
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
    "name": "VA va-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "va-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "VA": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "WA: residents by day 30 after discovery",
    "rule": "wa-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-07-15",
      "residents": {
        "WA": 30
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-08-14"
    },
    "arithmetic": "discovered 2025-07-15 + 30 calendar days: 16 days to 2025-07-31, 14 more -> 2025-08-14"
  },
  {
    "name": "WA AG: 500 residents is not 'more than 500'",
    "rule": "wa-attorney-general",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-07-15",
      "residents": {
        "WA": 500
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "more-than 500: 500 does not meet it"
  },
  {
    "name": "WA AG: 501 residents, due 30 days after discovery",
    "rule": "wa-attorney-general",
    "incident": {
      "role": "covered-entity-provider",
      "discoveredOn": "2025-07-15",
      "residents": {
        "WA": 501
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-08-14"
    },
    "arithmetic": "more-than 500 met; discovered 2025-07-15 + 30 calendar days: 16 days to 2025-07-31, 14 more -> 2025-08-14"
  },
  {
    "name": "WV wv-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "wv-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "WV": 1000
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
    "name": "WV wv-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "wv-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "WV": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "WI: residents within 45 days after learning of the acquisition",
    "rule": "wi-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-09-02",
      "residents": {
        "WI": 30
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-10-17"
    },
    "arithmetic": "learned (discovered) 2025-09-02 + 45 calendar days: 28 days to 2025-09-30, 17 more -> 2025-10-17"
  },
  {
    "name": "WI wi-consumer-reporting-agencies: 999 residents is below '1000 or more'",
    "rule": "wi-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "WI": 999
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
    "name": "WI wi-consumer-reporting-agencies: 1000 residents meets '1000 or more'",
    "rule": "wi-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "WI": 1000
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold '1000 or more' (at-least 1000): 1000 meets it; clock has no fixed date"
  },
  {
    "name": "WY: medical records count as personal information",
    "rule": "wy-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "WY": 5
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "40-12-501 lists medical information; prompt clock, no fixed date"
  },
  {
    "name": "DC AG: 49 residents is below '50 or more'",
    "rule": "dc-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "DC": 49
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "at-least 50: 49 does not meet it"
  },
  {
    "name": "DC AG: 50 residents meets '50 or more'",
    "rule": "dc-attorney-general",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "DC": 50
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "at-least 50: 50 meets it; tied to the resident notice, no fixed date"
  },
  {
    "name": "DC dc-consumer-reporting-agencies: 1000 residents is below 'more than 1000'",
    "rule": "dc-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "DC": 1000
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
    "name": "DC dc-consumer-reporting-agencies: 1001 residents meets 'more than 1000'",
    "rule": "dc-consumer-reporting-agencies",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "DC": 1001
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "threshold 'more than 1000' (more-than 1000): 1001 meets it; clock has no fixed date"
  },
  {
    "name": "PR: DACO within 10 days of detection",
    "rule": "pr-state-regulator",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-11-25",
      "residents": {
        "PR": 3
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true,
      "due": "2025-12-05"
    },
    "arithmetic": "detected 2025-11-25 + 10 calendar days: 5 days to 2025-11-30, 5 more -> 2025-12-05"
  },
  {
    "name": "GU: SSN breach triggers resident notice",
    "rule": "gu-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "GU": 3
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": false
    },
    "expect": {
      "applies": true
    },
    "arithmetic": "9 GCA 48.20(f) lists SSN; prompt clock, no fixed date"
  },
  {
    "name": "VI: medical records only do not trigger resident notice",
    "rule": "vi-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-05-05",
      "residents": {
        "VI": 3
      },
      "dataKinds": [
        "medical"
      ],
      "secured": false
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "14 V.I.C. 2209(e) lists SSN, driver's licence and financial account only"
  },
  {
    "name": "NM: encrypted data with the key safe is outside the Act",
    "rule": "nm-individuals",
    "incident": {
      "role": "other",
      "discoveredOn": "2025-03-03",
      "residents": {
        "NM": 10
      },
      "dataKinds": [
        "ssn"
      ],
      "secured": true
    },
    "expect": {
      "applies": false
    },
    "arithmetic": "securedExempt: encrypted data with an uncompromised key is not a breach"
  }
];
