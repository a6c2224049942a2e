import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import opentype, { type Font, type PathCommand } from "opentype.js";

/**
 * The one font of every chart, shipped from the npm registry (dejavu-fonts-ttf: the Bitstream Vera
 * licence, free to redistribute unmodified). Measured and drawn here with the same files, so that
 * Vega's layout (label widths, wrapping, padding) matches the PNG on every machine: system fonts
 * differ between machines, and resvg silently drops text it has no font for.
 */
export const FONT_FAMILY = "DejaVu Sans";

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const FONT_FILES = [path.join(fontDir, "DejaVuSans.ttf"), path.join(fontDir, "DejaVuSans-Bold.ttf")] as const;

interface Glyph {
  /** Advance width in font units. */
  advance: number;
  /** Outline in font units (y up). */
  outline: PathCommand[];
}

interface Face {
  font: Font;
  glyphs: Map<string, Glyph>;
}

let faces: { regular: Face; bold: Face } | null = null;

function parse(file: string): Face {
  const data = fs.readFileSync(file);
  return { font: opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer), glyphs: new Map() };
}

function face(bold: boolean): Face {
  faces ??= { regular: parse(FONT_FILES[0]), bold: parse(FONT_FILES[1]) };
  return bold ? faces.bold : faces.regular;
}

function glyph(f: Face, ch: string): Glyph {
  let g = f.glyphs.get(ch);
  if (g === undefined) {
    const found = f.font.charToGlyph(ch);
    g = { advance: found.advanceWidth ?? 0, outline: found.path.commands };
    f.glyphs.set(ch, g);
  }
  return g;
}

/** The width of one line of text in pixels, from the font's advance widths (no kerning: the drawing has none either). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const f = face(bold);
  let units = 0;
  for (const ch of text) units += glyph(f, ch).advance;
  return (units * fontSize) / f.font.unitsPerEm;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * One line of text as SVG path data, its baseline at y = 0 and its start at x = 0, glyph by glyph
 * with the advances `textWidth` measures. resvg is given shapes, not text: shaping a text element
 * with this font costs it about a millisecond, and a chart has dozens.
 */
export function textPath(text: string, fontSize: number, bold = false): string {
  const f = face(bold);
  const scale = fontSize / f.font.unitsPerEm;
  const parts: string[] = [];
  let cursor = 0;
  for (const ch of text) {
    const g = glyph(f, ch);
    const x = (v: number) => round((v + cursor) * scale);
    const y = (v: number) => round(-v * scale);
    for (const c of g.outline) {
      if (c.type === "M" || c.type === "L") parts.push(`${c.type}${x(c.x)} ${y(c.y)}`);
      else if (c.type === "Q") parts.push(`Q${x(c.x1)} ${y(c.y1)} ${x(c.x)} ${y(c.y)}`);
      else if (c.type === "C") parts.push(`C${x(c.x1)} ${y(c.y1)} ${x(c.x2)} ${y(c.y2)} ${x(c.x)} ${y(c.y)}`);
      else parts.push("Z");
    }
    cursor += g.advance;
  }
  return parts.join("");
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
