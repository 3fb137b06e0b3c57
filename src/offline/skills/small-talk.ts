/**
 * Small talk in another language: "Bonjour, comment ça va ?", "Ciao, come stai?", or "Hello!"
 * after a system message that asks for Italian. English small talk is left to the others.
 */
import { detectSpoken } from "../language/languages";
import { smallTalk, smallTalkReplies } from "../language/small-talk";
import type { Skill } from "./skill";

export const smallTalkSkill: Skill = {
  name: "small-talk",
  does: "greetings, 'how are you?', thanks and goodbyes in French, Spanish, German, Italian, Portuguese or Dutch",
  reply({ lastUser, instructions }) {
    const talk = smallTalk(lastUser);
    if (!talk) return null;
    const code = instructions.speak?.code ?? detectSpoken(lastUser);
    if (!code || code === "en") return null;
    const texts = smallTalkReplies(code, talk);
    // Already in the language asked: no note, no "the answer is" sentence around it.
    return texts ? { texts, asWritten: true } : null;
  },
};
