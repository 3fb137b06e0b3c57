/**
 * The offline model on a learner's own everyday prompts (issue 16): per family, how many replies
 * answered the prompt, declined honestly, or were wrong, on the dev set, the holdout set and the
 * fresh set (a second holdout, written last and never tuned against), at a fixed seed with the
 * default temperature and with temperature 0 (a prompt counts by its worst run).
 * Goal, judged on holdout and on fresh: wrong at most 1 in 20, answered at least 7 in 10.
 *
 *   npm run bench -- everyday
 *   EVERYDAY_SHOW=wrong npm run bench -- everyday          # each wrong dev reply, its prompt and why
 *   EVERYDAY_SHOW=declined|all, EVERYDAY_FAMILY=arithmetic  # other outcomes, one family
 *   EVERYDAY_SHOW_SET=blind|blind2|blind3                   # the blind sets (written unseen, then tuned on like dev)
 *   EVERYDAY_SHOW_SET=holdout|fresh|both|all                # maintainers only: skill builders stay on dev
 */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { showTable } from "../src/workbook/table";
import { cut } from "./everyday/checks";
import {
  type Counts,
  figuresOf,
  GOAL,
  type Judged,
  meetsGoal,
  runSet,
  SET_NAMES,
  SETTINGS,
  type SetName,
} from "./everyday/run";
import { FAMILIES } from "./everyday/types";

const cell = (c: Counts) => (c.total ? `${c.answered} / ${c.declined} / ${c.wrong}` : "");
const pct = (x: number) => `${Math.round(x * 100)} %`;

export default async function everyday(): Promise<void> {
  const started = performance.now();
  const judged = {} as Record<SetName, Judged[]>;
  for (const set of SET_NAMES) judged[set] = await runSet(set);
  const figures = SET_NAMES.map((set) => figuresOf(set, judged[set]));
  const runs = SET_NAMES.reduce((n, set) => n + judged[set].length, 0) * SETTINGS.length;
  const columns = (pick: (f: (typeof figures)[number]) => Counts) =>
    Object.fromEntries(figures.map((f) => [`${f.set} a / d / w`, cell(pick(f))]));

  showTable(
    [
      ...FAMILIES.map((family) => ({ family, ...columns((f) => f.byFamily[family]) })),
      { family: "TOTAL", ...columns((f) => f.totals) },
    ],
    {
      caption: `Everyday prompts: answered / declined / wrong per family (a prompt counts by its worst run of: ${SETTINGS.map((s) => `seed ${s.seed} ${s.temperature === undefined ? "default temperature" : `temperature ${s.temperature}`}`).join(", ")}; out-of-scope: declined is right)`,
    },
  );

  const rows = figures.flatMap((f) => [
    {
      set: f.set,
      runs: "worst of settings",
      prompts: f.totals.total,
      answered: pct(f.totals.answered / f.totals.total),
      declined: pct(f.totals.declined / f.totals.total),
      wrong: pct(f.totals.wrong / f.totals.total),
    },
    ...Object.entries(f.bySetting).map(([name, c]) => ({
      set: f.set,
      runs: name,
      prompts: c.total,
      answered: pct(c.answered / c.total),
      declined: pct(c.declined / c.total),
      wrong: pct(c.wrong / c.total),
    })),
  ]);
  showTable(rows, { caption: "Totals" });

  for (const f of figures.filter((f) => f.set === "holdout" || f.set === "fresh")) {
    const goal = meetsGoal(f.totals);
    console.log(
      `Goal on ${f.set} (wrong ≤ ${pct(GOAL.maxWrong)}, answered ≥ ${pct(GOAL.minAnswered)}): ` +
        `wrong ${pct(goal.wrongShare)}, answered ${pct(goal.answeredShare)}: ${goal.ok ? "MET" : "not met"}.`,
    );
  }
  console.log(`${runs} requests in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  showReplies(judged);
}

/** EVERYDAY_SHOW=wrong|declined|all: the replies of that outcome, with their prompt and the judge's reason. */
function showReplies(judged: Record<SetName, Judged[]>): void {
  const show = process.env.EVERYDAY_SHOW?.trim();
  if (!show) return;
  const which = process.env.EVERYDAY_SHOW_SET?.trim() ?? "dev";
  const family = process.env.EVERYDAY_FAMILY?.trim();
  const sets: SetName[] =
    which === "all"
      ? ["dev", "holdout", "fresh"]
      : which === "both"
        ? ["dev", "holdout"]
        : (SET_NAMES as readonly string[]).includes(which)
          ? [which as SetName]
          : ["dev"];
  for (const set of sets) {
    for (const j of judged[set]) {
      if (family && j.prompt.family !== family) continue;
      for (const run of j.runs) {
        if (show !== "all" && run.verdict.outcome !== show) continue;
        const asked = askedOf(j.prompt.request.messages);
        console.log(
          `\n[${set} ${j.prompt.id} @ ${run.setting.name}] ${run.verdict.outcome.toUpperCase()}: ${run.verdict.reason}` +
            `\n  asked: ${cut(asked, 200)}\n  reply: ${cut(run.reply.text || `(refusal) ${run.reply.refusal ?? ""}`, 400)}`,
        );
      }
    }
  }
}

/** The user's last message, after the system or developer message and the turn count when there are any. */
function askedOf(messages: ChatCompletionMessageParam[]): string {
  const text = (m: ChatCompletionMessageParam | undefined) => (typeof m?.content === "string" ? m.content : "");
  const lastUser = [...messages].reverse().find((m) => m.role === "user");
  const instructions = messages.find((m) => m.role === "system" || m.role === "developer");
  const before = messages.length - 1 - (instructions ? 1 : 0);
  return (
    (instructions ? `[${instructions.role}: ${cut(text(instructions), 80)}] ` : "") +
    (before > 0 ? `[+${before} other messages] ` : "") +
    text(lastUser)
  );
}
