/**
 * "In bash, how do I count the lines in notes.txt?", "Which command lists hidden files?": one
 * everyday terminal command from corpus/shell.ts, with the file or folder the request names and
 * the manual page of the option used. A terminal question the table does not hold is left to the
 * coding skill, which declines it.
 */
import { SHELL_COMMANDS, type ShellCommand } from "../corpus/shell";
import type { Skill } from "./skill";

/** The request is about a terminal, not a programming language. */
const SHELL =
  /\b(?:bash|zsh|shell|terminal|command[- ]line|command prompt|linux|unix|mac ?os|macos|a mac|my mac)\b|\b(?:which|what) (?:shell |terminal |linux )?command\b/i;
const PROGRAMMING = /\b(?:python|javascript|typescript|node|java|sql|powershell|windows|cmd\.exe|excel)\b/i;
const ASKS =
  /\bhow (?:do|can|would|should) (?:i|you|we)\b|\bhow to\b|\b(?:which|what) command\b|\bcommand (?:to|that|for)\b|\bwhat do i (?:type|run)\b/i;

const FILE =
  /\b([\w-]+(?:\.[\w-]+)*\.(?:txt|csv|log|md|json|py|js|ts|html|css|sh|conf|cfg|ini|yml|yaml|xml|pdf|jpg|png))\b/gi;

function fill(cmd: ShellCommand, text: string): { command: string; says: string; assumed: string[] } {
  const files = [...text.matchAll(FILE)].map((m) => m[1]);
  const dir =
    /\b(?:folder|directory)\s+(?:called|named)\s+["'`]?([\w.-]+)/i.exec(text)?.[1] ??
    /\bnamed\s+["'`]?([\w-]+)["'`]?\s*$/i.exec(text)?.[1];
  const n = /\b(?:first|last|top|bottom)\s+(\d{1,5})\b/i.exec(text)?.[1] ?? /\b(\d{1,5})\s+lines\b/i.exec(text)?.[1];
  const quoted =
    /["“'`]([^"”'`]{1,60})["”'`]/.exec(text.replace(FILE, ""))?.[1] ??
    /\b(?:the )?(?:word|text|string)\s+([\w-]+)/i.exec(text)?.[1];
  const assumed: string[] = [];
  // A name the request does not give is a placeholder, said as one.
  const or = (given: string | undefined, placeholder: string) => {
    if (given) return given;
    assumed.push(placeholder);
    return placeholder;
  };
  const values: Record<string, string> = {
    file: or(files[0], "file.txt"),
    to: or(files[1], "new-name.txt"),
    dir: or(dir, "my-folder"),
    n: n ?? "10",
    text: or(quoted, "hello"),
    // "how many .jpg files", "count the pdf files": the files of that kind; any file when none is named.
    glob: ((ext) => (ext ? ` *.${ext}` : ""))(
      /\.([a-z0-9]{2,5})\b/i.exec(text)?.[1] ??
        /\b(jpe?g|png|gif|pdf|txt|csv|mp3|mp4|docx?|xlsx?)\s+(?:files?|pics?|photos?|images?)\b/i.exec(text)?.[1],
    ),
  };
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? k);
  const used = new Set([...cmd.command.matchAll(/\{(\w+)\}/g)].map((m) => values[m[1]]));
  return { command: put(cmd.command), says: put(cmd.says), assumed: assumed.filter((a) => used.has(a)) };
}

export const shell: Skill = {
  name: "shell",
  does: "an everyday terminal command (count lines, list hidden files, make a folder...) with its manual page",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 400 || /```/.test(lastUser)) return null;
    if (!SHELL.test(lastUser) || PROGRAMMING.test(lastUser) || !ASKS.test(lastUser)) return null;
    const low = lastUser.toLowerCase();
    const hits = SHELL_COMMANDS.filter((c) => c.needs.every((re) => re.test(low)) && !c.not?.test(low));
    if (hits.length !== 1) return null;
    const { command, says, assumed } = fill(hits[0], lastUser);
    const note = assumed.length ? ` Put your own in place of ${assumed.map((a) => `\`${a}\``).join(" and ")}.` : "";
    const tail = `\n\n\`\`\`bash\n${command}\n\`\`\`\n\n${says}${note}\n\nReference: ${hits[0].source.url}`;
    return {
      texts: [
        { text: `In a terminal (bash or zsh, on Linux or macOS):${tail}`, weight: 0.5 },
        { text: `Use \`${command.split(" ")[0]}\`:${tail}`, weight: 0.5 },
      ],
      exact: true,
    };
  },
};
