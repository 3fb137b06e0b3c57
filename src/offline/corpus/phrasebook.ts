/**
 * A traveller's phrasebook in six languages: greetings, thanks, asking the way, ordering, and a
 * few hundred everyday words, numbers, days and months, so "How do you say cat in Italian?",
 * "Count to ten in German" and "Where is the train station? in Spanish" are answered from a table
 * rather than guessed. Rows are [French, Spanish, German, Italian, Portuguese, Dutch].
 *
 * Sources: the Wikivoyage phrasebooks (French, Spanish, German, Italian, Portuguese and Dutch
 * phrasebook pages: "Basics", "Numbers", "Time", "Directions", "Eating" sections), which list
 * these phrases with their everyday register. Portuguese follows Brazilian usage (trem, ônibus,
 * dezesseis), as the Wikivoyage Portuguese phrasebook does first.
 */

export type PhraseLang = "fr" | "es" | "de" | "it" | "pt" | "nl";
export type Row = [string, string, string, string, string, string];

export const PHRASE_LANGS: PhraseLang[] = ["fr", "es", "de", "it", "pt", "nl"];

export const PHRASE_LANG_NAMES: Record<PhraseLang, string> = {
  fr: "French",
  es: "Spanish",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
};

/** The languages by their lower-case English names ("french" -> "fr"). */
export const PHRASE_LANG_CODES: Record<string, PhraseLang> = Object.fromEntries(
  PHRASE_LANGS.map((code) => [PHRASE_LANG_NAMES[code].toLowerCase(), code]),
);

/** English phrase -> the phrase in each language. Questions carry their own marks (¿...?). */
export const PHRASES: Record<string, Row> = {
  "good morning": ["bonjour", "buenos días", "guten Morgen", "buongiorno", "bom dia", "goedemorgen"],
  "good afternoon": ["bon après-midi", "buenas tardes", "guten Tag", "buon pomeriggio", "boa tarde", "goedemiddag"],
  "good evening": ["bonsoir", "buenas noches", "guten Abend", "buonasera", "boa noite", "goedenavond"],
  "good night": ["bonne nuit", "buenas noches", "gute Nacht", "buonanotte", "boa noite", "goedenacht"],
  hello: ["bonjour", "hola", "hallo", "ciao", "olá", "hallo"],
  goodbye: ["au revoir", "adiós", "auf Wiedersehen", "arrivederci", "adeus", "tot ziens"],
  "how are you": [
    "comment allez-vous ?",
    "¿cómo estás?",
    "wie geht es dir?",
    "come stai?",
    "como você está?",
    "hoe gaat het?",
  ],
  "i'm fine": ["je vais bien", "estoy bien", "mir geht es gut", "sto bene", "estou bem", "het gaat goed"],
  "thank you": ["merci", "gracias", "danke", "grazie", "obrigado", "dank je"],
  "thank you very much": [
    "merci beaucoup",
    "muchas gracias",
    "vielen Dank",
    "grazie mille",
    "muito obrigado",
    "dank je wel",
  ],
  "you're welcome": ["de rien", "de nada", "gern geschehen", "prego", "de nada", "graag gedaan"],
  please: ["s'il vous plaît", "por favor", "bitte", "per favore", "por favor", "alstublieft"],
  yes: ["oui", "sí", "ja", "sì", "sim", "ja"],
  no: ["non", "no", "nein", "no", "não", "nee"],
  "of course": ["bien sûr", "claro", "natürlich", "certo", "claro", "natuurlijk"],
  "excuse me": ["excusez-moi", "disculpe", "entschuldigen Sie", "mi scusi", "com licença", "pardon"],
  sorry: ["désolé", "lo siento", "es tut mir leid", "mi dispiace", "desculpe", "het spijt me"],
  "i love you": ["je t'aime", "te quiero", "ich liebe dich", "ti amo", "eu te amo", "ik hou van je"],
  "see you later": ["à plus tard", "hasta luego", "bis später", "a più tardi", "até logo", "tot later"],
  "see you soon": ["à bientôt", "hasta pronto", "bis bald", "a presto", "até breve", "tot snel"],
  "see you tomorrow": ["à demain", "hasta mañana", "bis morgen", "a domani", "até amanhã", "tot morgen"],
  "what is your name": [
    "comment vous appelez-vous ?",
    "¿cómo te llamas?",
    "wie heißt du?",
    "come ti chiami?",
    "qual é o seu nome?",
    "hoe heet je?",
  ],
  "nice to meet you": ["enchanté", "mucho gusto", "freut mich", "piacere", "prazer em conhecê-lo", "aangenaam"],
  welcome: ["bienvenue", "bienvenido", "willkommen", "benvenuto", "bem-vindo", "welkom"],
  "happy birthday": [
    "joyeux anniversaire",
    "feliz cumpleaños",
    "alles Gute zum Geburtstag",
    "buon compleanno",
    "feliz aniversário",
    "gefeliciteerd met je verjaardag",
  ],
  "merry christmas": [
    "joyeux Noël",
    "feliz Navidad",
    "frohe Weihnachten",
    "buon Natale",
    "feliz Natal",
    "vrolijk kerstfeest",
  ],
  "happy new year": [
    "bonne année",
    "feliz año nuevo",
    "frohes neues Jahr",
    "felice anno nuovo",
    "feliz ano novo",
    "gelukkig nieuwjaar",
  ],
  congratulations: [
    "félicitations",
    "felicidades",
    "herzlichen Glückwunsch",
    "congratulazioni",
    "parabéns",
    "gefeliciteerd",
  ],
  cheers: ["santé", "salud", "prost", "salute", "saúde", "proost"],
  "good luck": ["bonne chance", "buena suerte", "viel Glück", "buona fortuna", "boa sorte", "veel succes"],
  "enjoy your meal": ["bon appétit", "buen provecho", "guten Appetit", "buon appetito", "bom apetite", "eet smakelijk"],
  "have a nice day": [
    "bonne journée",
    "que tengas un buen día",
    "einen schönen Tag noch",
    "buona giornata",
    "tenha um bom dia",
    "fijne dag nog",
  ],
  "where is the bathroom": [
    "où sont les toilettes ?",
    "¿dónde está el baño?",
    "wo ist die Toilette?",
    "dov'è il bagno?",
    "onde fica o banheiro?",
    "waar is het toilet?",
  ],
  "where is the train station": [
    "où est la gare ?",
    "¿dónde está la estación de tren?",
    "wo ist der Bahnhof?",
    "dov'è la stazione?",
    "onde fica a estação de trem?",
    "waar is het station?",
  ],
  "where is the airport": [
    "où est l'aéroport ?",
    "¿dónde está el aeropuerto?",
    "wo ist der Flughafen?",
    "dov'è l'aeroporto?",
    "onde fica o aeroporto?",
    "waar is het vliegveld?",
  ],
  "where is the hotel": [
    "où est l'hôtel ?",
    "¿dónde está el hotel?",
    "wo ist das Hotel?",
    "dov'è l'albergo?",
    "onde fica o hotel?",
    "waar is het hotel?",
  ],
  "where is the bus stop": [
    "où est l'arrêt de bus ?",
    "¿dónde está la parada de autobús?",
    "wo ist die Bushaltestelle?",
    "dov'è la fermata dell'autobus?",
    "onde fica o ponto de ônibus?",
    "waar is de bushalte?",
  ],
  "where is the hospital": [
    "où est l'hôpital ?",
    "¿dónde está el hospital?",
    "wo ist das Krankenhaus?",
    "dov'è l'ospedale?",
    "onde fica o hospital?",
    "waar is het ziekenhuis?",
  ],
  "the bill please": [
    "l'addition, s'il vous plaît",
    "la cuenta, por favor",
    "die Rechnung, bitte",
    "il conto, per favore",
    "a conta, por favor",
    "de rekening, alstublieft",
  ],
  "the menu please": [
    "la carte, s'il vous plaît",
    "la carta, por favor",
    "die Speisekarte, bitte",
    "il menù, per favore",
    "o cardápio, por favor",
    "de menukaart, alstublieft",
  ],
  "a table for two please": [
    "une table pour deux, s'il vous plaît",
    "una mesa para dos, por favor",
    "einen Tisch für zwei, bitte",
    "un tavolo per due, per favore",
    "uma mesa para dois, por favor",
    "een tafel voor twee, alstublieft",
  ],
  "i would like a coffee": [
    "je voudrais un café",
    "quisiera un café",
    "ich hätte gern einen Kaffee",
    "vorrei un caffè",
    "eu queria um café",
    "ik wil graag een koffie",
  ],
  "a beer please": [
    "une bière, s'il vous plaît",
    "una cerveza, por favor",
    "ein Bier, bitte",
    "una birra, per favore",
    "uma cerveja, por favor",
    "een biertje, alstublieft",
  ],
  "a glass of water please": [
    "un verre d'eau, s'il vous plaît",
    "un vaso de agua, por favor",
    "ein Glas Wasser, bitte",
    "un bicchiere d'acqua, per favore",
    "um copo de água, por favor",
    "een glas water, alstublieft",
  ],
  help: ["au secours !", "¡socorro!", "Hilfe!", "aiuto!", "socorro!", "help!"],
  "i need help": [
    "j'ai besoin d'aide",
    "necesito ayuda",
    "ich brauche Hilfe",
    "ho bisogno di aiuto",
    "preciso de ajuda",
    "ik heb hulp nodig",
  ],
  "can you help me": [
    "pouvez-vous m'aider ?",
    "¿puede ayudarme?",
    "können Sie mir helfen?",
    "può aiutarmi?",
    "pode me ajudar?",
    "kunt u mij helpen?",
  ],
  "call a doctor": [
    "appelez un médecin !",
    "¡llame a un médico!",
    "rufen Sie einen Arzt!",
    "chiami un medico!",
    "chame um médico!",
    "bel een dokter!",
  ],
  "i am lost": [
    "je suis perdu",
    "estoy perdido",
    "ich habe mich verlaufen",
    "mi sono perso",
    "estou perdido",
    "ik ben verdwaald",
  ],
  "what time is it": [
    "quelle heure est-il ?",
    "¿qué hora es?",
    "wie spät ist es?",
    "che ore sono?",
    "que horas são?",
    "hoe laat is het?",
  ],
  "where are you from": [
    "d'où venez-vous ?",
    "¿de dónde eres?",
    "woher kommst du?",
    "di dove sei?",
    "de onde você é?",
    "waar kom je vandaan?",
  ],
  "how old are you": [
    "quel âge avez-vous ?",
    "¿cuántos años tienes?",
    "wie alt bist du?",
    "quanti anni hai?",
    "quantos anos você tem?",
    "hoe oud ben je?",
  ],
  "what is this": [
    "qu'est-ce que c'est ?",
    "¿qué es esto?",
    "was ist das?",
    "che cos'è?",
    "o que é isso?",
    "wat is dit?",
  ],
  "i don't understand": [
    "je ne comprends pas",
    "no entiendo",
    "ich verstehe nicht",
    "non capisco",
    "não entendo",
    "ik begrijp het niet",
  ],
  "i don't know": ["je ne sais pas", "no sé", "ich weiß nicht", "non lo so", "não sei", "ik weet het niet"],
  "do you speak english": [
    "parlez-vous anglais ?",
    "¿hablas inglés?",
    "sprechen Sie Englisch?",
    "parla inglese?",
    "você fala inglês?",
    "spreekt u Engels?",
  ],
  "how much is it": [
    "combien ça coûte ?",
    "¿cuánto cuesta?",
    "wie viel kostet das?",
    "quanto costa?",
    "quanto custa?",
    "hoeveel kost het?",
  ],
  "i am hungry": ["j'ai faim", "tengo hambre", "ich habe Hunger", "ho fame", "estou com fome", "ik heb honger"],
  "i am thirsty": ["j'ai soif", "tengo sed", "ich habe Durst", "ho sete", "estou com sede", "ik heb dorst"],
  "i am tired": ["je suis fatigué", "estoy cansado", "ich bin müde", "sono stanco", "estou cansado", "ik ben moe"],
};

/** Other ways to say a phrase of the book. */
export const SAME_PHRASE: Record<string, string> = {
  hi: "hello",
  hey: "hello",
  "good day": "hello",
  thanks: "thank you",
  "thanks a lot": "thank you very much",
  "many thanks": "thank you very much",
  bye: "goodbye",
  "how are you doing": "how are you",
  "how are you today": "how are you",
  "i am fine": "i'm fine",
  "i'm good": "i'm fine",
  "i am good": "i'm fine",
  "what's your name": "what is your name",
  "i'm sorry": "sorry",
  "i am sorry": "sorry",
  "i do not understand": "i don't understand",
  "i do not know": "i don't know",
  "where's the bathroom": "where is the bathroom",
  "where is the toilet": "where is the bathroom",
  "where is the restroom": "where is the bathroom",
  "where's the train station": "where is the train station",
  "where is the station": "where is the train station",
  "where's the station": "where is the train station",
  "where is the railway station": "where is the train station",
  "where's the airport": "where is the airport",
  "where's the hotel": "where is the hotel",
  "where's the bus stop": "where is the bus stop",
  "where's the hospital": "where is the hospital",
  "how much does it cost": "how much is it",
  "how much does this cost": "how much is it",
  "how much is this": "how much is it",
  "have a good day": "have a nice day",
  "pleased to meet you": "nice to meet you",
  "the check please": "the bill please",
  "can i have the bill please": "the bill please",
  "can i have the check please": "the bill please",
  "could i have the bill please": "the bill please",
  "a coffee please": "i would like a coffee",
  "i'd like a coffee": "i would like a coffee",
  "bon appetit": "enjoy your meal",
  "i'm lost": "i am lost",
  "i'm hungry": "i am hungry",
  "i'm thirsty": "i am thirsty",
  "i'm tired": "i am tired",
  "could you help me": "can you help me",
  "what's the time": "what time is it",
  "where do you come from": "where are you from",
  "what's this": "what is this",
  "do you speak english?": "do you speak english",
  "you are welcome": "you're welcome",
  "no problem": "you're welcome",
  "good bye": "goodbye",
  goodnight: "good night",
};

/**
 * Everyday words: nouns with their article (the gender is part of the word a learner needs),
 * colours and adjectives in their basic (masculine singular) form.
 */
export const WORDS: Record<string, Row> = {
  cat: ["le chat", "el gato", "die Katze", "il gatto", "o gato", "de kat"],
  dog: ["le chien", "el perro", "der Hund", "il cane", "o cão", "de hond"],
  house: ["la maison", "la casa", "das Haus", "la casa", "a casa", "het huis"],
  water: ["l'eau", "el agua", "das Wasser", "l'acqua", "a água", "het water"],
  bread: ["le pain", "el pan", "das Brot", "il pane", "o pão", "het brood"],
  book: ["le livre", "el libro", "das Buch", "il libro", "o livro", "het boek"],
  friend: ["l'ami", "el amigo", "der Freund", "l'amico", "o amigo", "de vriend"],
  love: ["l'amour", "el amor", "die Liebe", "l'amore", "o amor", "de liefde"],
  sea: ["la mer", "el mar", "das Meer", "il mare", "o mar", "de zee"],
  sun: ["le soleil", "el sol", "die Sonne", "il sole", "o sol", "de zon"],
  moon: ["la lune", "la luna", "der Mond", "la luna", "a lua", "de maan"],
  star: ["l'étoile", "la estrella", "der Stern", "la stella", "a estrela", "de ster"],
  sky: ["le ciel", "el cielo", "der Himmel", "il cielo", "o céu", "de lucht"],
  world: ["le monde", "el mundo", "die Welt", "il mondo", "o mundo", "de wereld"],
  car: ["la voiture", "el coche", "das Auto", "la macchina", "o carro", "de auto"],
  train: ["le train", "el tren", "der Zug", "il treno", "o trem", "de trein"],
  "train station": ["la gare", "la estación de tren", "der Bahnhof", "la stazione", "a estação de trem", "het station"],
  airport: ["l'aéroport", "el aeropuerto", "der Flughafen", "l'aeroporto", "o aeroporto", "het vliegveld"],
  hospital: ["l'hôpital", "el hospital", "das Krankenhaus", "l'ospedale", "o hospital", "het ziekenhuis"],
  hotel: ["l'hôtel", "el hotel", "das Hotel", "l'albergo", "o hotel", "het hotel"],
  restaurant: ["le restaurant", "el restaurante", "das Restaurant", "il ristorante", "o restaurante", "het restaurant"],
  school: ["l'école", "la escuela", "die Schule", "la scuola", "a escola", "de school"],
  apple: ["la pomme", "la manzana", "der Apfel", "la mela", "a maçã", "de appel"],
  beer: ["la bière", "la cerveza", "das Bier", "la birra", "a cerveja", "het bier"],
  wine: ["le vin", "el vino", "der Wein", "il vino", "o vinho", "de wijn"],
  coffee: ["le café", "el café", "der Kaffee", "il caffè", "o café", "de koffie"],
  tea: ["le thé", "el té", "der Tee", "il tè", "o chá", "de thee"],
  milk: ["le lait", "la leche", "die Milch", "il latte", "o leite", "de melk"],
  cheese: ["le fromage", "el queso", "der Käse", "il formaggio", "o queijo", "de kaas"],
  food: ["la nourriture", "la comida", "das Essen", "il cibo", "a comida", "het eten"],
  city: ["la ville", "la ciudad", "die Stadt", "la città", "a cidade", "de stad"],
  family: ["la famille", "la familia", "die Familie", "la famiglia", "a família", "de familie"],
  mother: ["la mère", "la madre", "die Mutter", "la madre", "a mãe", "de moeder"],
  father: ["le père", "el padre", "der Vater", "il padre", "o pai", "de vader"],
  brother: ["le frère", "el hermano", "der Bruder", "il fratello", "o irmão", "de broer"],
  sister: ["la sœur", "la hermana", "die Schwester", "la sorella", "a irmã", "de zus"],
  child: ["l'enfant", "el niño", "das Kind", "il bambino", "a criança", "het kind"],
  man: ["l'homme", "el hombre", "der Mann", "l'uomo", "o homem", "de man"],
  woman: ["la femme", "la mujer", "die Frau", "la donna", "a mulher", "de vrouw"],
  boy: ["le garçon", "el chico", "der Junge", "il ragazzo", "o menino", "de jongen"],
  girl: ["la fille", "la chica", "das Mädchen", "la ragazza", "a menina", "het meisje"],
  day: ["le jour", "el día", "der Tag", "il giorno", "o dia", "de dag"],
  night: ["la nuit", "la noche", "die Nacht", "la notte", "a noite", "de nacht"],
  week: ["la semaine", "la semana", "die Woche", "la settimana", "a semana", "de week"],
  year: ["l'année", "el año", "das Jahr", "l'anno", "o ano", "het jaar"],
  today: ["aujourd'hui", "hoy", "heute", "oggi", "hoje", "vandaag"],
  tomorrow: ["demain", "mañana", "morgen", "domani", "amanhã", "morgen"],
  yesterday: ["hier", "ayer", "gestern", "ieri", "ontem", "gisteren"],
  money: ["l'argent", "el dinero", "das Geld", "i soldi", "o dinheiro", "het geld"],
  flower: ["la fleur", "la flor", "die Blume", "il fiore", "a flor", "de bloem"],
  tree: ["l'arbre", "el árbol", "der Baum", "l'albero", "a árvore", "de boom"],
  bird: ["l'oiseau", "el pájaro", "der Vogel", "l'uccello", "o pássaro", "de vogel"],
  horse: ["le cheval", "el caballo", "das Pferd", "il cavallo", "o cavalo", "het paard"],
  rain: ["la pluie", "la lluvia", "der Regen", "la pioggia", "a chuva", "de regen"],
  snow: ["la neige", "la nieve", "der Schnee", "la neve", "a neve", "de sneeuw"],
  beach: ["la plage", "la playa", "der Strand", "la spiaggia", "a praia", "het strand"],
  mountain: ["la montagne", "la montaña", "der Berg", "la montagna", "a montanha", "de berg"],
  music: ["la musique", "la música", "die Musik", "la musica", "a música", "de muziek"],
  heart: ["le cœur", "el corazón", "das Herz", "il cuore", "o coração", "het hart"],
  language: ["la langue", "el idioma", "die Sprache", "la lingua", "a língua", "de taal"],
  red: ["rouge", "rojo", "rot", "rosso", "vermelho", "rood"],
  blue: ["bleu", "azul", "blau", "blu", "azul", "blauw"],
  green: ["vert", "verde", "grün", "verde", "verde", "groen"],
  yellow: ["jaune", "amarillo", "gelb", "giallo", "amarelo", "geel"],
  black: ["noir", "negro", "schwarz", "nero", "preto", "zwart"],
  white: ["blanc", "blanco", "weiß", "bianco", "branco", "wit"],
  // The colours of corpus/colours.ts's paint mixes (Wiktionary translation tables).
  orange: ["orange", "naranja", "orange", "arancione", "laranja", "oranje"],
  purple: ["violet", "morado", "lila", "viola", "roxo", "paars"],
  pink: ["rose", "rosa", "rosa", "rosa", "rosa", "roze"],
  grey: ["gris", "gris", "grau", "grigio", "cinza", "grijs"],
  brown: ["marron", "marrón", "braun", "marrone", "marrom", "bruin"],
  big: ["grand", "grande", "groß", "grande", "grande", "groot"],
  small: ["petit", "pequeño", "klein", "piccolo", "pequeno", "klein"],
  beautiful: ["beau", "hermoso", "schön", "bello", "bonito", "mooi"],
  happy: ["heureux", "feliz", "glücklich", "felice", "feliz", "blij"],
  hot: ["chaud", "caliente", "heiß", "caldo", "quente", "heet"],
  cold: ["froid", "frío", "kalt", "freddo", "frio", "koud"],
  good: ["bon", "bueno", "gut", "buono", "bom", "goed"],
  bill: ["l'addition", "la cuenta", "die Rechnung", "il conto", "a conta", "de rekening"],
  menu: ["la carte", "la carta", "die Speisekarte", "il menù", "o cardápio", "de menukaart"],
  ticket: ["le billet", "el billete", "die Fahrkarte", "il biglietto", "a passagem", "het kaartje"],
  bad: ["mauvais", "malo", "schlecht", "cattivo", "mau", "slecht"],
};

/** Plural and other forms a learner types for a word of the table. */
export const SAME_WORD: Record<string, string> = {
  cats: "cat",
  kitten: "cat",
  dogs: "dog",
  puppy: "dog",
  home: "house",
  books: "book",
  friends: "friend",
  ocean: "sea",
  stars: "star",
  trees: "tree",
  flowers: "flower",
  birds: "bird",
  apples: "apple",
  station: "train station",
  "railway station": "train station",
  kid: "child",
  mom: "mother",
  mum: "mother",
  dad: "father",
  pretty: "beautiful",
  large: "big",
  little: "small",
  check: "bill",
};

/** Numbers 0 to 20. */
export const NUMBERS: Record<PhraseLang, string[]> = {
  fr: "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt".split(
    " ",
  ),
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte".split(
    " ",
  ),
  de: "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig".split(
    " ",
  ),
  it: "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti".split(
    " ",
  ),
  pt: "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte".split(
    " ",
  ),
  nl: "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig".split(
    " ",
  ),
};

/** The days of the week, Monday first. */
export const WEEKDAYS: Record<PhraseLang, string[]> = {
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
  de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  it: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
  pt: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
  nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
};

/** The months, January first. */
export const MONTHS: Record<PhraseLang, string[]> = {
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "),
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
  it: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(" "),
  pt: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(" "),
  nl: "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
};

/** "The days of the week are", "The months are", "Counting": a lead in the language itself. */
export const LEADS: Record<PhraseLang, { days: string; months: string; count: string }> = {
  fr: { days: "Les jours de la semaine sont", months: "Les mois de l'année sont", count: "On compte" },
  es: { days: "Los días de la semana son", months: "Los meses del año son", count: "Se cuenta así" },
  de: { days: "Die Tage der Woche sind", months: "Die Monate des Jahres sind", count: "Man zählt so" },
  it: { days: "I giorni della settimana sono", months: "I mesi dell'anno sono", count: "Si conta così" },
  pt: { days: "Os dias da semana são", months: "Os meses do ano são", count: "Conta-se assim" },
  nl: { days: "De dagen van de week zijn", months: "De maanden van het jaar zijn", count: "Je telt zo" },
};

/**
 * Everyday lists asked by name ("the four seasons", "the primary colours"), said in each language
 * with a lead of its own. Sources: the Wiktionary entries for each English word ("spring",
 * "summer", "autumn", "winter", "red", "orange", "yellow", "green", "blue", "indigo", "violet",
 * "purple"), translations tables, in their everyday form. The colours are the painter's (red,
 * yellow, blue), as corpus/sets.ts gives them.
 */
export const LISTS_ABROAD: { test: RegExp; items: Row[]; lead: Row }[] = [
  {
    test: /\b(?:four\s+)?seasons\b/i,
    items: [
      ["le printemps", "la primavera", "der Frühling", "la primavera", "a primavera", "de lente"],
      ["l'été", "el verano", "der Sommer", "l'estate", "o verão", "de zomer"],
      ["l'automne", "el otoño", "der Herbst", "l'autunno", "o outono", "de herfst"],
      ["l'hiver", "el invierno", "der Winter", "l'inverno", "o inverno", "de winter"],
    ],
    lead: [
      "Les quatre saisons sont",
      "Las cuatro estaciones son",
      "Die vier Jahreszeiten sind",
      "Le quattro stagioni sono",
      "As quatro estações são",
      "De vier seizoenen zijn",
    ],
  },
  {
    test: /\bprimary colou?rs\b/i,
    items: [
      ["rouge", "rojo", "Rot", "rosso", "vermelho", "rood"],
      ["jaune", "amarillo", "Gelb", "giallo", "amarelo", "geel"],
      ["bleu", "azul", "Blau", "blu", "azul", "blauw"],
    ],
    lead: [
      "Les trois couleurs primaires sont",
      "Los tres colores primarios son",
      "Die drei Grundfarben sind",
      "I tre colori primari sono",
      "As três cores primárias são",
      "De drie primaire kleuren zijn",
    ],
  },
  {
    test: /\bsecondary colou?rs\b/i,
    items: [
      ["vert", "verde", "Grün", "verde", "verde", "groen"],
      ["orange", "naranja", "Orange", "arancione", "laranja", "oranje"],
      ["violet", "morado", "Lila", "viola", "roxo", "paars"],
    ],
    lead: [
      "Les couleurs secondaires sont",
      "Los colores secundarios son",
      "Die Sekundärfarben sind",
      "I colori secondari sono",
      "As cores secundárias são",
      "De secundaire kleuren zijn",
    ],
  },
  {
    test: /\bcolou?rs of the rainbow\b|\brainbow colou?rs\b|\bcolou?rs in a rainbow\b/i,
    items: [
      ["rouge", "rojo", "Rot", "rosso", "vermelho", "rood"],
      ["orange", "naranja", "Orange", "arancione", "laranja", "oranje"],
      ["jaune", "amarillo", "Gelb", "giallo", "amarelo", "geel"],
      ["vert", "verde", "Grün", "verde", "verde", "groen"],
      ["bleu", "azul", "Blau", "blu", "azul", "blauw"],
      ["indigo", "índigo", "Indigo", "indaco", "anil", "indigo"],
      ["violet", "violeta", "Violett", "viola", "violeta", "violet"],
    ],
    lead: [
      "Les couleurs de l'arc-en-ciel sont",
      "Los colores del arcoíris son",
      "Die Farben des Regenbogens sind",
      "I colori dell'arcobaleno sono",
      "As cores do arco-íris são",
      "De kleuren van de regenboog zijn",
    ],
  },
];

/** The English names of the numbers, days and months above, in their order. */
export const ENGLISH_NUMBERS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " ",
  );
export const ENGLISH_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const ENGLISH_MONTHS =
  "january february march april may june july august september october november december".split(" ");

/** True when the phrasebook holds `english` ("cat", "good night", "Monday", "7"), as a whole. */
export function inPhrasebook(english: string): boolean {
  const key = english
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z0-9' ]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an)\s+(?:number\s+)?/, "");
  if (!key) return false;
  return (
    key in PHRASES ||
    key in WORDS ||
    key in SAME_PHRASE ||
    key in SAME_WORD ||
    ENGLISH_DAYS.includes(key) ||
    ENGLISH_MONTHS.includes(key) ||
    ENGLISH_NUMBERS.includes(key) ||
    (/^\d{1,2}$/.test(key) && Number(key) <= 20)
  );
}

/** Words of the table by theme, for "Give me five French words for food"; `everyday` when no theme is named. */
export const WORD_GROUPS: Record<string, string[]> = {
  everyday: ["house", "water", "bread", "friend", "cat", "dog", "book", "sun", "day", "love"],
  food: ["bread", "cheese", "apple", "milk", "water", "coffee", "tea", "wine", "beer", "food"],
  drinks: ["water", "coffee", "tea", "milk", "wine", "beer"],
  colours: ["red", "blue", "green", "yellow", "black", "white"],
  family: ["mother", "father", "brother", "sister", "child", "family"],
  animals: ["cat", "dog", "horse", "bird"],
  nature: ["sea", "sun", "moon", "star", "sky", "tree", "flower", "mountain", "rain", "snow"],
  weather: ["sun", "rain", "snow", "hot", "cold"],
  people: ["man", "woman", "boy", "girl", "child", "friend"],
  travel: ["train station", "airport", "train", "car", "hotel", "beach", "ticket"],
  time: ["day", "night", "week", "year", "today", "tomorrow", "yesterday"],
  adjectives: ["big", "small", "beautiful", "happy", "hot", "cold", "good", "bad"],
};

/** The names a request uses for a theme. */
export const GROUP_NAMES: Record<string, string> = {
  food: "food",
  foods: "food",
  eating: "food",
  drink: "drinks",
  drinks: "drinks",
  colour: "colours",
  colours: "colours",
  color: "colours",
  colors: "colours",
  family: "family",
  animal: "animals",
  animals: "animals",
  pets: "animals",
  nature: "nature",
  weather: "weather",
  people: "people",
  travel: "travel",
  travelling: "travel",
  traveling: "travel",
  time: "time",
  adjectives: "adjectives",
};
