/** Everything the model may write word for word: what the seam check (point 3 of issue 8) compares replies with. */
import { corpusEntries } from "../corpus/all";
import { declineTemplates } from "../skills/decline";
import { historyTemplates } from "../skills/history";
import { singleSwaps } from "../model/paraphrase";
import { refusalTemplates } from "../skills/refusal";
import { styleTemplates } from "../skills/styles";
import { templateTexts } from "../language/templates";
import { languageTemplates } from "./language";
import { smallTalkTexts } from "../language/small-talk";

let known: string[] | null = null;

/**
 * The passages, their one-swap paraphrases, and the templates (with "{}" where a slot takes words
 * from the prompt, so a trigram with a word of the prompt may match "{}").
 */
export function writableTexts(): string[] {
  if (!known) {
    known = [];
    for (const e of corpusEntries()) known.push(e.passage.text, ...singleSwaps(e.passage.text));
    known.push(
      ...templateTexts(),
      ...historyTemplates(),
      ...refusalTemplates(),
      ...styleTemplates(),
      ...languageTemplates(),
      ...smallTalkTexts(),
      ...declineTemplates(),
    );
  }
  return known;
}
