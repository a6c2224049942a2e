/** The tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style). */
const TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote"]);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|&(?:#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<>&]/g;

/**
 * Why Telegram would refuse `html` in parse_mode HTML, or null when it is valid: every `<`, `>`
 * and `&` is part of a known tag or an entity, and the tags nest.
 */
export function telegramHtmlProblem(html: string): string | null {
  const open: string[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, tag] = match;
    if (tag === undefined) {
      if (token.length === 1) return `bare "${token}" at ${match.index}: ${JSON.stringify(html.slice(Math.max(0, match.index - 20), match.index + 20))}`;
      continue;
    }
    const name = tag.toLowerCase();
    if (!TAGS.has(name)) return `tag <${closing}${name}> is not Telegram HTML`;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return `</${name}> closes nothing open`;
  }
  return open.length ? `<${open.at(-1)}> is never closed` : null;
}
