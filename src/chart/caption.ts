import { escapeHtml, htmlToPlain } from "../present/format.js";

/** Telegram's limit for a photo's or a document's caption, counted on the text without markup. */
export const MAX_CAPTION_LENGTH = 1024;

/**
 * A card's key lines as a caption: its lines from the top while they fit, then its last line (the
 * sources), so a long list loses entries, never its title or its sources. Lines are whole, so no
 * HTML tag is ever cut.
 */
export function captionOf(html: string, max = MAX_CAPTION_LENGTH): string {
  const lines = html.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) return "";
  const length = (parts: string[]) => htmlToPlain(parts.join("\n")).length;
  if (length(lines) <= max) return lines.join("\n");
  const last = lines.at(-1)!;
  const kept: string[] = [];
  for (const line of lines.slice(0, -1)) {
    if (length([...kept, line, "…", last]) > max) break;
    kept.push(line);
  }
  const caption = [...kept, "…", last];
  // A single line longer than the limit (never from our renderers): its text, cut.
  return length(caption) <= max ? caption.join("\n") : escapeHtml(`${htmlToPlain(lines.join("\n")).slice(0, max - 1)}…`);
}

/** A card's first line as plain text without its leading emoji: "📈 <b>Kota Metro</b> ..." -> "Kota Metro ...". */
export function plainTitle(html: string): string {
  return htmlToPlain(html.split("\n")[0] ?? "").replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\s)+/u, "").trim();
}
