/** The most of a value any message quotes: a file's content must never flood the report about it. */
export const MAX_QUOTED_CHARS = 80;

/** Control, zero-width and bidirectional characters: shown as \uXXXX so a message reads as it is. */
const INVISIBLE = /^[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]$/;

/** `text` with invisible characters escaped, at most `max` characters of it, then "…" when cut. */
export function shortened(text: string, max = MAX_QUOTED_CHARS, escapeQuotes = false): string {
  let out = "";
  let length = 0;
  for (const char of text) {
    const shown = INVISIBLE.test(char)
      ? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
      : escapeQuotes && (char === '"' || char === "\\")
        ? `\\${char}`
        : char;
    if (length + shown.length > max) return `${out}…`;
    out += shown;
    length += shown.length;
  }
  return out;
}

/** A value from a file as a message quotes it: in double quotes, invisible characters escaped, cut at 80 characters with "…". */
export const quoted = (value: string): string => `"${shortened(value, MAX_QUOTED_CHARS, true)}"`;

/** A list of quoted values, at most `max` of them, then how many more. */
export function quotedList(values: readonly string[], max = 10): string {
  const shown = values.slice(0, max).map(quoted);
  return values.length > max ? `${shown.join(", ")} and ${values.length - max} more` : shown.join(", ");
}
