import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileExistsError, writeFileAtomic } from "../../src/cli/files";

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
});
