/** The timeline: what the engine hands to the timeline view, the plan and the command line. */
import type { IsoDate } from '../dates/calendar.ts';
import type { CoverageConditions } from '../rules/schema.ts';
import type { Anchor, Jurisdiction, Recipient, UsJurisdiction } from '../vocabulary.ts';

/** A deadline on a calendar date (whole day, no time zone). */
export interface DueDate {
  kind: 'date';
  date: IsoDate;
}

/** A deadline at a moment (hour clocks): in UTC, and in the UTC offset the answers gave. */
export interface DueInstant {
  kind: 'instant';
  utc: string;
  /** The same moment written in the offset of `awareAt`; a daylight-saving change in between is not applied. */
  local: string;
  /** The calendar date of `local`. */
  date: IsoDate;
}

export type Due = DueDate | DueInstant;

/** The event a clock counts from, as found in the answers. */
export interface ClockStart {
  anchor: Anchor;
  date: IsoDate;
  /** Set when the answers lacked the event and another was used (e.g. discovery for determination). */
  note?: string;
}

/** A notice that a law-enforcement delay lets you hold back, and until when. */
export interface LawEnforcementHold {
  citation: string;
  /** Last day of the hold; null when the law's own terms decide (ask counsel). */
  heldUntil: IsoDate | null;
  explanation: string;
}

export type ObligationStatus =
  /** To do: the limit and target say when. */
  | 'open'
  /** The answers record it as sent. */
  | 'sent'
  /** The answers record it as not required, with the reason. */
  | 'not-required'
  /** Cannot be dated until an answer is given (see `waitingFor`). */
  | 'undated';

/** Where a notice stands, as the answers record it: not started when they say nothing. */
export interface NoticeProgress {
  state: 'not-started' | 'drafting' | 'sent' | 'not-required';
  sentOn: IsoDate | null;
  method: string | null;
  reference: string | null;
  /** Why the notice is not required. */
  reason: string | null;
}

/** A date of an obligation that has passed while its notice is still to be sent. */
export type PassedDate = 'target' | 'limit';

export interface Obligation {
  /** Unique in the timeline: the rule id, with `@XX` for a per-State notice (`hipaa-media@TX`). */
  id: string;
  ruleId: string;
  regime: string;
  /** Where the rule comes from. */
  jurisdiction: Jurisdiction;
  /** For a per-State notice under a federal rule: the State. */
  forJurisdiction: UsJurisdiction | null;
  jurisdictionName: string;
  recipient: Recipient;
  /** Who exactly, from the data, with the State of a per-State notice ("...: Texas"). */
  recipientName: string;
  /** The recipient in a few words, for titles and sentences: "the Texas Attorney General", "the media in Texas". */
  recipientShort: string;
  summary: string;
  /** The rule's deadline in the describer's words, e.g. "Without unreasonable delay, at most 60 calendar days after discovery". */
  timing: string;
  /** The legal outer limit; null when the law sets none or it cannot be computed yet. */
  limit: Due | null;
  /** For "without unreasonable delay" clocks: the date to plan for, ahead of the limit. */
  target: Due | null;
  /** Why the target is where it is. */
  targetReason: string | null;
  start: ClockStart | null;
  status: ObligationStatus;
  sentOn: IsoDate | null;
  /** What answer would let the engine date this notice. */
  waitingFor: string | null;
  /** With `today`: whole days from today to the limit (negative when past). */
  daysLeft: number | null;
  /** With `today`, where the law counts the limit in business days: business days from today to it (negative when past). */
  businessDaysLeft: number | null;
  /** With `today`: whole days from today to the planning target (negative when past). */
  targetDaysLeft: number | null;
  overdue: boolean | null;
  /** With `today`: the target and limit that have passed while the notice is still to send. */
  passed: PassedDate[];
  notice: NoticeProgress;
  content: string[];
  method: string[];
  citation: string;
  sourceUrl: string;
  reviewedOn: IsoDate;
  /** Why the rule applies, from the evaluation. */
  why: string[];
  /** How following HIPAA interacts, in words; null when it does not. */
  hipaa: string | null;
  lawEnforcementHold: LawEnforcementHold | null;
  /** Notes from the rule and from the computation. */
  notes: string[];
  warnings: string[];
}

/** A rule considered and set aside, with the reason. */
export interface ConsideredRule {
  ruleId: string;
  regime: string;
  jurisdiction: Jurisdiction;
  recipientName: string;
  citation: string;
  sourceUrl: string;
  reasons: string[];
}

/** A rule that applies but, for a HIPAA entity, is no separate duty. */
export interface SatisfiedRule extends ConsideredRule {
  /** "Satisfied by your HIPAA notice: …" */
  hipaa: string;
}

/** A duty of the owner of the data (the client), which an organization holding it for them supports. */
export interface ClientDuty extends Omit<ConsideredRule, 'reasons'> {
  summary: string;
}

/** The notice a client's agreement asks for: within so many calendar days of discovery. */
export interface ContractDeadline {
  client: string;
  withinDays: number;
  due: IsoDate;
}

export interface NotCoveredJurisdiction {
  jurisdiction: Jurisdiction;
  name: string;
  /** Affected people there. */
  affected: number;
  /** What is not covered; "all of this jurisdiction's law" when no rules file exists. */
  topics: string[];
  message: string;
}

export interface LawEnforcementSummary {
  kind: 'written' | 'oral';
  statedOn: IsoDate | null;
  explanation: string;
  /** Obligation ids held back, with their hold. */
  holds: string[];
  /** Obligation ids the delay does not hold back. */
  doesNotHold: string[];
}

export interface Timeline {
  /** Version of this output shape. */
  format: 1;
  discoveredOn: IsoDate | null;
  today: IsoDate | null;
  obligations: Obligation[];
  satisfiedByHipaa: SatisfiedRule[];
  notApplicable: ConsideredRule[];
  notCovered: NotCoveredJurisdiction[];
  /** Federal or EU topics Breachline does not cover yet. */
  coverageGaps: { jurisdiction: Jurisdiction; topic: string; reason: string; appliesTo?: CoverageConditions }[];
  lawEnforcementDelay: LawEnforcementSummary | null;
  /**
   * For an organization that holds data for clients: the duties this incident gives its clients as owners of the
   * data. They are the clients' to carry out; this organization tells them and supports them.
   */
  clientDuties: ClientDuty[];
  /** What the clients' agreements ask: notice within so many days of discovery. */
  contractDeadlines: ContractDeadline[];
  notes: string[];
}
