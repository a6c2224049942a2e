import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import opentype, { type Font } from "opentype.js";

/**
 * The one font of every chart, shipped from the npm registry (dejavu-fonts-ttf: the Bitstream Vera
 * licence, free to redistribute unmodified). Given to resvg explicitly, since system fonts differ
 * between machines and resvg silently drops text it has no font for; and measured here with the
 * same files, so that Vega's layout (label widths, wrapping, padding) matches the PNG.
 */
export const FONT_FAMILY = "DejaVu Sans";

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const FONT_FILES = [path.join(fontDir, "DejaVuSans.ttf"), path.join(fontDir, "DejaVuSans-Bold.ttf")] as const;

interface Metrics {
  font: Font;
  /** Advance width per character, in em. */
  advances: Map<string, number>;
}

let loaded: { regular: Metrics; bold: Metrics } | null = null;

function metrics(bold: boolean): Metrics {
  loaded ??= {
    regular: { font: parse(FONT_FILES[0]), advances: new Map() },
    bold: { font: parse(FONT_FILES[1]), advances: new Map() },
  };
  return bold ? loaded.bold : loaded.regular;
}

function parse(file: string): Font {
  const data = fs.readFileSync(file);
  return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

/** The width of one line of text in pixels, from the font's own advance widths (kerning is left out: under a pixel here). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const m = metrics(bold);
  let em = 0;
  for (const ch of text) {
    let advance = m.advances.get(ch);
    if (advance === undefined) {
      advance = (m.font.charToGlyph(ch).advanceWidth ?? 0) / m.font.unitsPerEm;
      m.advances.set(ch, advance);
    }
    em += advance;
  }
  return em * fontSize;
}

/** Words laid into lines no wider than `maxWidth`; a single word wider than that gets a line of its own, never cut. */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** The widest of some lines, in pixels. */
export function widest(lines: readonly string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
}
