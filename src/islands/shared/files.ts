/** Files in and out of the browser, without a server: downloads from memory, and reading a chosen file. */
import { userText } from '../../engine/document/user-text.ts';

export function downloadFile(filename: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The text of a chosen file, refusing files too large to be answers. Its name is isolated in the reason (see user-text.ts). */
export async function readChosenFile(file: File): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: `${userText(file.name)} is too large to be an answers file (over 2 MB).` };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, problem: `${userText(file.name)} could not be read.` };
  }
}
