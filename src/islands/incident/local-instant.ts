import { formatOffset } from '../questionnaire/values.ts';

/** This device's present moment as an ISO instant with its UTC offset, as the decision log records it. */
export function localInstant(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${formatOffset(-now.getTimezoneOffset())}`;
}
