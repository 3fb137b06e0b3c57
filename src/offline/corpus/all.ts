/** The offline model's corpus: original prose written for the workbook, one file per theme. */
import { MACHINE_LEARNING } from "./ml";
import { PARIS } from "./places";
import { DECORATORS, PYTHON_PRACTICES, TYPESCRIPT } from "./python";
import { RECURSION, SORTING } from "./algorithms";
import { CREATIVE_WRITING, WRITING } from "./writing";
import { HEALTH } from "./health";
import { HAIKU, JOKES, POEMS, STORIES, TAGLINES } from "./creative";
import { FUTURE, JSON_TOPIC, LANGUAGE_MODELS } from "./technology";
import { FALLBACK, GREETINGS, SELF, THANKS } from "./general";
import { SIMPLE } from "./simple";
import { CHAT_API } from "./api";
import { TRANSLATIONS } from "./translations";
import { WORLD } from "./world";
import { PYTHON_BASICS } from "./python-basics";
import { PROGRAMMING } from "./programming";
import { PUZZLES } from "./puzzles";
import { SUPPORT } from "./support";
import type { Passage, Topic } from "./types";

export type { Passage, Persona, Topic } from "./types";

export const TOPICS: readonly Topic[] = [
  PARIS,
  DECORATORS,
  PYTHON_PRACTICES,
  TYPESCRIPT,
  RECURSION,
  SORTING,
  MACHINE_LEARNING,
  WRITING,
  CREATIVE_WRITING,
  HEALTH,
  HAIKU,
  TAGLINES,
  POEMS,
  STORIES,
  JOKES,
  FUTURE,
  LANGUAGE_MODELS,
  CHAT_API,
  JSON_TOPIC,
  PUZZLES,
  SUPPORT,
  ...WORLD,
  ...PYTHON_BASICS,
  ...PROGRAMMING,
  GREETINGS,
  THANKS,
  SELF,
  FALLBACK,
];

/** A passage with the topic it belongs to, numbered across the corpus. */
export interface CorpusEntry {
  index: number;
  topic: Topic;
  passage: Passage;
}

let entries: CorpusEntry[] | null = null;

/** Topics with their translated passages (and the words other languages use for them) and their answers for a child. */
function withTranslations(topic: Topic): Topic {
  const t = TRANSLATIONS[topic.id];
  const simple = SIMPLE[topic.id] ?? [];
  if (!t && !simple.length) return topic;
  return {
    ...topic,
    keywords: [...topic.keywords, ...(t?.keywords ?? [])],
    passages: [...topic.passages, ...simple, ...(t?.passages ?? [])],
  };
}

export function corpusEntries(): readonly CorpusEntry[] {
  if (!entries) {
    entries = [];
    for (const original of TOPICS) {
      const topic = withTranslations(original);
      for (const passage of topic.passages) entries.push({ index: entries.length, topic, passage });
    }
  }
  return entries;
}

/** Every text the n-gram model learns from: the passages. */
export function corpusTexts(): string[] {
  return corpusEntries().map((e) => e.passage.text);
}
