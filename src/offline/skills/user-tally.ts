/**
 * A count the user kept changing over several turns, worked out rather than recalled: "we received
 * 35 boxes", then "another 28 came in, but we gave out 20", then "how many boxes do we still have?"
 * is 35 + 28 - 20. A stated number is never the answer to such a question: when a number's sign
 * (added or taken away) cannot be read, the reply says so instead of guessing. Also the part of a
 * group that is not something: "142 guests, 18 of them vegetarian" -> 124 are not.
 */
import { expand, type Filled } from "../language/templates";
import { digitsForWords } from "../language/numbers";
import { stem } from "../language/text";

const show = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Verbs that take some away; read before the adding ones ("gave out" is not "got"). */
const TAKE =
  /\b(?:gave|give|given|giving|hand(?:ed)? out|used?|using|sold|sell|ate|eaten|eat|lost|lose|spent|spend|broke|broken|threw|thrown|took|taken|take|shipped|sent|returned|donated|dropped|removed|expired|went (?:off|bad)|gone|stolen|cancell?ed|left with (?:us|them)|picked up by|collected by|paid out|withdrew|withdrawn|lent|loaned|killed|died|ran out|delivered to)\b/i;
/** Verbs that add some. */
const ADD =
  /\b(?:received|receive|got|get|gotten|bought|buy|borrowed|rented|came in|come in|arrived|arrive|added|add|collected|found|made|baked|brought|delivered|earned|won|caught|harvested|picked|planted|ordered|joined|signed up|booked|registered|more came|were dropped off|dropped off|donated to us|deposited|another)\b/i;
/** A starting amount: "we have 40", "there were 12", "I started with 9". */
const START = /\b(?:have|had|has|there (?:are|were|was|is)|start(?:ed)?|began|begin|we've got|i've got|owned?)\b/i;

/** "how many boxes (of cereal) do we still have": the counted noun, when the question asks what is left now. */
function askedNoun(q: string): string | null {
  const m = /\bhow many ([a-z]+)\b/i.exec(q);
  if (!m) return null;
  if (
    !/\b(?:left(?!-)|still|remain(?:ing|s)?|now|in stock|on hand|at the end|by the end|in the end|end up with|ended up with)\b/i.test(
      q,
    )
  )
    return null;
  return m[1].toLowerCase();
}

interface Change {
  n: number;
  /** +1 added, -1 taken, 0 a starting amount, NaN unread. */
  sign: number;
}

/** Arrivals said with a verb that alone would take away ("dropped off", "given to us"). */
const ARRIVED =
  /\b(?:dropped off|came in|come in|donated to us|given to us|gave us|were given|sent (?:to )?us|brought in)\b/i;

/** +1 for words that add, -1 for words that take away, undefined when they say neither. */
function signOf(words: string): number | undefined {
  if (ARRIVED.test(words)) return 1;
  if (TAKE.test(words)) return -1;
  if (ADD.test(words)) return 1;
  return undefined;
}

/** The changes to the counted noun, in the order the user said them. */
function changes(noun: string, texts: readonly string[]): Change[] {
  const want = stem(noun);
  const out: Change[] = [];
  for (const text of texts) {
    for (const sentence of digitsForWords(text.slice(0, 4000)).split(/(?<=[.!?])\s+|\n+/)) {
      if (/\?\s*$/.test(sentence)) continue;
      let before = out.length;
      for (const clause of sentence.split(/,|;|\bbut\b|\bthen\b|\band\b|\bafter that\b/i)) {
        const found = [
          ...clause.matchAll(
            /(?<![\d.,:£$€-])(\d[\d,]*(?:\.\d+)?)(?![\d:%])(?:\s+(?:more|extra|new|other|full|empty|big|small|large))?\s*([a-z]+)?/gi,
          ),
        ];
        found.forEach((x, i) => {
          const after = (x[2] ?? "").toLowerCase();
          const named = after !== "" && stem(after) === want;
          // A bare number counts the noun only once the noun is being counted: "but we gave out 20".
          const bare =
            !named &&
            out.length > 0 &&
            (after === "" ||
              /^(?:of|to|on|in|at|this|today|yesterday|more|away|out|back|from|for|by|during|so|over|later|again|too|as|before|after|while|were|was|came|went|got|are)$/.test(
                after,
              ));
          if (!named && !bare) return;
          const at = x.index ?? 0;
          const lead = clause.slice(i > 0 ? (found[i - 1].index ?? 0) + found[i - 1][0].length : 0, at);
          const tail = clause.slice(at + x[0].length, found[i + 1]?.index ?? clause.length);
          let sign = signOf(lead) ?? signOf(tail);
          if (sign === undefined && out.length === 0 && START.test(lead + tail)) sign = 0;
          // "I used 3 eggs for an omelette and 4 for a cake": the 4 was used the same way.
          if (sign === undefined && out.length > before && out[out.length - 1].sign !== 0)
            sign = out[out.length - 1].sign;
          out.push({ n: Number(x[1].replace(/,/g, "")), sign: sign ?? Number.NaN });
        });
      }
      before = out.length;
    }
  }
  return out;
}

/** "How many boxes do we still have?" over turns that added and took some; null when no such count was kept. */
export function tallyReplies(q: string, earlier: readonly string[]): Filled[] | null {
  const noun = askedNoun(q);
  if (!noun) return null;
  const all = changes(noun, earlier);
  // One stated number is a fact to recall, not a tally.
  if (all.length < 2) return null;
  if (all.some((c) => Number.isNaN(c.sign)) || all[0].sign === -1) return unsure(noun);
  let total = 0;
  const steps: string[] = [];
  for (const c of all) {
    total += c.sign === -1 ? -c.n : c.n;
    steps.push(steps.length === 0 ? show(c.n) : `${c.sign === -1 ? "-" : "+"} ${show(c.n)}`);
  }
  if (total < 0) return unsure(noun);
  const sum = `${steps.join(" ")} = ${show(total)}`;
  return expand(
    `[${show(total)} ${noun}: ${sum}, going by what you told me.|That leaves ${show(total)} ${noun} (${sum}), from the numbers you gave me.]`,
  );
}

function unsure(noun: string): Filled[] {
  return expand(
    `[I can't work out how many ${noun} are left from what you said: I couldn't tell which numbers were added and which were taken away.|I can't tell how many ${noun} you have now: I couldn't read whether each number you gave was added or taken away.] [I'm the workbook's offline model, so I only know what you say in this conversation.|As the workbook's offline model, I only go by what you tell me here.]`,
  );
}

/**
 * "142 guests, and 18 of them are vegetarian" then "how many are NOT vegetarian?": the whole less
 * the part, when one sentence says both.
 */
export function complementReplies(q: string, earlier: readonly string[]): Filled[] | null {
  const m =
    /\bhow many\s+(?:([a-z]+)\s+)?(are|were|is|do|did|does|will|have|can)(n't|\s+not)\s+([a-z][a-z -]*?)\s*(?:again|now)?\s*\??\s*$/i.exec(
      q,
    );
  if (!m) return null;
  const noun = m[1]?.toLowerCase();
  const what = m[4].toLowerCase();
  const key = what.split(" ").find((w) => w.length >= 3 && !/^(the|any|have|got)$/.test(w));
  if (!key) return null;
  for (const text of [...earlier].reverse()) {
    for (const sentence of digitsForWords(text).split(/(?<=[.!?])\s+|\n+/)) {
      const whole = /(\d[\d,]*)\s+([a-z]+)/i.exec(sentence);
      if (!whole || (noun && stem(whole[2].toLowerCase()) !== stem(noun))) continue;
      const part = new RegExp(
        `(\\d[\\d,]*)\\s+(?:of (?:them|those|these|the [a-z]+)\\s+)?(?:[a-z']+\\s+){0,2}${key.slice(0, Math.max(4, key.length - 2)).replace(/[-]/g, "\\-")}`,
        "i",
      ).exec(sentence.slice((whole.index ?? 0) + whole[0].length));
      if (!part) continue;
      const all = Number(whole[1].replace(/,/g, ""));
      const some = Number(part[1].replace(/,/g, ""));
      if (some > all) continue;
      const label = noun ?? whole[2].toLowerCase();
      const not = `${m[2].toLowerCase()}${m[3].trim().toLowerCase() === "n't" ? "n't" : " not"}`;
      return expand(
        `[${show(all - some)} ${label} ${not} ${what}: ${show(all)} - ${show(some)} = ${show(all - some)}, going by what you told me.|${show(all - some)}: ${show(all)} ${label}, less the ${show(some)} you told me about.]`,
      );
    }
  }
  return null;
}

const CURRENCY: Record<string, string> = { $: "$", "€": "€", "£": "£" };

/**
 * "Flat 2A pays £850, Flat 2B pays £920 and Flat 3 pays £1,100." then "What's the total rent?":
 * the amounts of money one sentence gives, added up.
 */
export function moneyTotalReplies(q: string, earlier: readonly string[]): Filled[] | null {
  if (
    !/\b(?:what(?:'s|s| is| was| would be| will be)|how much is|tell me|give me|work out|calculate)\s+(?:the\s+|my\s+|our\s+)?(?:grand\s+)?total\b|\bhow much (?:do|will|would|did) (?:i|we) (?:get|make|earn|pay|spend|owe|collect) (?:in total|altogether|all together|overall)\b|\badd (?:them|those|these|it all|all that|those amounts) up\b/i.test(
      q,
    )
  )
    return null;
  for (const text of [...earlier].reverse()) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/).reverse()) {
      if (/\?\s*$/.test(sentence)) continue;
      const amounts = [...sentence.matchAll(/([$€£])\s?(\d[\d,]*(?:\.\d{1,2})?)(?![\d%])/g)];
      if (amounts.length < 2) continue;
      const symbols = new Set(amounts.map((a) => a[1]));
      if (symbols.size !== 1) return null;
      const symbol = CURRENCY[amounts[0][1]];
      const values = amounts.map((a) => Number(a[2].replace(/,/g, "")));
      const sum = values.reduce((a, b) => a + b, 0);
      const money = (n: number) =>
        `${symbol}${n.toLocaleString("en-US", { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
      const parts = values.map(money).join(" + ");
      return expand(
        `[${money(sum)} in total: ${parts} = ${money(sum)}, going by what you told me.|The total is ${money(sum)} (${parts}), from the amounts you gave me.]`,
      );
    }
  }
  return null;
}

const EXCEPT =
  /^[^.;!?]{0,40}?(?:apart from|except(?: for)?|but not|other than|excluding|bar|besides|not counting|skipping|minus|save for|all but)\s+/i;

/**
 * "I've done bays 1 to 9, apart from bay 4" then "how many bays have I cleaned?": a numbered run
 * counted (9 - 1 + 1 = 9), less the numbers left out of it that fall inside it (8). Only a
 * question about that run's own noun, and not what is left to do (the whole is not known).
 */
export function rangeCountReplies(q: string, said: readonly string[]): Filled[] | null {
  const m = /\bhow many\s+([a-z]+)\b/i.exec(q);
  if (!m || /\b(?:left|still|remain\w*|to go|to do|more)\b/i.test(q)) return null;
  const noun = stem(m[1].toLowerCase());
  const found: { word: string; from: number; to: number; out: Set<number> }[] = [];
  for (const text of said) {
    for (const sentence of digitsForWords(text).split(/(?<=[.!?])\s+|\n+/)) {
      if (/\?\s*$/.test(sentence)) continue;
      const run =
        /\b([a-z]+)\s+(?:number\s+|nos?\.?\s+|#)?(\d{1,4})\s*(?:to|-|–|through|thru|till|until)\s*(\d{1,4})\b/gi;
      for (const r of sentence.matchAll(run)) {
        if (stem(r[1].toLowerCase()) !== noun) continue;
        const from = Number(r[2]);
        const to = Number(r[3]);
        if (to <= from || to - from > 10000) return null;
        const after = sentence.slice((r.index ?? 0) + r[0].length);
        const cut = EXCEPT.exec(after);
        const out = new Set<number>();
        if (cut) {
          const list =
            /^(?:(?:the\s+)?[a-z]+\s+)?(?:#\s*)?(\d{1,4})((?:\s*(?:,|\band\b|\bor\b|&)\s*(?:[a-z]+\s+)?(?:#\s*)?\d{1,4})*)/i.exec(
              after.slice(cut[0].length),
            );
          // A part left out that cannot be read: no count is guessed.
          if (!list) return null;
          for (const n of `${list[1]} ${list[2]}`.match(/\d{1,4}/g) ?? []) {
            const k = Number(n);
            if (k >= from && k <= to) out.add(k);
          }
        } else if (
          /\b(?:apart from|except|but not|other than|excluding|not counting|skipp(?:ed|ing)|missed)\b/i.test(after)
        )
          return null;
        found.push({ word: r[1].toLowerCase(), from, to, out });
      }
    }
  }
  // Two runs of the same thing ("essays 1 to 30 yesterday", "31 to 40 today"): which one is asked is not known.
  if (found.length !== 1) return null;
  const { word, from, to, out } = found[0];
  const whole = to - from + 1;
  const n = whole - out.size;
  const one = word.replace(/(?<=[^s])s$/, "");
  const less = out.size ? `, less ${one} ${[...out].join(" and ")} (${whole} - ${out.size} = ${n})` : "";
  return expand(
    `[${show(n)} ${m[1].toLowerCase()}: ${from} to ${to} makes ${whole}${less}.|${show(n)}. ${cap(word)} ${from} to ${to} is ${whole}${less}.]`,
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
