/**
 * HTML as strings, escaped by default. `html` escapes every value it is given except an `Html` it produced itself:
 * there is no other door.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Content = Html | string | number | null | undefined | false | readonly Content[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function flatten(value: Content): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(flatten).join('');
  return escapeHtml(String(value));
}

/** A template whose interpolations are escaped unless they are `Html`; arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: Content[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += flatten(value) + strings[i + 1]!;
  });
  return new Html(out);
}
