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
export type Talk = "greet" | "howAreYou" | "thanks" | "bye" | "who";

const REPLIES: Record<string, Record<Talk, string>> = {
  fr: {
    greet: "[Bonjour ! Comment puis-je vous aider aujourd'hui ?|Bonjour ! Que puis-je faire pour vous ?]",
    howAreYou:
      "[Ça va bien, merci ! Et vous ? Comment puis-je vous aider ?|Très bien, merci ! Que puis-je faire pour vous aujourd'hui ?]",
    thanks:
      "[Avec plaisir ! N'hésitez pas si vous avez d'autres questions.|De rien ! Je suis là si vous avez d'autres questions.]",
    bye: "[Au revoir, et à bientôt !|Au revoir ! Bonne journée à vous !]",
    who: "[Je suis le petit modèle hors ligne du workbook : je réponds à quelques questions simples pour vous aider à pratiquer l'API Chat Completions.|Je suis le modèle hors ligne du workbook, un petit modèle de langue pour s'exercer à l'API Chat Completions. Que puis-je faire pour vous ?]",
  },
  es: {
    greet: "[¡Hola! ¿En qué puedo ayudarte hoy?|¡Hola! ¿Qué puedo hacer por ti?]",
    howAreYou:
      "[¡Muy bien, gracias! ¿Y tú? ¿En qué puedo ayudarte?|¡Bien, gracias por preguntar! ¿En qué puedo ayudarte hoy?]",
    thanks: "[¡De nada! Si tienes más preguntas, aquí estoy.|¡Con mucho gusto! Aquí estoy para lo que necesites.]",
    bye: "[¡Adiós, hasta pronto!|¡Hasta luego! Que tengas un buen día.]",
    who: "[Soy el pequeño modelo sin conexión del workbook: respondo a algunas preguntas sencillas para que practiques la API de Chat Completions.|Soy el modelo sin conexión del workbook, un pequeño modelo de lenguaje para practicar la API de Chat Completions. ¿En qué puedo ayudarte?]",
  },
  de: {
    greet: "[Hallo! Wie kann ich dir heute helfen?|Hallo! Was kann ich für dich tun?]",
    howAreYou:
      "[Mir geht es gut, danke! Und dir? Wie kann ich dir helfen?|Danke, gut! Was kann ich heute für dich tun?]",
    thanks:
      "[Gern geschehen! Melde dich, wenn du weitere Fragen hast.|Bitte sehr! Ich bin da, wenn du noch Fragen hast.]",
    bye: "[Auf Wiedersehen, bis bald!|Tschüss, und einen schönen Tag noch!]",
    who: "[Ich bin das kleine Offline-Modell des Workbooks: Ich beantworte ein paar einfache Fragen, damit du die Chat Completions API üben kannst.|Ich bin das Offline-Modell des Workbooks, ein kleines Sprachmodell zum Üben der Chat Completions API. Wie kann ich dir helfen?]",
  },
  it: {
    greet: "[Ciao! Come posso aiutarti oggi?|Ciao! Cosa posso fare per te?]",
    howAreYou: "[Sto bene, grazie! E tu? Come posso aiutarti?|Bene, grazie! Cosa posso fare per te oggi?]",
    thanks: "[Prego! Se hai altre domande, sono qui.|Di niente! Sono qui per qualsiasi altra domanda.]",
    bye: "[Arrivederci, a presto!|Ciao, e buona giornata!]",
    who: "[Sono il piccolo modello offline del workbook: rispondo ad alcune domande semplici per aiutarti a fare pratica con l'API Chat Completions.|Sono il modello offline del workbook, un piccolo modello linguistico per esercitarsi con l'API Chat Completions. Come posso aiutarti?]",
  },
  pt: {
    greet: "[Olá! Como posso ajudar você hoje?|Olá! O que posso fazer por você?]",
    howAreYou: "[Tudo bem, obrigado! E você? Como posso ajudar?|Estou bem, obrigado! O que posso fazer por você hoje?]",
    thanks: "[De nada! Se tiver mais perguntas, estou aqui.|Por nada! Estou aqui para o que você precisar.]",
    bye: "[Tchau, até logo!|Até mais, e tenha um bom dia!]",
    who: "[Sou o pequeno modelo offline do workbook: respondo a algumas perguntas simples para você praticar a API de Chat Completions.|Sou o modelo offline do workbook, um pequeno modelo de linguagem para praticar a API de Chat Completions. Como posso ajudar?]",
  },
  nl: {
    greet: "[Hallo! Hoe kan ik je vandaag helpen?|Hoi! Wat kan ik voor je doen?]",
    howAreYou: "[Goed, dank je! En met jou? Hoe kan ik je helpen?|Prima, bedankt! Wat kan ik vandaag voor je doen?]",
    thanks: "[Graag gedaan! Als je nog vragen hebt, ben ik er.|Geen dank! Ik help je graag verder.]",
    bye: "[Tot ziens!|Doei, en nog een fijne dag!]",
    who: "[Ik ben het kleine offline model van het workbook: ik beantwoord een paar eenvoudige vragen, zodat je met de Chat Completions API kunt oefenen.|Ik ben het offline model van het workbook, een klein taalmodel om met de Chat Completions API te oefenen. Hoe kan ik je helpen?]",
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

/** "Qui es-tu ?", "¿Cómo te llamas?", "Wie heißt du?": who the model is, asked in the language. */
const WHO_BY_LANGUAGE: [string, string][] = [
  ["fr", "qui es-tu|qui êtes-vous|tu es qui|comment tu t'appelles|comment t'appelles-tu|comment vous appelez-vous"],
  ["es", "quién eres|quién es usted|cómo te llamas|cómo se llama usted"],
  ["de", "wer bist du|wer sind sie|wie heißt du|wie heißen sie"],
  ["it", "chi sei|chi è lei|come ti chiami|come si chiama"],
  ["pt", "quem é você|quem és tu|como você se chama|como te chamas"],
  ["nl", "wie ben jij|wie ben je|wie bent u|hoe heet je|hoe heet jij|hoe heet u"],
];
const whoPattern = (phrases: string) =>
  new RegExp(`^\\s*(?:[\\p{L}]+\\s*[!,.]\\s*)?[¿]?(?:${phrases})\\s*(?:tu|toi)?\\s*[?？!.]*\\s*$`, "iu");
const WHO = whoPattern(WHO_BY_LANGUAGE.map(([, p]) => p).join("|"));

/** The language a "who are you?" is asked in, by its own words ("Qui es-tu ?" is French). */
export function whoLanguage(text: string): string | undefined {
  const t = text.trim().replace(/[’]/g, "'");
  return WHO_BY_LANGUAGE.find(([, p]) => whoPattern(p).test(t))?.[0];
}

/** "Je m'appelle Marie", "Me llamo Carlos": the name the user gives, to greet them by it. */
const NAMED =
  /^\s*(?:(?:bonjour|salut|hola|hallo|ciao|olá|oi|hoi|buongiorno|buenos días)\s*[!,.]?\s*)?(?:je m'appelle|moi c'est|me llamo|mi nombre es|ich heiße|mein name ist|mi chiamo|il mio nome è|eu me chamo|me chamo|chamo-me|meu nome é|ik heet|mijn naam is)\s+([\p{L}'-]{2,20})\s*[.!]?\s*$/iu;

const NAMED_IN: [string, RegExp][] = [
  ["fr", /je m'appelle|moi c'est/i],
  ["es", /me llamo|mi nombre es/i],
  ["de", /ich heiße|mein name ist/i],
  ["it", /mi chiamo|il mio nome è/i],
  ["pt", /eu me chamo|me chamo|chamo-me|meu nome é/i],
  ["nl", /ik heet|mijn naam is/i],
];

/** The name a short message in another language introduces its writer by, and that language. */
export function introducedName(text: string): { name: string; code: string } | undefined {
  const t = text.trim().replace(/[’]/g, "'");
  const m = NAMED.exec(t);
  if (!m || !/^\p{Lu}/u.test(m[1])) return undefined;
  const code = NAMED_IN.find(([, re]) => re.test(t))?.[0];
  return code ? { name: m[1], code } : undefined;
}

const NICE_TO_MEET: Record<string, string> = {
  fr: "[Enchanté, {} ! Comment puis-je vous aider ?|Bonjour, {} ! Ravi de faire votre connaissance. Que puis-je faire pour vous ?]",
  es: "[¡Encantado, {}! ¿En qué puedo ayudarte?|¡Hola, {}! Mucho gusto. ¿Qué puedo hacer por ti?]",
  de: "[Freut mich, {}! Wie kann ich dir helfen?|Hallo, {}! Schön, dich kennenzulernen. Was kann ich für dich tun?]",
  it: "[Piacere, {}! Come posso aiutarti?|Ciao, {}! Piacere di conoscerti. Cosa posso fare per te?]",
  pt: "[Prazer, {}! Como posso ajudar?|Olá, {}! Muito prazer. O que posso fazer por você?]",
  nl: "[Aangenaam, {}! Hoe kan ik je helpen?|Hallo, {}! Leuk je te ontmoeten. Wat kan ik voor je doen?]",
};

/** The greeting by name in the language with code `code`. */
export function greetingByName(code: string, name: string): { text: string; weight: number }[] | undefined {
  const template = NICE_TO_MEET[code];
  return template ? phrasings(template).map((f) => ({ ...f, text: f.text.replace("{}", name) })) : undefined;
}

/**
 * A message that opens with a greeting and goes on ("Hello, what's 12 times 4?", "hi! what can you do?"),
 * without the greeting: what follows is what is asked. A greeting alone is kept.
 */
export function withoutGreeting(text: string): string {
  const m =
    /^\s*(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day))(?:\s+(?:there|everyone|all|again|friend|buddy|assistant|bot|model|chatgpt))?(?:\s*[!.,:;]+|\s*[-–—]+)\s*/i.exec(
      text,
    );
  if (!m) return text;
  const rest = text.slice(m[0].length);
  // "Hi! Answer in Swedish.": the rest says how to answer the greeting, not what else to answer.
  if (
    /^(?:please\s+)?(?:answer|reply|respond|speak|talk|say (?:it|that|hi|hello))\b|^in\s+\p{L}+\W*$/iu.test(rest.trim())
  )
    return text;
  return rest.trim().split(/\s+/).length >= 2 ? rest.charAt(0).toUpperCase() + rest.slice(1) : text;
}

/** What kind of small talk a message is, if it is only that (a greeting may open "how are you"). */
export function smallTalk(text: string): Talk | undefined {
  const t = text.trim();
  if (t.length > 80) return undefined;
  const rest = t.replace(/^[¡]?[\p{L}]+(?:\s+[\p{L}]+)?\s*[,!]\s*/u, "");
  if (HOW_ARE_YOU.test(t) && /^[¿¡]?[\p{L}\s',-]*[?!.]*\s*$/u.test(rest) && rest.split(/\s+/).length <= 5)
    return "howAreYou";
  if (WHO.test(t)) return "who";
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
  return [...Object.values(REPLIES), NICE_TO_MEET].flatMap((r) =>
    Object.values(r).flatMap((t) => phrasings(t).map((f) => f.text)),
  );
}
