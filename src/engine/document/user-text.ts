/**
 * Text that came from the user, isolated from the words around it. A name typed with a right-to-left override
 * (U+202E) must not reverse the sentence it sits in: every piece of user text enters a document between a first
 * strong isolate (U+2068) and a pop directional isolate (U+2069), which close any embedding or override opened
 * inside. HTML renders each isolate as `<bdi>`; Markdown, Word and calendar text keep the two marks.
 */

export const FSI = '\u2068';
export const PDI = '\u2069';

/** The isolate controls: the user's own would open or close our isolates out of turn. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;
/** Every bidirectional control: embeddings, overrides, isolates and the directional marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The user's text without isolate controls, ready to be isolated as a whole (by the marks below, or `<bdi>` in HTML). */
export function withoutIsolateControls(text: string): string {
  return text.replace(ISOLATE_CONTROLS, '');
}

/** The user's text inside one isolate; empty text stays empty. */
export function userText(text: string): string {
  const inner = withoutIsolateControls(text);
  return inner === '' ? '' : `${FSI}${inner}${PDI}`;
}

/** Text without any bidirectional control: for file names and other places no isolate can protect. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Splits text at its isolates into plain runs and isolated runs, pairing each FSI with the next PDI. An unpaired
 * mark is dropped, and an isolate still open at the end is closed there.
 */
export function isolatedRuns(text: string): { text: string; isolated: boolean }[] {
  const runs: { text: string; isolated: boolean }[] = [];
  let current = '';
  let open = false;
  for (const char of text) {
    if (char === FSI && !open) {
      if (current) runs.push({ text: current, isolated: false });
      current = '';
      open = true;
    } else if (char === PDI && open) {
      if (current) runs.push({ text: current, isolated: true });
      current = '';
      open = false;
    } else if (char !== FSI && char !== PDI && char !== '\u2066' && char !== '\u2067') current += char;
  }
  if (current) runs.push({ text: current, isolated: open });
  return runs;
}
