// The part of opentype.js the chart code uses. Its DefinitelyTyped package pulls in the DOM
// library for the whole project, which changes Node's fetch types; this stays local.
declare module "opentype.js" {
  interface Glyph {
    advanceWidth?: number;
  }
  interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
  export type { Font, Glyph };
}
