import { formatOffset } from '../questionnaire/values.ts';
import { todayLocal } from '../shared/today.ts';

/** This device's present moment as an ISO instant with its UTC offset, as the decision log records it. */
export function localInstant(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayLocal(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${formatOffset(-now.getTimezoneOffset())}`;
}
