import { createHash } from "node:crypto";

/** A stable hash of the fields that make a fact and its source, so re-imports are idempotent. */
export function fingerprint(fields: readonly (string | number | null)[]): string {
  return createHash("sha1").update(JSON.stringify(fields)).digest("hex");
}
