/**
 * What Telegram's HTML parse mode accepts (core.telegram.org/bots/api#html-style): only its
 * tags, properly nested; every <, > and & that is not part of a tag or an entity escaped.
 * Returns the problems found; an empty list means Telegram would take the message.
 */
const TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"]);
const ENTITY = /^&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;

export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "&") {
      const entity = ENTITY.exec(html.slice(i));
      if (!entity) problems.push(`bare & at ${i}: ${JSON.stringify(html.slice(i, i + 20))}`);
      i += entity ? entity[0].length : 1;
      continue;
    }
    if (ch === ">") {
      problems.push(`bare > at ${i}: ${JSON.stringify(html.slice(Math.max(0, i - 20), i + 1))}`);
      i += 1;
      continue;
    }
    if (ch !== "<") {
      i += 1;
      continue;
    }
    const end = html.indexOf(">", i);
    const tag = end < 0 ? null : /^<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>$/i.exec(html.slice(i, end + 1));
    if (!tag) {
      problems.push(`bare < at ${i}: ${JSON.stringify(html.slice(i, i + 20))}`);
      i += 1;
      continue;
    }
    const [, closing, rawName, attributes] = tag;
    const name = rawName!.toLowerCase();
    if (!TAGS.has(name)) problems.push(`unsupported tag <${name}>`);
    if (closing) {
      if (open.pop() !== name) problems.push(`</${name}> closes nothing open`);
    } else {
      if (name === "a" && !/\bhref="[^"]+"/.test(attributes ?? "")) problems.push("<a> without href");
      for (const value of (attributes ?? "").matchAll(/="([^"]*)"/g)) {
        if (value[1]!.replace(/&(?:lt|gt|amp|quot|#\d+);/g, "").includes("&")) problems.push(`bare & in an attribute: ${value[1]}`);
      }
      open.push(name);
    }
    i = end + 1;
  }
  if (open.length) problems.push(`unclosed: ${open.join(", ")}`);
  return problems;
}
