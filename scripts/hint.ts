/**
 * npm run hint -- <exercise>          the next hint of an exercise, one at a time
 * npm run hint -- <exercise> --again  the hints you have seen so far, without a new one
 * npm run hint -- <exercise> --reset  start over (the count lives in .workbook/hints.json)
 */
import { colors, wantsColor } from "../src/course/ansi";
import { EXERCISES } from "../src/course/exercises";
import { nextHint, resetHints } from "../src/course/hints";
import { exerciseName, parseCommandLine, ROOT } from "./lib/cli";

const USAGE = "Usage: npm run hint -- <exercise> [--again | --reset]   (e.g. npm run hint -- messages)";

const { values, positionals } = parseCommandLine(USAGE, {
  options: { again: { type: "boolean" }, reset: { type: "boolean" } },
  allowPositionals: true,
});
const c = colors(wantsColor(process.stdout));
const name = exerciseName(positionals, USAGE, { required: true });

if (values.reset) {
  resetHints(ROOT, name);
  console.log(`Hints of ${name} start over: \`npm run hint -- ${name}\` shows the first one.`);
  process.exit(0);
}

const view = nextHint(ROOT, name, { again: values.again });
if (view.total === 0) {
  console.log(`${name} has no hints yet. Its stub, src/exercises/${name}.ts, says what each function must do.`);
  process.exit(0);
}
const title = EXERCISES.find((e) => e.name === name)?.title ?? name;
if (values.again) {
  console.log(c.bold(`Hints of ${name} (${title}) you have seen, ${view.number} of ${view.total}:`));
  view.shown.forEach((h, i) => console.log(`\n ${c.cyan(`${i + 1}.`)} ${h}`));
} else {
  console.log(c.bold(`Hint ${view.number} of ${view.total} for ${name} (${title}):`));
  console.log(`\n ${view.shown[view.shown.length - 1]}\n`);
}
const more = view.number < view.total;
console.log(
  c.dim(
    more
      ? `Still stuck? \`npm run hint -- ${name}\` again shows hint ${view.number + 1}. Then \`npm run grade -- ${name}\`.`
      : `That was the last hint. \`npm run hint -- ${name} --again\` lists them all; solutions/${name}.ts is the reference.`,
  ),
);
