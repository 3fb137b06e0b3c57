/**
 * A question written in French, Spanish or German, read in English so the skills can answer it:
 * "¿Cuál es la capital de Italia?" -> "what is the capital of Italy?". Word by word from a small
 * glossary of the words everyday questions use, country names from the runtime's own CLDR data
 * (Intl.DisplayNames, so no table to keep), numbers as they are. Strict on purpose: one word the
 * glossary does not know and there is no English reading at all, so a question is never answered
 * as another one.
 */
import { allCountries } from "../corpus/countries";
type Spoken = "fr" | "es" | "de" | "it" | "pt" | "nl";

/** Phrases first (longest wins), then words. Values are English; "" drops the word. */
const GLOSSARY: Record<Spoken, Record<string, string>> = {
  fr: {
    "qu'est-ce que c'est": "what is",
    "qu'est-ce que": "what is",
    "quelle est": "what is",
    "quel est": "what is",
    "quelles sont": "what are",
    "quels sont": "what are",
    "combien font": "what is",
    "combien fait": "what is",
    "combien de": "how many",
    "combien y a-t-il de": "how many",
    "y a-t-il": "are there",
    "il y a": "there are",
    "c'est quoi": "what is",
    "divisé par": "divided by",
    "point d'ébullition": "boiling point",
    "la plus grande": "the largest",
    "le plus grand": "the largest",
    "la plus petite": "the smallest",
    "le plus petit": "the smallest",
    "s'il vous plaît": "",
    "s'il te plaît": "",
    "en degrés": "in degrees",
    réponds: "",
    répondez: "",
    "dis-moi": "",
    "dites-moi": "",
    capitale: "capital",
    de: "of",
    du: "of the",
    des: "of the",
    "d'": "of",
    la: "the",
    le: "the",
    les: "the",
    "l'": "the",
    un: "a",
    une: "a",
    est: "is",
    sont: "are",
    qui: "who",
    où: "where",
    quand: "when",
    combien: "how much",
    fois: "times",
    plus: "plus",
    moins: "minus",
    et: "and",
    jours: "days",
    jour: "day",
    semaine: "week",
    année: "year",
    an: "year",
    heures: "hours",
    heure: "hour",
    minutes: "minutes",
    planète: "planet",
    pays: "country",
    ville: "city",
    eau: "water",
    dans: "in",
    en: "in",
    a: "has",
    ont: "have",
    bonjour: "",
    merci: "",
    mot: "word",
    lettres: "letters",
    "symbole chimique": "chemical symbol",
    symbole: "symbol",
    chimique: "chemical",
    "système solaire": "solar system",
    "racine carrée": "square root",
    kilomètres: "kilometres",
    kilomètre: "kilometre",
    miles: "miles",
    mètres: "metres",
    pieds: "feet",
    degrés: "degrees",
    font: "is",
    fait: "is",
    planètes: "planets",
    mois: "months",
    secondes: "seconds",
    pour: "for",
  },
  es: {
    "cuál es": "what is",
    "cuáles son": "what are",
    "qué es": "what is",
    "cuánto es": "what is",
    "cuánto son": "what is",
    "cuántos días": "how many days",
    cuántos: "how many",
    cuántas: "how many",
    "dividido por": "divided by",
    "dividido entre": "divided by",
    "punto de ebullición": "boiling point",
    "el más grande": "the largest",
    "la más grande": "the largest",
    "el más pequeño": "the smallest",
    "por favor": "",
    responde: "",
    dime: "",
    hay: "are there",
    capital: "capital",
    de: "of",
    del: "of the",
    la: "the",
    el: "the",
    los: "the",
    las: "the",
    un: "a",
    una: "a",
    es: "is",
    son: "are",
    quién: "who",
    dónde: "where",
    cuándo: "when",
    cuánto: "how much",
    por: "times",
    veces: "times",
    más: "plus",
    menos: "minus",
    y: "and",
    días: "days",
    día: "day",
    semana: "week",
    año: "year",
    horas: "hours",
    hora: "hour",
    minutos: "minutes",
    planeta: "planet",
    país: "country",
    ciudad: "city",
    agua: "water",
    en: "in",
    tiene: "has",
    tienen: "have",
    hola: "",
    gracias: "",
    "símbolo químico": "chemical symbol",
    símbolo: "symbol",
    químico: "chemical",
    "sistema solar": "solar system",
    "raíz cuadrada": "square root",
    "grados celsius": "degrees Celsius",
    "grados fahrenheit": "degrees Fahrenheit",
    grados: "degrees",
    planetas: "planets",
    kilómetros: "kilometres",
    millas: "miles",
    metros: "metres",
    pies: "feet",
    meses: "months",
    segundos: "seconds",
    grande: "large",
    "más grande": "largest",
    "más pequeño": "smallest",
    para: "for",
  },
  de: {
    "was ist": "what is",
    "was sind": "what are",
    "wie heißt": "what is",
    "wie viel ist": "what is",
    "wie viel sind": "what is",
    "wieviel ist": "what is",
    "wie viele": "how many",
    "wie viel": "how much",
    "geteilt durch": "divided by",
    "der größte": "the largest",
    "die größte": "the largest",
    "das größte": "the largest",
    "der kleinste": "the smallest",
    "gibt es": "are there",
    hauptstadt: "capital",
    von: "of",
    der: "the",
    die: "the",
    das: "the",
    des: "of the",
    ein: "a",
    eine: "a",
    einem: "a",
    einer: "a",
    ist: "is",
    sind: "are",
    wer: "who",
    wo: "where",
    wann: "when",
    mal: "times",
    plus: "plus",
    minus: "minus",
    und: "and",
    tage: "days",
    tag: "day",
    woche: "week",
    jahr: "year",
    stunden: "hours",
    stunde: "hour",
    minuten: "minutes",
    planet: "planet",
    land: "country",
    stadt: "city",
    wasser: "water",
    in: "in",
    im: "in the",
    hat: "has",
    haben: "have",
    bitte: "",
    antworte: "",
    "sag mir": "",
    "sage mir": "",
    hallo: "",
    danke: "",
    "chemische symbol": "chemical symbol",
    "chemisches symbol": "chemical symbol",
    symbol: "symbol",
    für: "for",
    welcher: "which",
    welche: "which",
    welches: "which",
    "der größte planet": "the largest planet",
    größte: "largest",
    kleinste: "smallest",
    sonnensystem: "solar system",
    planeten: "planets",
    quadratwurzel: "square root",
    "quadratwurzel aus": "square root of",
    kilometer: "kilometres",
    meilen: "miles",
    meter: "metres",
    grad: "degrees",
    celsius: "Celsius",
    fahrenheit: "Fahrenheit",
    monate: "months",
    sekunden: "seconds",
  },
  it: {
    "qual è": "what is",
    "qual'è": "what is",
    "quali sono": "what are",
    "che cos'è": "what is",
    "cos'è": "what is",
    "cosa è": "what is",
    "quanto fa": "what is",
    "quanto fanno": "what is",
    "quanto è": "what is",
    "quanti giorni": "how many days",
    quanti: "how many",
    quante: "how many",
    "diviso per": "divided by",
    diviso: "divided by",
    "il più grande": "the largest",
    "la più grande": "the largest",
    "il più piccolo": "the smallest",
    "simbolo chimico": "chemical symbol",
    "sistema solare": "solar system",
    "radice quadrata": "square root",
    "per favore": "",
    rispondi: "",
    dimmi: "",
    capitale: "capital",
    di: "of",
    del: "of the",
    della: "of the",
    dello: "of the",
    dei: "of the",
    delle: "of the",
    "dell'": "of the",
    il: "the",
    lo: "the",
    la: "the",
    "l'": "the",
    i: "the",
    gli: "the",
    le: "the",
    un: "a",
    una: "a",
    uno: "a",
    è: "is",
    sono: "are",
    chi: "who",
    dove: "where",
    quando: "when",
    quanto: "how much",
    per: "times",
    volte: "times",
    più: "plus",
    meno: "minus",
    e: "and",
    giorni: "days",
    giorno: "day",
    settimana: "week",
    anno: "year",
    ore: "hours",
    ora: "hour",
    minuti: "minutes",
    pianeta: "planet",
    pianeti: "planets",
    paese: "country",
    città: "city",
    acqua: "water",
    in: "in",
    nel: "in the",
    ha: "has",
    hanno: "have",
    ci: "",
    ciao: "",
    grazie: "",
  },
  pt: {
    "qual é": "what is",
    "quais são": "what are",
    "o que é": "what is",
    "quanto é": "what is",
    "quanto são": "what is",
    "quantos dias": "how many days",
    quantos: "how many",
    quantas: "how many",
    "dividido por": "divided by",
    "o maior": "the largest",
    "a maior": "the largest",
    "o menor": "the smallest",
    "símbolo químico": "chemical symbol",
    "sistema solar": "solar system",
    "raiz quadrada": "square root",
    "por favor": "",
    responda: "",
    "me diga": "",
    capital: "capital",
    de: "of",
    do: "of the",
    da: "of the",
    dos: "of the",
    das: "of the",
    o: "the",
    a: "the",
    os: "the",
    as: "the",
    um: "a",
    uma: "a",
    é: "is",
    são: "are",
    quem: "who",
    onde: "where",
    quando: "when",
    quanto: "how much",
    vezes: "times",
    mais: "plus",
    menos: "minus",
    e: "and",
    dias: "days",
    dia: "day",
    semana: "week",
    ano: "year",
    horas: "hours",
    hora: "hour",
    minutos: "minutes",
    planeta: "planet",
    planetas: "planets",
    país: "country",
    cidade: "city",
    água: "water",
    em: "in",
    no: "in the",
    na: "in the",
    tem: "has",
    têm: "have",
    há: "are there",
    olá: "",
    obrigado: "",
    obrigada: "",
  },
  nl: {
    "wat is": "what is",
    "wat zijn": "what are",
    "hoeveel is": "what is",
    "hoeveel dagen": "how many days",
    hoeveel: "how many",
    "gedeeld door": "divided by",
    "de grootste": "the largest",
    "het grootste": "the largest",
    "de kleinste": "the smallest",
    "chemisch symbool": "chemical symbol",
    "chemische symbool": "chemical symbol",
    zonnestelsel: "solar system",
    wortel: "square root",
    alsjeblieft: "",
    antwoord: "",
    hoofdstad: "capital",
    van: "of",
    de: "the",
    het: "the",
    een: "a",
    is: "is",
    zijn: "are",
    wie: "who",
    waar: "where",
    wanneer: "when",
    keer: "times",
    maal: "times",
    plus: "plus",
    min: "minus",
    en: "and",
    dagen: "days",
    dag: "day",
    week: "week",
    jaar: "year",
    uren: "hours",
    uur: "hour",
    minuten: "minutes",
    planeet: "planet",
    planeten: "planets",
    land: "country",
    stad: "city",
    water: "water",
    in: "in",
    heeft: "has",
    hebben: "have",
    welke: "which",
    hallo: "",
    bedankt: "",
  },
};

/**
 * More words of everyday questions (continents, oceans, percent, a spider's legs, the planet
 * closest to the sun), read before the glossary above, which wins where both hold a word.
 */
const MORE: Record<Spoken, Record<string, string>> = {
  fr: {
    "année bissextile": "leap year",
    "une année bissextile": "a leap year",
    guitare: "guitar",
    cordes: "strings",
    continent: "continent",
    continents: "continents",
    océan: "ocean",
    océans: "oceans",
    "pour cent": "percent",
    pourcent: "percent",
    jambes: "legs",
    pattes: "legs",
    araignée: "spider",
    "la plus proche du soleil": "closest to the sun",
    "la plus éloignée du soleil": "farthest from the sun",
    "y a-t-il": "are there",
  },
  es: {
    "año bisiesto": "leap year",
    "un año bisiesto": "a leap year",
    guitarra: "guitar",
    cuerdas: "strings",
    existen: "are there",
    continente: "continent",
    continentes: "continents",
    océano: "ocean",
    océanos: "oceans",
    "por ciento": "percent",
    patas: "legs",
    piernas: "legs",
    araña: "spider",
    "más cercano al sol": "closest to the sun",
    "más lejano del sol": "farthest from the sun",
  },
  de: {
    schaltjahr: "leap year",
    gitarre: "guitar",
    saiten: "strings",
    kontinent: "continent",
    kontinente: "continents",
    ozean: "ocean",
    ozeane: "oceans",
    prozent: "percent",
    beine: "legs",
    spinne: "spider",
    unser: "our",
    unsere: "our",
    "der sonne am nächsten": "closest to the sun",
  },
  it: {
    "anno bisestile": "leap year",
    "un anno bisestile": "a leap year",
    chitarra: "guitar",
    corde: "strings",
    esistono: "are there",
    continente: "continent",
    continenti: "continents",
    oceano: "ocean",
    oceani: "oceans",
    "per cento": "percent",
    zampe: "legs",
    gambe: "legs",
    ragno: "spider",
    "ci sono": "are there",
    "il pianeta più grande": "the largest planet",
    "il pianeta più piccolo": "the smallest planet",
    "più vicino al sole": "closest to the sun",
  },
  pt: {
    "ano bissexto": "leap year",
    "um ano bissexto": "a leap year",
    violão: "guitar",
    guitarra: "guitar",
    cordas: "strings",
    existem: "are there",
    continente: "continent",
    continentes: "continents",
    oceano: "ocean",
    oceanos: "oceans",
    "por cento": "percent",
    pernas: "legs",
    patas: "legs",
    aranha: "spider",
    "mais próximo do sol": "closest to the sun",
  },
  nl: {
    schrikkeljaar: "leap year",
    gitaar: "guitar",
    snaren: "strings",
    "het grootst": "the largest",
    "het kleinst": "the smallest",
    continent: "continent",
    continenten: "continents",
    oceaan: "ocean",
    oceanen: "oceans",
    procent: "percent",
    poten: "legs",
    benen: "legs",
    spin: "spider",
    "zijn er": "are there",
    "het dichtst bij de zon": "closest to the sun",
  },
};

/**
 * The elements learners ask about most, in each language ("l'or", "Silber", "hierro"): the English
 * name the element data is keyed by. Names from each language's standard chemistry usage.
 */
const ELEMENT_NAMES: Record<string, Partial<Record<Spoken, string>>> = {
  gold: { fr: "or", es: "oro", de: "gold", it: "oro", pt: "ouro", nl: "goud" },
  silver: { fr: "argent", es: "plata", de: "silber", it: "argento", pt: "prata", nl: "zilver" },
  iron: { fr: "fer", es: "hierro", de: "eisen", it: "ferro", pt: "ferro", nl: "ijzer" },
  copper: { fr: "cuivre", es: "cobre", de: "kupfer", it: "rame", pt: "cobre", nl: "koper" },
  lead: { fr: "plomb", es: "plomo", de: "blei", it: "piombo", pt: "chumbo", nl: "lood" },
  tin: { fr: "étain", es: "estaño", de: "zinn", it: "stagno", pt: "estanho", nl: "tin" },
  zinc: { fr: "zinc", es: "zinc", de: "zink", it: "zinco", pt: "zinco", nl: "zink" },
  mercury: { fr: "mercure", es: "mercurio", de: "quecksilber", it: "mercurio", pt: "mercúrio", nl: "kwik" },
  oxygen: { fr: "oxygène", es: "oxígeno", de: "sauerstoff", it: "ossigeno", pt: "oxigênio", nl: "zuurstof" },
  hydrogen: { fr: "hydrogène", es: "hidrógeno", de: "wasserstoff", it: "idrogeno", pt: "hidrogênio", nl: "waterstof" },
  carbon: { fr: "carbone", es: "carbono", de: "kohlenstoff", it: "carbonio", pt: "carbono", nl: "koolstof" },
  nitrogen: { fr: "azote", es: "nitrógeno", de: "stickstoff", it: "azoto", pt: "nitrogênio", nl: "stikstof" },
  helium: { fr: "hélium", es: "helio", de: "helium", it: "elio", pt: "hélio", nl: "helium" },
  sodium: { fr: "sodium", es: "sodio", de: "natrium", it: "sodio", pt: "sódio", nl: "natrium" },
  potassium: { fr: "potassium", es: "potasio", de: "kalium", it: "potassio", pt: "potássio", nl: "kalium" },
  calcium: { fr: "calcium", es: "calcio", de: "calcium", it: "calcio", pt: "cálcio", nl: "calcium" },
  sulfur: { fr: "soufre", es: "azufre", de: "schwefel", it: "zolfo", pt: "enxofre", nl: "zwavel" },
  chlorine: { fr: "chlore", es: "cloro", de: "chlor", it: "cloro", pt: "cloro", nl: "chloor" },
  platinum: { fr: "platine", es: "platino", de: "platin", it: "platino", pt: "platina", nl: "platina" },
  uranium: { fr: "uranium", es: "uranio", de: "uran", it: "uranio", pt: "urânio", nl: "uraan" },
  neon: { fr: "néon", es: "neón", de: "neon", it: "neon", pt: "neônio", nl: "neon" },
  aluminium: { fr: "aluminium", es: "aluminio", de: "aluminium", it: "alluminio", pt: "alumínio", nl: "aluminium" },
  silicon: { fr: "silicium", es: "silicio", de: "silizium", it: "silicio", pt: "silício", nl: "silicium" },
  magnesium: { fr: "magnésium", es: "magnesio", de: "magnesium", it: "magnesio", pt: "magnésio", nl: "magnesium" },
};

/** The element named by `word` in `lang`, in English, if it is one of the table's. */
function elementIn(word: string, lang: Spoken): string | undefined {
  const w = fold(word);
  for (const [english, names] of Object.entries(ELEMENT_NAMES)) {
    const name = names[lang];
    if (name && fold(name) === w) return english;
  }
  return undefined;
}

const DISPLAY_LOCALE: Record<Spoken, string> = { fr: "fr", es: "es", de: "de", it: "it", pt: "pt", nl: "nl" };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

let countryNames: Record<Spoken, Map<string, string>> | undefined;

/** Country names in each language ("Allemagne", "Alemania", "Deutschland") -> the English name. */
function countries(): Record<Spoken, Map<string, string>> {
  if (countryNames) return countryNames;
  const out = Object.fromEntries(Object.keys(DISPLAY_LOCALE).map((l) => [l, new Map<string, string>()])) as Record<
    Spoken,
    Map<string, string>
  >;
  for (const lang of Object.keys(out) as Spoken[]) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([DISPLAY_LOCALE[lang]], { type: "region" });
    } catch {
      names = undefined;
    }
    for (const c of allCountries()) {
      const local = names?.of(c.code);
      if (local && local !== c.code) out[lang].set(fold(local), c.name);
    }
  }
  countryNames = out;
  return out;
}

const MAX_WORDS = 16;

/**
 * The English reading of a short question in `lang`, or undefined unless every word is known
 * (a glossary word, a country, a number or a name written with a capital).
 */
export function englishGist(text: string, lang: Spoken): string | undefined {
  const question = text.trim();
  if (!question || question.length > 160 || /[\n`{}<>]/.test(question)) return undefined;
  const asks = /[?？]\s*$/.test(question);
  const body = question
    .replace(/^[¿¡]+/, "")
    .replace(/[?？!.]+\s*$/, "")
    .replace(/[’]/g, "'")
    .replace(/\b([dl])'/gi, "$1' ")
    .replace(/[,;:¿¡]/g, " ")
    .trim();
  const words = body.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return undefined;
  const glossary = { ...MORE[lang], ...GLOSSARY[lang] };
  const phrases = Object.keys(glossary).sort((a, b) => b.split(" ").length - a.split(" ").length);
  const places = countries()[lang];
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    // A country name of up to four words ("États-Unis", "Reino Unido", "Vereinigte Staaten").
    for (let n = Math.min(4, words.length - i); n >= 1 && !matched; n--) {
      const place = places.get(fold(words.slice(i, i + n).join(" ")));
      if (place) {
        if (out[out.length - 1] === "the") out.pop();
        out.push(place);
        i += n;
        matched = true;
      }
    }
    if (matched) continue;
    for (const p of phrases) {
      const n = p.split(" ").length;
      if (i + n > words.length) continue;
      if (fold(words.slice(i, i + n).join(" ")) !== fold(p)) continue;
      if (glossary[p]) out.push(glossary[p]);
      i += n;
      matched = true;
      break;
    }
    if (matched) continue;
    const w = words[i];
    // An element's name, only after "symbol of/for" or "of" ("le symbole chimique de l'or").
    const element = /\bsymbol(?: for| of)?(?: the)?$|\b(?:of|for)(?: the)?$/.test(out.join(" "))
      ? elementIn(w, lang)
      : undefined;
    if (element) {
      if (out[out.length - 1] === "the") out.pop();
      out.push(element);
      i++;
      continue;
    }
    if (/^[-+]?\d+(?:[.,]\d+)?(?:°[CF]?|%)?$/.test(w) || /^[×x*/+-]$/.test(w))
      out.push(w.replace(/(\d),(\d)/, "$1.$2"));
    else if (/^\p{Lu}\p{Ll}+$/u.test(w) && i > 0) out.push(w);
    else return undefined;
    i++;
  }
  let english = out.join(" ").replace(/\s+/g, " ").trim();
  // "how many days has a week" -> "how many days are in a week"; "how many legs has a spider"
  // -> "how many legs does a spider have" (a spider holds no legs the way a week holds days).
  english = english.replace(
    /^how many (\w+) (?:has|have) (a|an|the|our) ((?:solar |leap )?\w+)$/,
    (_, what: string, article: string, whole: string) =>
      /^(?:week|year|day|hour|minute|month|decade|century|dozen|solar system|alphabet|deck|leap year)$/.test(whole)
        ? `how many ${what} are in ${article} ${whole}`
        : `how many ${what} does ${article} ${whole} have`,
  );
  // "el símbolo químico del oxígeno" reads "of the oxygen": an element takes no article.
  english = english.replace(new RegExp(`\\b(of|for) the (${Object.keys(ELEMENT_NAMES).join("|")})\\b`, "g"), "$1 $2");
  if (!/[a-z]{2}/i.test(english)) return undefined;
  return `${english.charAt(0).toUpperCase()}${english.slice(1)}${asks ? "?" : ""}`;
}
