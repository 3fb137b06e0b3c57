/**
 * Requests that are clearly harmful get a refusal, as the API's models give one: a short
 * apology, no lecture. With Structured Outputs the API puts it in `message.refusal` (chat.ts
 * does that for candidates whose source is "refusal"). Only the clear cases: weapons that kill,
 * hard drugs, malware, breaking into other people's accounts, hurting a person.
 */
import { expand, type Filled } from "../language/templates";

const ASK =
  /\b(how (?:do|can|could|would|should) (?:i|we|you|one|someone)|how to|tell me how|show me how|teach me|help me|give me|write|explain how|steps? (?:to|for)|instructions? (?:to|for)|guide (?:to|for)|recipe for|i want to|i need to|best way to)\b/i;
const HARMFUL: RegExp[] = [
  /\b(make|build|create|assemble|construct|synthesi[sz]e|produce|manufacture)\b[^.?!]{0,40}\b(bombs?|explosives?|pipe bombs?|ied|grenades?|nerve agents?|sarin|bioweapons?|chemical weapons?|ricin|anthrax)\b/i,
  /\b(make|cook|synthesi[sz]e|produce|manufacture)\b[^.?!]{0,30}\b(meth(?:amphetamine)?|crystal meth|heroin|fentanyl|cocaine)\b/i,
  /\b(write|code|create|build|make|develop)\b[^.?!]{0,30}\b(ransomware|malware|keyloggers?|computer virus|trojan|botnet|credential stealer|spyware)\b/i,
  /\b(hack|break|get)\s+into\b[^.?!]{0,40}\b(someone(?:'s)?|somebody(?:'s)?|my (?:ex|neighbou?r|boss|partner)(?:'s)?|other people(?:'s)?|an?other person(?:'s)?)\b/i,
  /\b(steal|phish)\b[^.?!]{0,30}\b(credit cards?|passwords?|identit(?:y|ies)|bank details|accounts?)\b/i,
  /\b(kill|murder|poison|hurt|injure|strangle|stab)\b[^.?!]{0,30}\b(someone|somebody|a person|people|my (?:wife|husband|neighbou?r|boss|friend|teacher|partner|ex|family|mother|father|brother|sister))\b/i,
];
const SELF_HARM = /\b(kill myself|end my life|suicide|hurt myself|self-harm)\b/i;

const REFUSALS = [
  "[I'm sorry, but I can't help with that.|I'm sorry, but I can't assist with that request.|Sorry, I can't help with that.]",
];
const SUPPORT = [
  "[I'm really sorry you're feeling this way.|I'm sorry you're going through this.] I can't help with that, but you don't have to face it alone: please reach out to someone you trust, or to a local crisis line or emergency number right now. If you'd like, I'm here to talk.",
];

/** The refusals that fit the last message, or null when it asks for nothing clearly harmful. */
export function refusalReplies(lastUser: string): Filled[] | null {
  if (SELF_HARM.test(lastUser) && /\b(how|want|going to|help me|ways?|best)\b/i.test(lastUser))
    return expand(SUPPORT[0]);
  if (!ASK.test(lastUser) && !/^\s*(make|build|write|create|synthesi[sz]e|hack|steal|kill|poison)\b/i.test(lastUser))
    return null;
  return HARMFUL.some((re) => re.test(lastUser)) ? expand(REFUSALS[0]) : null;
}

/** The refusal templates, for the seam check. */
export function refusalTemplates(): string[] {
  return [...REFUSALS, ...SUPPORT].flatMap((t) => expand(t).map((f) => f.text));
}
