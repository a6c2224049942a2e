import type { Reply } from "../answer/answer-query.js";
import type { Action } from "../present/actions.js";
import type { Button, RenderContext } from "../present/common.js";

export type FileFormat = "png" | "csv";
export type FileAction = Extract<Action, { a: "ftrend" | "ftop" | "fcmp" }>;

/** Whether a reply has figures to draw or export (a cheap check: no chart is built). */
function hasFigures(reply: Reply, format: FileFormat): boolean {
  switch (reply.kind) {
    case "trend":
      return reply.points.some((p) => p.view.score || format === "csv");
    case "top":
    case "bottom":
    case "list":
      return reply.groups.some((g) => g.entries.some((e) => e.view.score || format === "csv"));
    case "compare":
      return reply.items.length <= 3 && reply.items.some((i) => i.view && (i.view.score || format === "csv"));
    default:
      return false;
  }
}

/** The button action that asks for a trend, list or comparison as a chart or a CSV; null for other replies. */
export function fileAction(reply: Reply, format: FileFormat, page = 0): FileAction | null {
  if (!hasFigures(reply, format)) return null;
  switch (reply.kind) {
    case "trend":
      return { a: "ftrend", fmt: format, code: reply.body.code };
    case "top":
    case "bottom":
    case "list": {
      const f = reply.filters;
      return {
        a: "ftop",
        fmt: format,
        province: f.provinceCode ?? undefined,
        category: f.category ?? undefined,
        year: f.year,
        dir: reply.kind,
        n: reply.n ?? undefined,
        zone: f.zone ?? undefined,
        grade: f.grade ?? undefined,
        page,
      };
    }
    case "compare":
      return { a: "fcmp", fmt: format, codes: reply.items.map((i) => i.body.code), year: reply.year ?? undefined };
    default:
      return null;
  }
}

/** The 📊 and 📄 buttons under a trend, a list or a comparison (none under other replies). */
export function fileButtons(ctx: RenderContext, reply: Reply, page = 0): Button[][] {
  const row: Button[] = [];
  const chart = fileAction(reply, "png", page);
  const csv = fileAction(reply, "csv", page);
  if (chart) row.push({ label: ctx.t("button-chart"), action: chart });
  if (csv) row.push({ label: ctx.t("button-csv"), action: csv });
  return row.length > 0 ? [row] : [];
}
