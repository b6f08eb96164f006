/**
 * The engine's timeline as rows for the notification table and the visual timeline: dates in words, days left or
 * overdue, law-enforcement holds, and where each deadline sits between discovery and the last deadline.
 */
import { daysBetween, longDate } from '../../engine/dates/calendar.ts';
import { dueWords } from '../../engine/timeline/due-words.ts';
import type { Due, Obligation, Timeline } from '../../engine/timeline/types.ts';
import { days } from './values.ts';

export interface TimelineRow {
  id: string;
  recipient: string;
  jurisdiction: string;
  target: string;
  limit: string;
  /** "12 days left", "Overdue by 3 days", "Due today", "Sent on …", or why it cannot be dated. */
  remaining: string;
  overdue: boolean;
  citation: string;
  sourceUrl: string;
  /** The rule's deadline in the engine describer's words. */
  deadline: string;
  /** "Held back by the law-enforcement delay until …", when a delay applies. */
  hold: string | null;
  /** The limit's calendar date, for the visual timeline. */
  limitDate: string | null;
  targetDate: string | null;
}

/** A deadline in words (the engine's `dueWords`), or "None set". */
export function dueText(due: Due | null): string {
  return due ? dueWords(due) : 'None set';
}

/** Days left or overdue, in words that do not need colour. */
export function remainingText(obligation: Obligation): string {
  if (obligation.status === 'sent') return obligation.sentOn ? `Sent on ${longDate(obligation.sentOn)}` : 'Sent';
  if (obligation.status === 'not-required') return 'Not required';
  if (obligation.status === 'undated' || obligation.daysLeft === null) {
    return obligation.waitingFor ? `Not dated yet: ${obligation.waitingFor}` : 'No date set by this law';
  }
  if (obligation.overdue || obligation.daysLeft < 0) return `Overdue by ${days(Math.abs(obligation.daysLeft))}`;
  if (obligation.daysLeft === 0) return 'Due today';
  return `${days(obligation.daysLeft)} left`;
}

export function holdText(obligation: Obligation): string | null {
  const hold = obligation.lawEnforcementHold;
  if (!hold) return null;
  return hold.heldUntil
    ? `Held back by the law-enforcement delay until ${longDate(hold.heldUntil)} (${hold.citation}).`
    : `Held back by the law-enforcement delay for as long as the law allows: ask counsel (${hold.citation}).`;
}

export function timelineRows(timeline: Timeline): TimelineRow[] {
  return timeline.obligations.map((obligation) => ({
    id: obligation.id,
    recipient: obligation.recipientName,
    jurisdiction: obligation.jurisdictionName,
    target: dueText(obligation.target),
    limit: dueText(obligation.limit),
    remaining: remainingText(obligation),
    overdue: obligation.status === 'open' && obligation.overdue === true,
    citation: obligation.citation,
    sourceUrl: obligation.sourceUrl,
    deadline: obligation.timing,
    hold: holdText(obligation),
    limitDate: obligation.limit?.date ?? null,
    targetDate: obligation.target?.date ?? null,
  }));
}

export interface Scale {
  start: string;
  end: string;
  /** Position of a date between start (0) and end (100), clamped. */
  at: (date: string) => number;
}

/** The visual timeline's scale: from discovery to the last deadline or today, whichever is later. */
export function scaleFor(discoveredOn: string, today: string, dates: readonly string[]): Scale {
  const end = [today, ...dates].reduce((latest, date) => (date > latest ? date : latest), discoveredOn);
  const span = Math.max(1, daysBetween(discoveredOn, end));
  return {
    start: discoveredOn,
    end,
    at: (date) => Math.min(100, Math.max(0, (daysBetween(discoveredOn, date) / span) * 100)),
  };
}
