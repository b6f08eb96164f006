/** An obligation's place in a live incident, in words: its state, its countdown, its hold. */
import { longDate } from '../dates/calendar.ts';
import type { Obligation } from '../timeline/types.ts';
import { dayCount } from '../words.ts';

/** "Not started", "Drafting", "Sent on March 28, 2025 by first-class mail (reference 7)", "Not required: …". */
export function noticeStateWords(obligation: Obligation): string {
  const notice = obligation.notice;
  switch (notice.state) {
    case 'not-started':
      return 'Not started';
    case 'drafting':
      return 'Drafting';
    case 'sent': {
      const how = notice.method ? ` by ${notice.method}` : '';
      const reference = notice.reference ? ` (reference ${notice.reference})` : '';
      return `Sent${notice.sentOn ? ` on ${longDate(notice.sentOn)}` : ''}${how}${reference}`;
    }
    case 'not-required':
      return notice.reason ? `Not required: ${notice.reason}` : 'Not required';
  }
}

/** "12 days left (8 business days)", "Due today", "Limit passed 3 days ago", or why there is no countdown. */
export function countdownWords(obligation: Obligation): string {
  if (obligation.status === 'sent' || obligation.status === 'not-required') return 'Closed';
  if (obligation.daysLeft === null) {
    if (obligation.targetDaysLeft !== null) {
      return obligation.targetDaysLeft < 0 ? `Target passed ${dayCount(-obligation.targetDaysLeft)} ago` : `${dayCount(obligation.targetDaysLeft)} to the target`;
    }
    return obligation.waitingFor ? `Not dated yet: ${obligation.waitingFor}` : 'No date set by this law';
  }
  if (obligation.daysLeft < 0) return `Limit passed ${dayCount(-obligation.daysLeft)} ago`;
  if (obligation.daysLeft === 0) return 'Due today';
  const business = obligation.businessDaysLeft === null ? '' : ` (${obligation.businessDaysLeft} business ${obligation.businessDaysLeft === 1 ? 'day' : 'days'})`;
  return `${dayCount(obligation.daysLeft)} left${business}`;
}

/** "On hold for law enforcement until April 1, 2025 (45 CFR 164.412)", or null without a hold. */
export function holdWords(obligation: Obligation): string | null {
  const hold = obligation.lawEnforcementHold;
  if (!hold || obligation.status === 'sent' || obligation.status === 'not-required') return null;
  return hold.heldUntil
    ? `On hold for law enforcement until ${longDate(hold.heldUntil)} (${hold.citation})`
    : `On hold for law enforcement for as long as the law allows: ask counsel (${hold.citation})`;
}
