/** The shape of the offline model's corpus: topics, each with several passages written for the workbook. */

/** A role a system or developer message can give the assistant; passages written for it are preferred. */
export type Persona = "coding" | "medical" | "coach" | "tutor" | "child";

export interface Passage {
  /** The answer, as the model would write it. Code goes in fenced blocks. */
  text: string;
  /** Words in the user's last message that make this passage, rather than its siblings, the answer. */
  cues?: string[];
  /** Short items for bullet-point, list and JSON answers. */
  points?: string[];
  /** Written for an assistant with this role. */
  persona?: Persona;
  /** Written in French, Spanish or German (English when absent). */
  lang?: "fr" | "es" | "de";
  /** The programming language of its code, when it has some. */
  language?: "python" | "typescript";
}

export interface Topic {
  id: string;
  /** A human title, used in markdown headings and JSON answers. */
  title: string;
  /** Words that mark a message as being about this topic. */
  keywords: string[];
  passages: Passage[];
  /** Chosen only when no other topic matches the conversation. */
  fallback?: boolean;
  /** Each passage answers its own question (a parameter, a role): none is a first choice over its siblings. */
  distinct?: boolean;
  /** Short creative pieces (taglines, haiku): lists repeat the passages themselves, one per item. */
  creative?: boolean;
}
