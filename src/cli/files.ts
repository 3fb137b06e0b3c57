/** Writing exports so that a crash never leaves half a file, and an existing file is never replaced by accident. */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import * as path from "node:path";

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists.`);
    this.name = "FileExistsError";
  }
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `text` to a temporary file in the target's folder, then moves it into place in one step.
 * Without `overwrite`, the move itself refuses an existing file (a hard link fails with EEXIST),
 * so a file that appeared after the caller checked is not lost either.
 */
export async function writeFileAtomic(file: string, text: string, options: { overwrite?: boolean } = {}): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await fs.open(temp, "wx", 0o644);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (options.overwrite) {
      await fs.rename(temp, target);
      return;
    }
    try {
      await fs.link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new FileExistsError(file);
      // Some file systems have no hard links: check, then rename (a small window, but still no half file).
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
      if (await fileExists(target)) throw new FileExistsError(file);
      await fs.rename(temp, target);
      return;
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
