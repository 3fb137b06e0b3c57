/**
 * npm run hint -- <exercise>          the next hint of an exercise, one at a time
 * npm run hint -- <exercise> --step N the next hint of one step (exercises graded in steps)
 * npm run hint -- <exercise> --again  the hints you have seen so far, without a new one
 * npm run hint -- <exercise> --reset  start over (the count lives in .workbook/hints.json)
 */
import { colors, wantsColor } from "../src/course/ansi";
import { EXERCISES } from "../src/course/exercises";
import { nextHint, resetHints, stepsWithHints } from "../src/course/hints";
import { exerciseName, parseCommandLine, ROOT } from "./lib/cli";

const USAGE =
  "Usage: npm run hint -- <exercise> [--step N] [--again | --reset]   (e.g. npm run hint -- context --step 2)";

const { values, positionals } = parseCommandLine(USAGE, {
  options: { again: { type: "boolean" }, reset: { type: "boolean" }, step: { type: "string" } },
  allowPositionals: true,
});
const c = colors(wantsColor(process.stdout));
const name = exerciseName(positionals, USAGE, { required: true });
const step = values.step === undefined ? undefined : Number(values.step);
if (step !== undefined && !(Number.isInteger(step) && step >= 1)) {
  console.error(`--step takes a step number (1, 2, ...), not "${values.step}".\n${USAGE}`);
  process.exit(2);
}

if (values.reset) {
  resetHints(ROOT, name);
  console.log(`Hints of ${name} start over: \`npm run hint -- ${name}\` shows the first one.`);
  process.exit(0);
}

let view: ReturnType<typeof nextHint>;
try {
  view = nextHint(ROOT, name, { again: values.again, step });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const cmd = `npm run hint -- ${name}${step === undefined ? "" : ` --step ${step}`}`;
const of = step === undefined ? name : `${name}, step ${step}`;
if (view.total === 0) {
  console.log(`${name} has no hints yet. Its stub, src/exercises/${name}.ts, says what each function must do.`);
  process.exit(0);
}
const title = EXERCISES.find((e) => e.name === name)?.title ?? name;
if (values.again) {
  console.log(c.bold(`Hints of ${of} (${title}) you have seen, ${view.number} of ${view.total}:`));
  view.shown.forEach((h, i) => console.log(`\n ${c.cyan(`${i + 1}.`)} ${h}`));
} else {
  console.log(c.bold(`Hint ${view.number} of ${view.total} for ${of} (${title}):`));
  console.log(`\n ${view.shown[view.shown.length - 1]}\n`);
}
const more = view.number < view.total;
console.log(
  c.dim(
    more
      ? `Still stuck? \`${cmd}\` again shows hint ${view.number + 1}. Then \`npm run grade -- ${name}\`.`
      : `That was the last hint. \`${cmd} --again\` lists them all; solutions/${name}.ts is the reference.`,
  ),
);
const steps = stepsWithHints(name);
if (step === undefined && steps.length > 0)
  console.log(
    c.dim(
      `${name} also has hints for each step: \`npm run hint -- ${name} --step ${steps[0]}\` (steps ${steps.join(", ")}).`,
    ),
  );
