// The part of opentype.js the chart code uses. Its DefinitelyTyped package pulls in the DOM
// library for the whole project, which changes Node's fetch types; this stays local.
declare module "opentype.js" {
  type PathCommand =
    | { type: "M" | "L"; x: number; y: number }
    | { type: "Q"; x1: number; y1: number; x: number; y: number }
    | { type: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: "Z" };
  interface Glyph {
    advanceWidth?: number;
    path: { commands: PathCommand[] };
  }
  interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
  export type { Font, Glyph, PathCommand };
}
