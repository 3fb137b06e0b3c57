/** Writing exports so that a crash never leaves half a file, and an existing file is never replaced by accident. */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists.`);
    this.name = "FileExistsError";
  }
}

/** The target is a folder, a device, a link or the like: an export never replaces one of those. */
export class NotAFileError extends Error {
  constructor(
    readonly file: string,
    readonly what: string,
  ) {
    super(`${file} is ${what}, not a regular file: nothing was saved. Choose another file name.`);
    this.name = "NotAFileError";
  }
}

export type Target = { kind: "missing" } | { kind: "file"; readOnly: boolean } | { kind: "other"; what: string };

/** What is at `file` now, without following a symbolic link. */
export async function inspectTarget(file: string): Promise<Target> {
  let stat;
  try {
    stat = await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw error;
  }
  if (!stat.isFile()) return { kind: "other", what: describe(stat) };
  const readOnly = await fs.access(file, constants.W_OK).then(
    () => false,
    () => true,
  );
  return { kind: "file", readOnly };
}

function describe(stat: Awaited<ReturnType<typeof fs.lstat>>): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

export async function fileExists(file: string): Promise<boolean> {
  return (await inspectTarget(file).catch(() => ({ kind: "missing" as const }))).kind !== "missing";
}

/**
 * Writes `text` to a temporary file in the target's folder, then moves it into place in one step.
 * Without `overwrite`, the move itself refuses an existing file (a hard link fails with EEXIST),
 * so a file that appeared after the caller checked is not lost either. Only a regular file is ever
 * replaced (NotAFileError otherwise), and whatever fails, the temporary file is removed.
 */
export async function writeFileAtomic(
  file: string,
  text: string,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const target = path.resolve(file);
  const before = await inspectTarget(target);
  if (before.kind === "other") throw new NotAFileError(file, before.what);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const handle = await fs.open(temp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      // Checked again just before the move: a folder or link that appeared meanwhile is not replaced.
      const now = await inspectTarget(target);
      if (now.kind === "other") throw new NotAFileError(file, now.what);
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
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
