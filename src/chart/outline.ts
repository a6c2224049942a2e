import { textPath, textWidth } from "./text.js";

/** Attributes that only mean something on text: everything else (transform, fill, stroke, opacity) carries over. */
const TEXT_ONLY = new Set(["text-anchor", "font-family", "font-size", "font-weight", "font-style", "font-variant", "x", "y", "dx", "dy"]);

const decode = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");

function attributes(source: string): Map<string, string> {
  return new Map([...source.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Vega's SVG with every <text> replaced by the same text as glyph outlines (a <g> with the
 * text's transform and paint, a path per line). Vega writes text one way only: an anchor, a
 * transform, font attributes, and either the text or one <tspan> per line (x="0", dy = line height).
 */
export function outlineText(svg: string): string {
  return svg.replace(/<text\b([^>]*?)(?:\/>|>([\s\S]*?)<\/text>)/g, (_whole, attrs: string, content: string | undefined) => {
    if (!content) return "";
    const a = attributes(attrs);
    const size = Number.parseFloat(a.get("font-size") ?? "11");
    const weight = a.get("font-weight") ?? "normal";
    const bold = weight === "bold" || Number(weight) >= 600;
    const anchor = a.get("text-anchor") ?? "start";
    const tspans = [...content.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)];
    const lines = tspans.length ? tspans.map((t) => ({ text: decode(t[2]!), dy: Number(attributes(t[1]!).get("dy") ?? 0) })) : [{ text: decode(content), dy: 0 }];
    let y = 0;
    const paths = lines.map((line) => {
      y += line.dy;
      const width = textWidth(line.text, size, bold);
      const x = anchor === "middle" ? -width / 2 : anchor === "end" ? -width : 0;
      const d = textPath(line.text, size, bold);
      return d ? `<path transform="translate(${Math.round(x * 100) / 100},${Math.round(y * 100) / 100})" d="${d}"/>` : "";
    });
    const kept = [...a].filter(([name]) => !TEXT_ONLY.has(name)).map(([name, value]) => ` ${name}="${value}"`).join("");
    return `<g${kept}>${paths.join("")}</g>`;
  });
}
