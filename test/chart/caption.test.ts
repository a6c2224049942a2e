import fs from "node:fs";
import path from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { captionOf, MAX_CAPTION_LENGTH, plainTitle } from "../../src/chart/caption.js";
import { decodeAction, encodeAction, type Action } from "../../src/present/actions.js";
import { htmlToPlain } from "../../src/present/format.js";
import { projectRoot } from "../helpers/process.js";

describe("captions, file buttons and the charts' messages", () => {
  it("a caption keeps the card's lines while they fit, then '…' and the sources line, never a cut tag", () => {
    const entries = Array.from({ length: 60 }, (_, i) => `${i + 1}. <b>Kabupaten Nomor ${i + 1}</b> — 90,${String(i).padStart(2, "0")} 🟢`);
    const html = ["🏆 <b>Daftar kabupaten nasional</b> · 2022", ...entries, "", 'Sumber: <a href="https://example.org/x">example.org</a>'].join("\n");
    const caption = captionOf(html);
    const lines = caption.split("\n");
    expect(htmlToPlain(caption).length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
    expect(lines[0]).toBe("🏆 <b>Daftar kabupaten nasional</b> · 2022");
    expect(lines.at(-2)).toBe("…");
    expect(lines.at(-1)).toBe('Sumber: <a href="https://example.org/x">example.org</a>');
    expect(lines.slice(1, -2)).toEqual(entries.slice(0, lines.length - 3));
    // A short card is the caption as it is, without its blank lines.
    expect(captionOf("a\n\nb")).toBe("a\nb");
    expect(plainTitle("📈 <b>Kota Metro</b> dari tahun ke tahun\nx")).toBe("Kota Metro dari tahun ke tahun");
  });

  it("file buttons round-trip through callback data; forged ones decode to nothing", () => {
    const actions: Action[] = [
      { a: "ftrend", fmt: "png", code: "13.76" },
      { a: "ftop", fmt: "csv", province: "15", category: "kabupaten", year: 2022, dir: "top", n: 5, zone: "hijau", grade: "A", page: 1 },
      { a: "fcmp", fmt: "png", codes: ["15.09", "15.04", "KL.KEMENAG"], year: 2022 },
    ];
    for (const action of actions) expect(decodeAction(encodeAction(action))).toEqual(action);
    for (const forged of ["ftrend|gif|13.76", "fcmp|png|15.09|2022", "fcmp|png|15.09,a;b|", "ftop|png||kabupaten|2022|top|0||Z|0", "fcmp|csv|1,2,3,4|"]) {
      expect(decodeAction(forged)).toBeNull();
    }
  });

  it("every chart message parses in both languages, with the same keys", () => {
    const keys = (locale: string) => {
      const text = fs.readFileSync(path.join(projectRoot, "locales", locale, "charts.ftl"), "utf8");
      // A message with a syntax error is silently dropped by the parser: count the definitions too.
      const defined = [...text.matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1]!);
      const parsed = new FluentResource(text).body.map((m) => m.id);
      expect(parsed).toEqual(defined);
      return defined;
    };
    expect(keys("en")).toEqual(keys("id"));
  });
});
