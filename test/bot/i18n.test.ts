import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rapor } from "../../src/app/rapor.js";
import { localesDir, Translator } from "../../src/present/i18n.js";
import { harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

let core: Core;
let dir: string;
beforeAll(async () => {
  core = await openCore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-locales-"));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await core.cleanup();
});

describe("one Fluent loader", () => {
  it("the bot's i18n plugin speaks the sentences the core's Translator loaded, files of locales/<id>/ included", async () => {
    fs.cpSync(localesDir, dir, { recursive: true });
    // A sentence the bot says through ctx.t (the plugin), changed only in this copy of locales/.
    const idFile = path.join(dir, "id.ftl");
    const original = fs.readFileSync(idFile, "utf8");
    fs.writeFileSync(idFile, original.replace(/^bot-non-text = .*$/m, "bot-non-text = Teks saja, dari salinan."));
    fs.writeFileSync(path.join(dir, "id", "zz-extra.ftl"), "zz-extra = dari berkas tambahan\n");
    const translator = new Translator(dir);
    expect(translator.t("id", "zz-extra")).toBe("dari berkas tambahan");

    const rapor = Object.create(core.rapor, { translator: { value: translator } }) as Rapor;
    const h = harness(core, { rapor });
    expect(texts(await h.send(h.updates.media("sticker")))).toEqual(["Teks saja, dari salinan."]);
  });
});
