/**
 * Greetings, "how are you?", thanks and goodbyes in the languages the model reads: what it says
 * back to small talk written in them, or asked for in them ("Rispondi solo in italiano." then
 * "Hello!"). Whole replies per language, a few phrasings each, written out rather than expanded
 * as templates, which would take the space out of French "Bonjour !".
 */
const phrasings = (template: string) =>
  template
    .replace(/^\[|\]$/g, "")
    .split("|")
    .map((text) => ({ text, weight: 1 }));
export type Talk = "greet" | "howAreYou" | "thanks" | "bye";

const REPLIES: Record<string, Record<Talk, string>> = {
  fr: {
    greet: "[Bonjour ! Comment puis-je vous aider aujourd'hui ?|Bonjour ! Que puis-je faire pour vous ?]",
    howAreYou:
      "[Ça va bien, merci ! Et vous ? Comment puis-je vous aider ?|Très bien, merci ! Que puis-je faire pour vous aujourd'hui ?]",
    thanks:
      "[Avec plaisir ! N'hésitez pas si vous avez d'autres questions.|De rien ! Je suis là si vous avez d'autres questions.]",
    bye: "[Au revoir, et à bientôt !|Au revoir ! Bonne journée à vous !]",
  },
  es: {
    greet: "[¡Hola! ¿En qué puedo ayudarte hoy?|¡Hola! ¿Qué puedo hacer por ti?]",
    howAreYou:
      "[¡Muy bien, gracias! ¿Y tú? ¿En qué puedo ayudarte?|¡Bien, gracias por preguntar! ¿En qué puedo ayudarte hoy?]",
    thanks: "[¡De nada! Si tienes más preguntas, aquí estoy.|¡Con mucho gusto! Aquí estoy para lo que necesites.]",
    bye: "[¡Adiós, hasta pronto!|¡Hasta luego! Que tengas un buen día.]",
  },
  de: {
    greet: "[Hallo! Wie kann ich dir heute helfen?|Hallo! Was kann ich für dich tun?]",
    howAreYou:
      "[Mir geht es gut, danke! Und dir? Wie kann ich dir helfen?|Danke, gut! Was kann ich heute für dich tun?]",
    thanks:
      "[Gern geschehen! Melde dich, wenn du weitere Fragen hast.|Bitte sehr! Ich bin da, wenn du noch Fragen hast.]",
    bye: "[Auf Wiedersehen, bis bald!|Tschüss, und einen schönen Tag noch!]",
  },
  it: {
    greet: "[Ciao! Come posso aiutarti oggi?|Ciao! Cosa posso fare per te?]",
    howAreYou: "[Sto bene, grazie! E tu? Come posso aiutarti?|Bene, grazie! Cosa posso fare per te oggi?]",
    thanks: "[Prego! Se hai altre domande, sono qui.|Di niente! Sono qui per qualsiasi altra domanda.]",
    bye: "[Arrivederci, a presto!|Ciao, e buona giornata!]",
  },
  pt: {
    greet: "[Olá! Como posso ajudar você hoje?|Olá! O que posso fazer por você?]",
    howAreYou: "[Tudo bem, obrigado! E você? Como posso ajudar?|Estou bem, obrigado! O que posso fazer por você hoje?]",
    thanks: "[De nada! Se tiver mais perguntas, estou aqui.|Por nada! Estou aqui para o que você precisar.]",
    bye: "[Tchau, até logo!|Até mais, e tenha um bom dia!]",
  },
  nl: {
    greet: "[Hallo! Hoe kan ik je vandaag helpen?|Hoi! Wat kan ik voor je doen?]",
    howAreYou: "[Goed, dank je! En met jou? Hoe kan ik je helpen?|Prima, bedankt! Wat kan ik vandaag voor je doen?]",
    thanks: "[Graag gedaan! Als je nog vragen hebt, ben ik er.|Geen dank! Ik help je graag verder.]",
    bye: "[Tot ziens!|Doei, en nog een fijne dag!]",
  },
};

const HOW_ARE_YOU =
  /(?<![\p{L}])(?:comment (?:ça|ca) va|comment allez[- ]vous|ça va|c[oó]mo est[aá]s|c[oó]mo est[aá] usted|qu[eé] tal|wie geht(?:'s|s| es (?:dir|ihnen))|come stai|come va|come sta|tudo bem|como (?:você )?(?:est[aá]|vai)|hoe gaat het|hoe is het|how are you|how's it going|how are things)(?![\p{L}])/iu;
const GREET =
  /^\s*[¡]?(?:bonjour|salut|bonsoir|hola|buenos d[ií]as|buenas(?: tardes| noches)?|hallo|guten (?:tag|morgen|abend)|servus|moin|ciao|buongiorno|buonasera|ol[áa]|oi|bom dia|boa (?:tarde|noite)|hoi|goedemorgen|goedemiddag|goedenavond|goedendag|hello|hi|hey|good (?:morning|afternoon|evening))(?:\s+(?:there|everyone|à tous|a todos|zusammen|a tutti))?\s*[!.,]*\s*$/i;
const THANKS =
  /^\s*(?:merci(?: beaucoup| bien)?|(?:muchas )?gracias|danke(?: schön| sehr)?|vielen dank|grazie(?: mille)?|obrigad[oa]|muito obrigad[oa]|(?:heel )?bedankt|dank je(?: wel)?|thanks?(?: you)?(?: so much| a lot| very much)?)\s*[!.,]*\s*$/i;
const BYE =
  /^\s*(?:au revoir|à bientôt|adi[oó]s|hasta luego|hasta pronto|tsch[üu]ss|auf wiedersehen|arrivederci|a presto|tchau|adeus|até logo|tot ziens|doei|goodbye|bye)\s*[!.,]*\s*$/i;

/** What kind of small talk a message is, if it is only that (a greeting may open "how are you"). */
export function smallTalk(text: string): Talk | undefined {
  const t = text.trim();
  if (t.length > 80) return undefined;
  const rest = t.replace(/^[¡]?[\p{L}]+(?:\s+[\p{L}]+)?\s*[,!]\s*/u, "");
  if (HOW_ARE_YOU.test(t) && /^[¿¡]?[\p{L}\s',-]*[?!.]*\s*$/u.test(rest) && rest.split(/\s+/).length <= 5)
    return "howAreYou";
  if (GREET.test(t)) return "greet";
  if (THANKS.test(t)) return "thanks";
  if (BYE.test(t)) return "bye";
  return undefined;
}

/** The replies to small talk in the language with code `code`, or undefined when it has none. */
export function smallTalkReplies(code: string, talk: Talk): { text: string; weight: number }[] | undefined {
  const template = REPLIES[code]?.[talk];
  return template ? phrasings(template) : undefined;
}

/** Every reply, for the seam check. */
export function smallTalkTexts(): string[] {
  return Object.values(REPLIES).flatMap((r) => Object.values(r).flatMap((t) => phrasings(t).map((f) => f.text)));
}
