/**
 * Writes a file that did not exist: the report a double-clicked executable offers to
 * save (src/sea/double-click.ts). Nothing is ever overwritten: the file is created with
 * O_EXCL ("wx"), which also never follows a link or opens a FIFO left at that name, and a
 * name that is taken gets a number, as Windows Explorer numbers copies: "name (2).html".
 */
import { promises as fsp } from "node:fs";
import { join } from "node:path";

/** Numbers tried per folder before the next folder: "name.html", "name (2).html", ... */
export const MAX_NUMBERED = 99;

/** "name.ext" for 1, "name (n).ext" after. */
export function numberedName(base: string, ext: string, n: number): string {
  return n === 1 ? `${base}${ext}` : `${base} (${n})${ext}`;
}

/**
 * Creates `base`+`ext` in the first of `folders` that takes a new file, under the first
 * free number; returns its path. A folder that is missing, or refuses a file, passes to
 * the next. Throws the first folder's error when none takes it.
 */
export async function writeNewFile(folders: readonly string[], base: string, ext: string, data: string): Promise<string> {
  let first: unknown;
  for (const folder of folders) {
    try {
      for (let n = 1; n <= MAX_NUMBERED; n++) {
        const file = join(folder, numberedName(base, ext, n));
        let fh: import("node:fs/promises").FileHandle;
        try {
          fh = await fsp.open(file, "wx");
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
          throw e;
        }
        try {
          await fh.writeFile(data);
          await fh.close();
          return file;
        } catch (e) {
          // A half-written file (a full disk) is not left behind to be sent.
          await fh.close().catch(() => {});
          await fsp.rm(file, { force: true }).catch(() => {});
          throw e;
        }
      }
      throw new Error(`${join(folder, numberedName(base, ext, MAX_NUMBERED))}: every name up to (${MAX_NUMBERED}) is taken`);
    } catch (e) {
      first ??= e;
    }
  }
  throw first ?? new Error("no folder to save into");
}
