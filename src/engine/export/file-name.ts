/**
 * The name of every file Breachline makes: the organization, what the file is, and the date, so that one download
 * does not overwrite the last and a folder of them sorts by organization and date. No control or bidirectional
 * character survives (a name typed with U+202E would otherwise show a false extension), nor any character a file
 * system refuses.
 */
import { withoutBidiControls } from '../document/user-text.ts';

const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2028\u2029\uFEFF/\\:*?"<>|]/g;

/** The organization's name as a file-name part: letters and digits of any script, joined by dashes, at most 60 characters. */
export function fileNamePart(text: string): string {
  return withoutBidiControls(text)
    .replace(UNSAFE, ' ')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export interface FileNameParts {
  /** The organization's name as the person typed it; empty or absent gives "breachline". */
  organization?: string;
  /** What the file is, in lower-case words joined by dashes: "incident-response-plan", "decision-log". */
  what: string;
  /** The date of the file, YYYY-MM-DD. */
  date: string;
  extension: string;
}

/** "gulf-coast-family-medicine-decision-log-2025-03-10.json". */
export function downloadName({ organization, what, date, extension }: FileNameParts): string {
  const who = fileNamePart(organization ?? '') || 'breachline';
  return `${who}-${fileNamePart(what)}-${fileNamePart(date)}.${fileNamePart(extension)}`;
}
