/**
 * The first words a traveller learns, in languages beyond the phrasebook's six: hello, good
 * morning, good night, thank you, goodbye, please, yes and no. Only these words, so "How do I say
 * good morning in Japanese?" is answered and any longer phrase in these languages is still declined.
 * Words in another script carry their usual romanization in brackets.
 *
 * Sources: the Wikivoyage phrasebooks for Japanese, Mandarin Chinese, Korean, Swahili, Russian,
 * Arabic, Hindi, Greek, Turkish, Swedish and Polish ("Basics" sections), in the polite register
 * those pages give first.
 */

/** English phrase -> its everyday word in each language, by ISO 639-1 code. */
export const FIRST_WORDS: Record<string, Record<string, string>> = {
  hello: {
    ja: "こんにちは (konnichiwa)",
    zh: "你好 (nǐ hǎo)",
    ko: "안녕하세요 (annyeonghaseyo)",
    sw: "jambo",
    ru: "здравствуйте (zdravstvuyte)",
    ar: "مرحبا (marhaban)",
    hi: "नमस्ते (namaste)",
    el: "γεια σας (yia sas)",
    tr: "merhaba",
    sv: "hej",
    pl: "dzień dobry",
  },
  "good morning": {
    ja: "おはようございます (ohayō gozaimasu)",
    zh: "早上好 (zǎoshang hǎo)",
    sw: "habari za asubuhi",
    ru: "доброе утро (dobroye utro)",
    ar: "صباح الخير (sabah al-khayr)",
    el: "καλημέρα (kaliméra)",
    tr: "günaydın",
    sv: "god morgon",
    pl: "dzień dobry",
  },
  "good evening": {
    ja: "こんばんは (konbanwa)",
    zh: "晚上好 (wǎnshang hǎo)",
    sw: "habari za jioni",
    ru: "добрый вечер (dobryy vecher)",
    ar: "مساء الخير (masa' al-khayr)",
    el: "καλησπέρα (kalispéra)",
    tr: "iyi akşamlar",
    sv: "god kväll",
    pl: "dobry wieczór",
  },
  "good night": {
    ja: "おやすみなさい (oyasumi nasai)",
    zh: "晚安 (wǎn'ān)",
    sw: "usiku mwema",
    ru: "спокойной ночи (spokoynoy nochi)",
    el: "καληνύχτα (kaliníchta)",
    tr: "iyi geceler",
    sv: "god natt",
    pl: "dobranoc",
  },
  "thank you": {
    ja: "ありがとう (arigatō)",
    zh: "谢谢 (xièxie)",
    ko: "감사합니다 (gamsahamnida)",
    sw: "asante",
    ru: "спасибо (spasibo)",
    ar: "شكرا (shukran)",
    hi: "धन्यवाद (dhanyavaad)",
    el: "ευχαριστώ (efcharistó)",
    tr: "teşekkür ederim",
    sv: "tack",
    pl: "dziękuję",
  },
  "thank you very much": {
    ja: "どうもありがとうございます (dōmo arigatō gozaimasu)",
    sw: "asante sana",
    ru: "большое спасибо (bolshoye spasibo)",
    tr: "çok teşekkür ederim",
    sv: "tack så mycket",
    pl: "dziękuję bardzo",
  },
  goodbye: {
    ja: "さようなら (sayōnara)",
    zh: "再见 (zàijiàn)",
    sw: "kwaheri",
    ru: "до свидания (do svidaniya)",
    ar: "مع السلامة (ma'a as-salama)",
    el: "αντίο (adío)",
    tr: "hoşça kal",
    sv: "hej då",
    pl: "do widzenia",
  },
  please: {
    ja: "お願いします (onegaishimasu)",
    zh: "请 (qǐng)",
    sw: "tafadhali",
    ru: "пожалуйста (pozhaluysta)",
    hi: "कृपया (kripaya)",
    el: "παρακαλώ (parakaló)",
    tr: "lütfen",
    pl: "proszę",
  },
  yes: {
    ja: "はい (hai)",
    sw: "ndiyo",
    ru: "да (da)",
    ar: "نعم (na'am)",
    hi: "हाँ (haan)",
    el: "ναι (ne)",
    tr: "evet",
    sv: "ja",
    pl: "tak",
  },
  no: {
    ja: "いいえ (iie)",
    sw: "hapana",
    ru: "нет (net)",
    ar: "لا (la)",
    hi: "नहीं (nahin)",
    el: "όχι (óchi)",
    tr: "hayır",
    sv: "nej",
    pl: "nie",
  },
};

/** Other ways to ask for the same words. */
export const FIRST_WORD_SAME: Record<string, string> = {
  hi: "hello",
  thanks: "thank you",
  "thank you so much": "thank you very much",
  "thanks a lot": "thank you very much",
  bye: "goodbye",
  "good bye": "goodbye",
  "good-bye": "goodbye",
  goodnight: "good night",
};
