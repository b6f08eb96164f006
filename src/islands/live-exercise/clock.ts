import { todayLocal } from '../shared/today.ts';

/** "1:02:05" or "12:05": a clock a room can read at a glance. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** "1 hour 2 minutes 5 seconds": the same time in words, for screen readers. */
export function clockWords(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const parts: [number, string][] = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  const words = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  return words.length ? words.join(' ') : '0 seconds';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date of an instant, as the review form writes dates. */
export const localDate = (ms: number): string => todayLocal(new Date(ms));

/** The local date and time of an instant, as the review form writes a timeline entry's "when". */
export const localWhen = (ms: number): string => {
  const d = new Date(ms);
  return `${localDate(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
