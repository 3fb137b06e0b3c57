/**
 * Small talk in another language: "Bonjour, comment ça va ?", "Ciao, come stai?", or "Hello!"
 * after a system message that asks for Italian. English small talk is left to the others.
 */
import { detectSpoken } from "../language/languages";
import { greetingByName, introducedName, smallTalk, smallTalkReplies, whoLanguage } from "../language/small-talk";
import type { Skill } from "./skill";

export const smallTalkSkill: Skill = {
  name: "small-talk",
  does: "greetings, 'how are you?', thanks and goodbyes in French, Spanish, German, Italian, Portuguese or Dutch",
  reply({ lastUser, instructions }) {
    const name = introducedName(lastUser);
    const talk = smallTalk(lastUser);
    if (!talk && !name) return null;
    const code =
      instructions.speak?.code ??
      detectSpoken(lastUser) ??
      name?.code ??
      (talk === "who" ? whoLanguage(lastUser) : undefined);
    if (!code || code === "en") return null;
    // "Bonjour ! Je m'appelle Marie.": greeted back by name, in the language.
    const named = name ? greetingByName(code, name.name) : undefined;
    if (named) return { texts: named, asWritten: true };
    if (!talk) return null;
    if (!code || code === "en") return null;
    const texts = smallTalkReplies(code, talk);
    // Already in the language asked: no note, no "the answer is" sentence around it.
    return texts ? { texts, asWritten: true } : null;
  },
};
