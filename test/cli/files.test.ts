import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileExistsError, inspectTarget, NotAFileError, writeFileAtomic } from "../../src/cli/files";

describe("writeFileAtomic (the chat app's exports)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-files-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes a new file and leaves no temporary file", async () => {
    await writeFileAtomic(path.join(dir, "a.json"), '{"ok":true}');
    expect(fs.readFileSync(path.join(dir, "a.json"), "utf8")).toBe('{"ok":true}');
    expect(fs.readdirSync(dir)).toEqual(["a.json"]);
  });

  it("refuses to replace an existing file unless told to", async () => {
    const file = path.join(dir, "a.json");
    fs.writeFileSync(file, "original");
    await expect(writeFileAtomic(file, "new")).rejects.toBeInstanceOf(FileExistsError);
    expect(fs.readFileSync(file, "utf8")).toBe("original");
    expect(fs.readdirSync(dir)).toEqual(["a.json"]);
    await writeFileAtomic(file, "new", { overwrite: true });
    expect(fs.readFileSync(file, "utf8")).toBe("new");
    expect(fs.readdirSync(dir)).toEqual(["a.json"]);
  });

  it("fails cleanly when the folder does not exist", async () => {
    await expect(writeFileAtomic(path.join(dir, "missing", "a.json"), "x")).rejects.toMatchObject({ code: "ENOENT" });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("never replaces a folder, a symbolic link or a device, and names the user's path", async () => {
    const folder = path.join(dir, "out");
    fs.mkdirSync(folder);
    const elsewhere = path.join(dir, "elsewhere.txt");
    fs.writeFileSync(elsewhere, "keep me");
    const link = path.join(dir, "link.json");
    fs.symlinkSync(elsewhere, link);
    for (const [target, what] of [
      [folder, "a folder"],
      [link, "a symbolic link"],
      ["/dev/null", "a device"],
    ] as const) {
      for (const overwrite of [false, true]) {
        const error = await writeFileAtomic(target, "new", { overwrite }).catch((e: unknown) => e);
        expect(error, target).toBeInstanceOf(NotAFileError);
        expect((error as Error).message).toBe(
          `${target} is ${what}, not a regular file: nothing was saved. Choose another file name.`,
        );
      }
    }
    expect(fs.readFileSync(elsewhere, "utf8")).toBe("keep me");
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["elsewhere.txt", "link.json", "out"]);
  });

  it("says a file is read-only before it is replaced (the app asks first)", async () => {
    const file = path.join(dir, "locked.json");
    fs.writeFileSync(file, "original");
    fs.chmodSync(file, 0o444);
    const state = await inspectTarget(file);
    // root may write anything: then the file is simply not read-only to this process.
    expect(state).toEqual({ kind: "file", readOnly: process.getuid?.() !== 0 });
    expect(await inspectTarget(path.join(dir, "none.json"))).toEqual({ kind: "missing" });
  });

  it("leaves no temporary file when writing fails", async () => {
    const file = path.join(dir, "a.json");
    // Data the file handle cannot write: the write fails after the temporary file was created.
    const text = {
      toString: () => {
        throw new Error("boom");
      },
    } as unknown as string;
    await expect(writeFileAtomic(file, text)).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
