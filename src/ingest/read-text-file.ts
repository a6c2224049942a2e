import fs from "node:fs/promises";

/** A file that cannot be imported as text; the message is one line for the person at the terminal. */
export class UnreadableFileError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENAMETOOLONG: "the name is too long",
  ENOTDIR: "a part of the path is not a directory",
};

/** Reads a file as UTF-8, refusing other encodings (a Windows-1252 export would garble names). */
export async function readUtf8File(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UnreadableFileError(`Cannot read ${file}: ${REASONS[code] ?? (code || "read error")}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(`Cannot read ${file}: it is not UTF-8 text (save it as "CSV UTF-8")`);
  }
}
