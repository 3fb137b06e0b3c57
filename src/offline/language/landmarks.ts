/**
 * "the Great Wall of China", "the Bank of England", "the Gulf of Mexico": a capitalised name "of"
 * a place. What is asked about is the named thing, not the place it is named after, so a fact or
 * a passage about the place does not answer it. A state's own long name ("the Republic of
 * Ireland", "the United States of America") is the place itself.
 */
const STATE_FORM =
  /^(?:republic|kingdom|united|states?|commonwealth|federation|federal|union|principality|grand|duchy|empire|people's|democratic|islamic|socialist|plurinational|islands?|isle|city|capital|population|flag|language|currency|president|king|queen|prime|minister|government|history|map|name|size|area|climate|weather|people|center|centre|north|south|east|west|northern|southern|eastern|western|central|rest|whole|heart|middle)$/i;

/** The capitalised names "of" a capitalised word in `text`: their words and the word after "of". */
export function namesOf(text: string): { head: string[]; of: string }[] {
  const out: { head: string[]; of: string }[] = [];
  for (const m of text.matchAll(/\bthe\s+((?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+)\s+of\s+(?:the\s+)?([A-Z][\w-]+)/g)) {
    const head = m[1].split(/\s+/);
    if (head.some((h) => STATE_FORM.test(h))) continue;
    out.push({ head, of: m[2] });
  }
  return out;
}
